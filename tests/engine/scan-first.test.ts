// Scan first must not change a byte of any report: every scenario, sample and real fixture gets its golden
// report (golden.test.ts checks the shipped path, which scans first) also when every line is parsed and
// matched in full, and when it arrives as a file's bytes rather than a paste.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import { toJsonContract } from '../../src/engine/report-json';
import { allFixtureCases } from './scenario-harness';
import { useRepoCatalog } from './repo-catalog';

const cases = allFixtureCases();
const repo = useRepoCatalog();

describe('scanning first or not, pasted or dropped: the golden report', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, c) => {
    const golden: unknown = JSON.parse(readFileSync(c.goldenPath, 'utf8'));
    const name = c.id.split('/')[1]!;
    const full = await analyze([{ name, text: c.text }], repo.whole, { scanFirst: false });
    expect(toJsonContract(full)).toEqual(golden);
    const bytes = new TextEncoder().encode(c.text);
    const dropped = toJsonContract(await analyze([{ name, bytes }], repo.whole));
    // a file counts UTF-8 bytes where a paste counts characters; everything else is the paste's report
    expect(dropped.stats.bytes).toBe(bytes.length);
    dropped.stats.bytes = c.text.length;
    for (const input of dropped.inputs) input.bytes = c.text.length;
    expect(dropped).toEqual(golden);
  });
});
