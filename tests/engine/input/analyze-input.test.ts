// The engine's byte path end to end: gzip decompressed as a stream (real gzip from node:zlib), binary
// inputs refused with their format, unreadable and cut inputs named while the others are analysed,
// empty inputs said as such — and all of it in the CLI's JSON contract.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyze, type EngineSource, type Progress } from '../../../src/engine/analyze';
import { CompiledCatalog } from '../../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';
import { toJsonContract } from '../../../src/engine/report-json';

const INCIDENT = readFileSync(
  join(import.meta.dirname, '../../fixtures/scenarios/01-vswitch-exhausted-crd.txt'),
  'utf8',
);
const LOG_LINE = 'I1125 04:51:02.118120       1 pool.go:212] sync pool: idle 3, inuse 12\n';

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

/** A stream handing out `bytes` in chunks of `size`, then failing with `fail` when given. */
function streamOf(bytes: Uint8Array, size = 64 * 1024, fail?: Error): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(ctrl) {
      if (at < bytes.length) {
        ctrl.enqueue(bytes.slice(at, at + size));
        at += size;
      } else if (fail) ctrl.error(fail);
      else ctrl.close();
    },
  });
}

function file(name: string, bytes: Uint8Array, size?: number, fail?: Error): EngineSource {
  return { name, stream: streamOf(bytes, size, fail), size: bytes.length };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const findings = (r: Awaited<ReturnType<typeof analyze>>) =>
  r.findings.map((f) => [f.id, f.count, f.evidence[0]?.line]);

describe('gzip input', () => {
  it('reads a .gz of an incident exactly like the plain text, decompressed as it streams', async () => {
    const plain = await analyze([{ name: 'incident.txt', text: INCIDENT }], catalog);
    const gz = gzipSync(INCIDENT);
    // small chunks: the gzip header, members and lines straddle chunk boundaries
    const r = await analyze([file('incident.txt.gz', gz, 97)], catalog);
    expect(plain.findings.length).toBeGreaterThan(0);
    expect(findings(r)).toEqual(findings(plain));
    expect(r.verdict).toEqual(plain.verdict);
    expect(r.inputs[0]).toMatchObject({
      name: 'incident.txt.gz',
      bytes: gz.length,
      compression: 'gzip',
      textBytes: utf8(INCIDENT).length,
      startLine: 1,
      endLine: plain.inputs[0]!.endLine,
    });
    expect(r.inputs[0]!.skipped).toBeUndefined();
  });

  it('knows gzip by its bytes whatever the name, and reads several members back to back', async () => {
    const gz = Buffer.concat([gzipSync(INCIDENT), gzipSync(LOG_LINE.repeat(3))]);
    const r = await analyze([file('terway.log.1', gz)], catalog);
    expect(r.inputs[0]!.compression).toBe('gzip');
    expect(r.stats.lines).toBe(INCIDENT.split('\n').length - (INCIDENT.endsWith('\n') ? 1 : 0) + 3);
  });

  it('reports progress on the compressed bytes, moving, up to the file size', async () => {
    // ~8 MB of lines with varied hex ids: ~800 KB compressed, read in 4 KB chunks
    let text = '';
    for (let i = 0; i < 100_000; i++)
      text += `${LOG_LINE.slice(0, 40)} eni-${((i * 2654435761) >>> 0).toString(16)}${i}\n`;
    const gz = gzipSync(text + INCIDENT);
    const seen: Progress[] = [];
    await analyze([file('big.log.gz', gz, 4096)], catalog, { onProgress: (p) => seen.push(p), progressIntervalMs: 0 });
    const reading = seen.filter((p) => p.phase === 'reading');
    for (let i = 1; i < reading.length; i++) {
      expect(reading[i]!.bytesDone).toBeGreaterThanOrEqual(reading[i - 1]!.bytesDone);
      expect(reading[i]!.lines).toBeGreaterThanOrEqual(reading[i - 1]!.lines);
    }
    // both keep moving while the file is read, not only once at its end
    expect(new Set(reading.map((p) => p.bytesDone)).size).toBeGreaterThan(20);
    expect(new Set(reading.map((p) => p.lines)).size).toBeGreaterThan(20);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', bytesDone: gz.length, bytesTotal: gz.length });
  });

  it('says a gzip stream cut mid-way ends early, keeps the lines before the cut, and reads the next input', async () => {
    const gz = gzipSync(LOG_LINE.repeat(20_000) + INCIDENT);
    const cut = gz.subarray(0, Math.floor(gz.length / 2));
    const r = await analyze([file('terway.log.gz', cut, 1024), { name: 'pasted text', text: INCIDENT }], catalog);
    const [first, second] = r.inputs;
    expect(first!.skipped?.reason).toBe('gzip-broken');
    expect(first!.skipped?.message).toMatch(
      /^terway\.log\.gz holds gzip data that ends early or is damaged .*: the [\d,]+ lines before the break were analysed/,
    );
    expect(first!.endLine).toBeGreaterThan(1000);
    expect(first!.endLine).toBeLessThan(20_000);
    expect(second).toMatchObject({ startLine: first!.endLine + 1 });
    expect(second!.skipped).toBeUndefined();
    expect(r.findings.length).toBeGreaterThan(0);
  });

  it('says the same of damaged gzip data, with the line it broke at', async () => {
    // a whole member, then bytes that are not gzip
    const text = LOG_LINE.repeat(20_000) + INCIDENT;
    const gz = Buffer.concat([gzipSync(text), Buffer.alloc(64 * 1024, 0x41)]);
    const r = await analyze([file('damaged.gz', gz, 512)], catalog);
    const lines = r.stats.lines;
    // how much decompressed text a stream still held when it failed differs between Node and browsers
    expect(lines).toBeGreaterThan(1000);
    expect(lines).toBeLessThanOrEqual(text.split('\n').length - 1);
    expect(r.inputs[0]!.skipped).toEqual({
      reason: 'gzip-broken',
      message: expect.stringContaining(`the ${lines.toLocaleString('en-US')} lines before the break were analysed`),
    });
    // damaged from its first block on: nothing comes out
    const header = gzipSync(LOG_LINE).subarray(0, 10);
    const r2 = await analyze([file('bad.gz', Buffer.concat([header, Buffer.alloc(5000, 0xff)]))], catalog);
    expect(r2.inputs[0]!.skipped?.message).toBe(
      'bad.gz starts like gzip data but cannot be decompressed: it is damaged, or not gzip at all.',
    );
  });

  it('refuses a gzip-compressed tar (a support bundle) with the command that extracts it', async () => {
    const tar = new Uint8Array(1024);
    tar.set(utf8('terway.log'), 0);
    tar.set(utf8('ustar\x0000'), 257);
    tar.set(utf8(INCIDENT.slice(0, 400)), 512);
    const r = await analyze([file('support bundle.tar.gz', gzipSync(tar))], catalog);
    expect(r.inputs[0]!.skipped).toEqual({
      reason: 'binary',
      format: 'tar+gzip',
      message: expect.stringContaining("extract it with `tar xzf 'support bundle.tar.gz'`"),
    });
    expect(r.stats.lines).toBe(0);
  });
});

describe('binary input', () => {
  it('never reads an archive as text; the other inputs are analysed and numbered as usual', async () => {
    const zip = new Uint8Array(2048);
    zip.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 0);
    zip.set(utf8('AllocIPFailed InvalidVSwitchId.IpNotEnough'), 30); // text a text reader would match
    const r = await analyze(
      [
        { name: 'first.txt', text: LOG_LINE.repeat(2) },
        file("bob's bundle.zip", zip),
        file('incident.txt', utf8(INCIDENT)),
      ],
      catalog,
    );
    const [first, zipped, incident] = r.inputs;
    expect(zipped).toMatchObject({ startLine: 3, endLine: 2, kinds: [] });
    expect(zipped!.skipped).toEqual({
      reason: 'binary',
      format: 'zip',
      message: `bob's bundle.zip was not analysed: it is a zip archive; extract it with \`unzip 'bob'\\''s bundle.zip'\` and drop the files inside.`,
    });
    expect(first!.skipped).toBeUndefined();
    expect(incident).toMatchObject({ startLine: 3 });
    expect(incident!.skipped).toBeUndefined();
    const plain = await analyze([{ name: 'a', text: LOG_LINE.repeat(2) + INCIDENT }], catalog);
    expect(findings(r)).toEqual(findings(plain));
  });

  it.each([
    ['trace.zst', [0x28, 0xb5, 0x2f, 0xfd], 'zstd', '`zstd -d trace.zst`'],
    ['logs.tar.xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz', '`xz -dk logs.tar.xz`'],
    ['capture.pcap', [0xd4, 0xc3, 0xb2, 0xa1], 'pcap', '`tcpdump -nn -r capture.pcap`'],
    ['screenshot.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png', 'paste the terminal'],
  ])('names %s as %s with what to do', async (name, magic, format, advice) => {
    const bytes = new Uint8Array(600).fill(0x41);
    bytes.set(magic);
    const r = await analyze([file(name, bytes)], catalog);
    expect(r.inputs[0]!.skipped?.format).toBe(format);
    expect(r.inputs[0]!.skipped?.message).toContain(advice);
  });

  it('refuses unknown binary and a pasted one, and the verdict says nothing was read', async () => {
    const noise = new Uint8Array(9000).map((_, i) => (i * 2654435761) >>> 24);
    const r = await analyze(
      [file('core.dump', noise), { name: 'pasted text', text: '\x00\x01\x02PK'.repeat(99) }],
      catalog,
    );
    expect(r.inputs.map((i) => i.skipped?.format)).toEqual(['unknown', 'unknown']);
    expect(r.inputs[0]!.skipped?.message).toContain('iconv -f GBK -t UTF-8 core.dump');
    expect(r.inputs[1]!.skipped?.message).toBe(
      "pasted text was not analysed: it is binary data, not text (control characters, or characters that could not be decoded); paste the command's text output instead.",
    );
    expect(r.stats.lines).toBe(0);
    expect(r.verdict.summary).toBe('Nothing was analysed: no input held readable text. Each input says why.');
  });
});

describe('unreadable and empty input', () => {
  it('names a file that cannot be read, analyses the others, and never says "network"', async () => {
    // what Chromium's File.stream() rejects with when the file went away after the drop
    const gone = new TypeError('network error');
    const r = await analyze(
      [file('moved.log', new Uint8Array(0), 1, gone), file('incident.txt', utf8(INCIDENT))],
      catalog,
    );
    const [moved, incident] = r.inputs;
    expect(moved!.skipped?.reason).toBe('unreadable');
    expect(moved!.skipped?.message).toMatch(/^moved\.log could not be read: it was moved or deleted/);
    expect(JSON.stringify(r)).not.toMatch(/network error/i);
    expect(incident!.skipped).toBeUndefined();
    expect(r.findings.length).toBeGreaterThan(0);
  });

  it('keeps the lines read before a file stopped being readable', async () => {
    const r = await analyze(
      [file('terway.log', utf8(LOG_LINE.repeat(5000)), 65536, new Error('NotReadableError'))],
      catalog,
    );
    expect(r.inputs[0]!.skipped?.reason).toBe('unreadable');
    expect(r.inputs[0]!.skipped?.message).toContain('terway.log stopped being readable after line 5,000');
    expect(r.stats.lines).toBe(5000);
  });

  it('says an input is empty or holds only whitespace', async () => {
    const r = await analyze(
      [
        file('empty.log', new Uint8Array(0)),
        file('blank.log', utf8('  \n\t\n\n')),
        { name: 'pasted text', text: ' \n ' },
      ],
      catalog,
    );
    expect(r.inputs.map((i) => i.skipped?.message)).toEqual([
      'empty.log is empty: there is nothing to analyse.',
      'blank.log holds only whitespace (3 blank lines): there is nothing to analyse.',
      'pasted text holds only whitespace (2 blank lines): there is nothing to analyse.',
    ]);
    expect(r.verdict.summary).toContain('Nothing was analysed');
  });

  it('puts what was skipped and why into the JSON contract, and nothing for inputs read in full', async () => {
    const r = toJsonContract(
      await analyze([file('a.log.gz', gzipSync(INCIDENT)), file('b.zip', new Uint8Array([0x50, 0x4b, 5, 6]))], catalog),
    );
    expect(r.inputs[0]).not.toHaveProperty('skipped');
    expect(r.inputs[0]).toMatchObject({ compression: 'gzip' });
    expect(r.inputs[1]).toMatchObject({ name: 'b.zip', skipped: { reason: 'binary', format: 'zip' } });
  });
});
