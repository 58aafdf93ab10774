// Sniffing an input's first bytes: real gzip from node:zlib, hand-built archive headers, random bytes,
// and the text that must stay text (UTF-16, CJK, a copytruncate NUL run, ANSI colours, `BZh` prose).
import { describe, it, expect } from 'vitest';
import { gzipSync, deflateSync } from 'node:zlib';
import { sniffBytes, sniffText, invalidUtf8Bytes, SNIFF_BYTES } from '../../../src/engine/input/sniff';
import { MAGIC_SPAN } from '../../../src/engine/input/formats';
import { shellQuote } from '../../../src/engine/commands/shell';

const LOG =
  'I1125 04:51:02.118120       1 pool.go:212] sync pool: idle 3, inuse 12\n' +
  'E1125 04:51:03.000001       1 eni.go:88] error alloc ip: InvalidVSwitchId.IpNotEnough\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Deterministic pseudo-random bytes (xorshift), like compressed or encrypted data. */
function noise(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function withHead(head: number[], rest = noise(4096)): Uint8Array {
  const out = new Uint8Array(head.length + rest.length);
  out.set(head);
  out.set(rest, head.length);
  return out;
}

/** A tar header block as `tar` writes it: name, mode … and `ustar\0` at offset 257, then the file. */
function tarOf(name: string, body: string): Uint8Array {
  const block = new Uint8Array(512 + 512);
  block.set(utf8(name), 0);
  block.set(utf8('0000644\0'), 100);
  block.set(utf8(`${body.length.toString(8).padStart(11, '0')}\0`), 124);
  block.set(utf8('ustar\x0000'), 257);
  block.set(utf8(body), 512);
  return block;
}

describe('sniffBytes', () => {
  it('knows gzip by its magic bytes, whatever else follows', () => {
    expect(sniffBytes(gzipSync(LOG), true)).toEqual({ type: 'gzip' });
    expect(sniffBytes(gzipSync(LOG).subarray(0, 2), false)).toEqual({ type: 'gzip' });
  });

  it.each([
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]],
    ['zstd', [0x28, 0xb5, 0x2f, 0xfd, 0x04, 0x58]],
    ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]],
    ['bzip2', [...utf8('BZh9'), 0x31, 0x41, 0x59, 0x26, 0x53, 0x59]],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]],
    ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]],
    ['lz4', [0x04, 0x22, 0x4d, 0x18]],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
    ['elf', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]],
    ['pcap', [0xd4, 0xc3, 0xb2, 0xa1, 0x02, 0x00, 0x04, 0x00]],
    ['pcapng', [0x0a, 0x0d, 0x0d, 0x0a, 0x1c, 0x00, 0x00, 0x00, 0x4d, 0x3c, 0x2b, 0x1a]],
    ['sqlite', [...utf8('SQLite format 3'), 0]],
  ])('names %s by its signature', (format, head) => {
    expect(sniffBytes(withHead(head), false)).toEqual({ type: 'binary', format });
  });

  it('finds the ustar signature of a tar archive at offset 257, even when the file inside is text', () => {
    const tar = tarOf('terway.log', LOG);
    expect(sniffBytes(tar, true)).toEqual({ type: 'binary', format: 'tar' });
    expect(SNIFF_BYTES).toBeGreaterThanOrEqual(MAGIC_SPAN);
  });

  it('calls data without a signature binary when it is full of control bytes or invalid UTF-8', () => {
    // zlib without gzip's header has no magic; it reads as noise
    expect(sniffBytes(deflateSync(LOG.repeat(50) + 'x'.repeat(9000)), true)).toEqual({
      type: 'binary',
      format: 'unknown',
    });
    expect(sniffBytes(noise(SNIFF_BYTES), false)).toEqual({ type: 'binary', format: 'unknown' });
    // a text file with NULs sprinkled in at 1 byte in 10
    const nulled = utf8(LOG.repeat(40)).map((b, i) => (i % 10 === 0 ? 0 : b));
    expect(sniffBytes(nulled, true)).toEqual({ type: 'binary', format: 'unknown' });
    // high bytes that never form UTF-8 (a Latin-1 or random byte soup without control bytes)
    const soup = noise(8192).map((b) => 0x80 | (b & 0x3f));
    expect(sniffBytes(soup, true)).toEqual({ type: 'binary', format: 'unknown' });
  });

  it('keeps text as text: UTF-8 with CJK and a BOM, UTF-16 with and without a BOM, ANSI colours', () => {
    expect(sniffBytes(utf8('\ufeff' + LOG + '报错如下：分配 IP 失败\n'.repeat(50)), true)).toEqual({ type: 'text' });
    const u16 = new Uint8Array(Buffer.from(LOG.repeat(30), 'utf16le'));
    expect(sniffBytes(u16, true)).toEqual({ type: 'text' });
    expect(sniffBytes(withHead([0xff, 0xfe], u16), true)).toEqual({ type: 'text' });
    expect(sniffBytes(utf8(`\x1b[31mERRO\x1b[0m[0001] failed\n\x07bell\b\f\n`.repeat(40)), true)).toEqual({
      type: 'text',
    });
  });

  it('looks past the NUL run that logrotate copytruncate leaves at the start of a log', () => {
    const log = utf8(LOG.repeat(100));
    expect(sniffBytes(withHead(new Array(8192).fill(0), log), false)).toEqual({ type: 'text' });
    expect(sniffBytes(new Uint8Array(SNIFF_BYTES), false)).toEqual({ type: 'text' });
  });

  it('needs the whole signature: prose that starts like one stays text', () => {
    expect(sniffBytes(utf8('BZh9 is not a bzip2 stream without its block header\n' + LOG), true)).toEqual({
      type: 'text',
    });
    expect(sniffBytes(utf8('\n\r\r\nkubectl describe pod web-1\n' + LOG), true)).toEqual({ type: 'text' });
    expect(sniffBytes(new Uint8Array(0), true)).toEqual({ type: 'text' });
  });

  it('does not count a character cut at the end of a chunk as invalid, unless the input ends there', () => {
    const cut = utf8('分配').subarray(0, 4); // one whole character and one lead byte
    expect(invalidUtf8Bytes(cut, 0, false)).toBe(0);
    expect(invalidUtf8Bytes(cut, 0, true)).toBe(1);
    expect(invalidUtf8Bytes(new Uint8Array([0x41, 0xc0, 0x80, 0xff, 0xe4, 0x41]), 0, true)).toBe(4);
  });
});

describe('sniffText', () => {
  it('calls a paste of binary garbage binary and ordinary pastes text', () => {
    expect(sniffText('\x00\x01\x02\x03PK\x03\x04'.repeat(200))).toEqual({ type: 'binary', format: 'unknown' });
    expect(sniffText('\ufffd\ufffdA\ufffd'.repeat(500))).toEqual({ type: 'binary', format: 'unknown' });
    expect(sniffText(LOG.repeat(100))).toEqual({ type: 'text' });
    expect(sniffText('   \n\t\n')).toEqual({ type: 'text' });
    expect(sniffText('')).toEqual({ type: 'text' });
  });
});

describe('shellQuote', () => {
  it('leaves plain names bare and quotes everything else as one word', () => {
    expect(shellQuote('terway-logs.tar.gz')).toBe('terway-logs.tar.gz');
    expect(shellQuote('my bundle.zip')).toBe("'my bundle.zip'");
    expect(shellQuote("it's $(rm -rf ~).zip")).toBe(`'it'\\''s $(rm -rf ~).zip'`);
    expect(shellQuote('')).toBe("''");
  });
});
