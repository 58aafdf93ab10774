// Scan first must not change a byte of any report: every scenario, sample and real fixture gets its golden
// report (golden.test.ts checks the shipped path, which scans first) also when every line is parsed and
// matched in full, and when it arrives as a file's bytes rather than a paste.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { toJsonContract } from '../../src/engine/report-json';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { fixtureCases, sampleCases } from './scenario-harness';

const cases = [...fixtureCases('scenarios'), ...sampleCases(), ...fixtureCases('real')];

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

describe('scanning first or not, pasted or dropped: the golden report', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, c) => {
    const golden: unknown = JSON.parse(readFileSync(c.goldenPath, 'utf8'));
    const name = c.id.split('/')[1]!;
    const full = await analyze([{ name, text: c.text }], catalog, { scanFirst: false });
    expect(toJsonContract(full)).toEqual(golden);
    const bytes = new TextEncoder().encode(c.text);
    const dropped = toJsonContract(await analyze([{ name, bytes }], catalog));
    // a file counts UTF-8 bytes where a paste counts characters; everything else is the paste's report
    expect(dropped.stats.bytes).toBe(bytes.length);
    dropped.stats.bytes = c.text.length;
    for (const input of dropped.inputs) input.bytes = c.text.length;
    expect(dropped).toEqual(golden);
  });
});
