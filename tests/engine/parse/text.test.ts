// The text layer: decoding (BOMs, UTF-16 with and without BOM, invalid UTF-8), streaming decode across chunk
// boundaries, line splitting, and per-line normalisation.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createStreamDecoder,
  decodeBytes,
  detectEncoding,
  isPagerChopped,
  normaliseLine,
  normaliseText,
  splitLines,
  stripAnsi,
  stripAnsiText,
} from '../../../src/engine/text/index';
import { createLineSplitter } from '../../../src/engine/text/lines';

const enc = new TextEncoder();

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (order === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

describe('decodeBytes', () => {
  const sample = 'Name:  terway-eniip-7xk2q\r\nStatus:  Pending — 报错\r\n';

  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeBytes(enc.encode(sample))).toBe(sample);
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(sample)]))).toBe(sample);
  });

  it('decodes UTF-16 LE/BE with a BOM (PowerShell `>`)', () => {
    expect(detectEncoding(utf16(sample, 'le', true))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(decodeBytes(utf16(sample, 'le', true))).toBe(sample);
    expect(decodeBytes(utf16(sample, 'be', true))).toBe(sample);
  });

  it('detects BOM-less UTF-16 from the NUL-byte pattern', () => {
    expect(detectEncoding(utf16(sample, 'le', false)).encoding).toBe('utf-16le');
    expect(decodeBytes(utf16(sample, 'le', false))).toBe(sample);
    expect(decodeBytes(utf16(sample, 'be', false))).toBe(sample);
  });

  it('replaces invalid UTF-8 instead of throwing', () => {
    expect(decodeBytes(new Uint8Array([0x61, 0xff, 0xfe, 0x62, 0xc3]))).toBe('a\ufffd\ufffdb\ufffd');
    expect(decodeBytes(new Uint8Array(0))).toBe('');
  });
});

describe('createStreamDecoder', () => {
  it('joins multi-byte sequences split across chunks', () => {
    const bytes = enc.encode('报错如下：\u00a0terway 😀 ok\n'.repeat(60));
    for (const size of [1, 2, 3, 5, 7, 511, 513]) {
      const d = createStreamDecoder();
      let out = '';
      for (let i = 0; i < bytes.length; i += size) out += d.push(bytes.subarray(i, i + size));
      out += d.end();
      expect(out).toBe('报错如下：\u00a0terway 😀 ok\n'.repeat(60));
    }
  });

  it('decodes UTF-16 LE with BOM split at odd byte offsets, and short inputs', () => {
    const text = 'kubectl get pods\r\nNAME READY\r\n';
    const bytes = utf16(text, 'le', true);
    const d = createStreamDecoder();
    let out = '';
    for (let i = 0; i < bytes.length; i += 3) out += d.push(bytes.subarray(i, i + 3));
    expect(out + d.end()).toBe(text);
    const short = createStreamDecoder();
    expect(short.push(enc.encode('ab')) + short.end()).toBe('ab');
  });

  it('says a chunk may hold a character the normaliser rewrites whenever its text does, split or not', () => {
    const WORK = /[\u00a0\u2000-\u200b\u201c\u201d\u202f\u205f\u3000\ufeff\uff1a]/;
    const text =
      'I1125 ok\n'.repeat(40) + 'Name\uff1a x \u201cq\u201d\u3000\n' + 'plain ascii\n'.repeat(40) + '\u00a0\n';
    const bytes = enc.encode(text);
    let flaggedClean = 0;
    for (const size of [1, 2, 3, 4, 7, 64]) {
      const d = createStreamDecoder();
      let out = '';
      for (let i = 0; i < bytes.length; i += size) {
        const t = d.push(bytes.subarray(i, i + size));
        if (WORK.test(t)) expect(d.mayHoldWideWork, `size ${size} at ${i}: ${JSON.stringify(t)}`).toBe(true);
        else if (!d.mayHoldWideWork) flaggedClean++;
        out += t;
      }
      expect(out + d.end()).toBe(text);
    }
    // and it does clear the flag on plain ASCII, which is the point
    expect(flaggedClean).toBeGreaterThan(100);
    // UTF-16 gives no byte-level answer
    const le = createStreamDecoder();
    le.push(utf16('plain ascii\n'.repeat(20), 'le', true));
    expect(le.mayHoldWideWork).toBe(true);
  });

  it('turns a dangling partial sequence into U+FFFD at the end', () => {
    const d = createStreamDecoder();
    expect(d.push(new Uint8Array([0x61, 0xe6, 0x8a])) + d.end()).toBe('a\ufffd');
  });
});

describe('lines', () => {
  it('splits on LF, CRLF and lone CR without a phantom last line', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\n')).toEqual(['a']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\r\n')).toEqual(['']);
  });

  it('keeps a CRLF split across chunks as one terminator', () => {
    const out: string[] = [];
    const s = createLineSplitter((l) => out.push(l));
    s.push('a\r');
    s.push('');
    s.push('\nb\r');
    s.push('c');
    s.end();
    expect(out).toEqual(['a', 'b', 'c']);
  });
});

describe('normaliseLine', () => {
  it('strips ANSI escapes in all three forms', () => {
    expect(normaliseLine('\x1b[31mERRO\x1b[0m[0003] failed')).toBe('ERRO[0003] failed');
    expect(normaliseLine('  Warning  Failed  1m  kubelet  ^[[31mboom^[[0m')).toBe(
      '  Warning  Failed  1m  kubelet  boom',
    );
    expect(normaliseLine('[0;31mERRO[0m[0013] lost escape')).toBe('ERRO[0013] lost escape');
    expect(normaliseLine('[34m[02:41:18] PID:16 appname: [INFO] x')).toBe('[02:41:18] PID:16 appname: [INFO] x');
    expect(stripAnsi('\x1b]8;;http://x\x07link\x1b]8;;\x07')).toBe('link');
  });

  it('leaves bracketed text that is not a colour code alone', () => {
    expect(normaliseLine('[5m] window')).toBe('[5m] window');
    expect(normaliseLine('pods [a m] ok')).toBe('pods [a m] ok');
  });

  it('maps NBSP and full-width spaces to spaces and trims trailing whitespace', () => {
    expect(normaliseLine('Name:\u00a0\u00a0x\u3000 \t')).toBe('Name:  x');
  });

  it('turns a full-width colon into `: ` only after an ASCII key', () => {
    expect(normaliseLine('Name：nginx')).toBe('Name: nginx');
    expect(normaliseLine('Status： Running')).toBe('Status: Running');
    expect(normaliseLine('报错如下：')).toBe('报错如下：');
  });

  it('is idempotent on tricky nested escapes', () => {
    for (const s of ['[[31m31mINFO', '\x1b[3\x1b[31m1mx', 'a [0m ', '^[^[[31m[0m']) {
      const once = normaliseLine(s);
      expect(normaliseLine(once)).toBe(once);
    }
  });

  it('normaliseText keeps the line count', () => {
    const t = 'a\r\n\r\nb\rc';
    expect(splitLines(normaliseText(t))).toHaveLength(splitLines(t).length);
  });
});

describe('stripAnsiText', () => {
  const pasted = readFileSync(new URL('../../fixtures/parse/19-crlf-ansi.txt', import.meta.url), 'utf8');

  it('removes the colours of a real CRLF paste and keeps every line and terminator', () => {
    const shown = stripAnsiText(pasted);
    expect(shown).not.toContain('\x1b');
    expect(shown).not.toContain('^[');
    expect(shown).toContain('pod/nginx-1');
    expect(shown).toContain('alloc ip failed: InvalidVSwitchId.IpNotEnough\r\n');
    expect(shown).toContain('\r\nERRO[0012] failed to allocate ip');
    expect(shown.split('\n')).toHaveLength(pasted.split('\n').length);
    expect(splitLines(shown).map(normaliseLine)).toEqual(splitLines(pasted).map(normaliseLine));
  });

  it('returns text without escapes as it is, bracketed words included', () => {
    const plain = 'Reason: [5m] window\n  ok\n';
    expect(stripAnsiText(plain)).toBe(plain);
  });
});

describe('isPagerChopped', () => {
  it('flags a long line ending in the `less -S` marker only', () => {
    expect(
      isPagerChopped(
        'Dec 22 17:09:30 node1 kubelet[10468]: E1222 17:09:30.432983   10468 pod_workers.go:965] err=\\"x\\" name=\\\\\\>',
      ),
    ).toBe(true);
    expect(
      isPagerChopped('  Warning  Failed  1m  kubelet  something ending with <none>'.padEnd(70, ' ') + '<none>'),
    ).toBe(false);
    expect(isPagerChopped('short >')).toBe(false);
    expect(isPagerChopped('x'.repeat(80) + ' >')).toBe(false);
  });
});
