// One realistic multi-document paste per SOP branch and category, and the bundled UI samples, run
// through the whole engine and the CLI's JSON contract, checked against hand-written expectations.
import { describe, it, expect, beforeAll } from 'vitest';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { toJsonContract, type JsonReport } from '../../src/engine/report-json';
import { engineCatalog } from '../../src/engine/catalog/engine-catalog';
import { withCatalogProse } from '../../src/engine/report-prose';
import { analyze } from '../../src/engine/analyze';
import type { Catalog } from '../../src/engine/catalog/types';
import {
  contextOf,
  expectWellFormed,
  fixtureCases,
  readExpectation,
  runCase,
  sampleCases,
  unknownKeys,
  unmet,
  type FixtureCase,
} from './scenario-harness';

const cases = [...fixtureCases('scenarios'), ...sampleCases()];

let catalog: CompiledCatalog;
let slim: CompiledCatalog;
let full: Catalog;
beforeAll(() => {
  full = loadCatalogFromDir();
  catalog = new CompiledCatalog(full);
  // the browser's worker carries the slim engine catalog: it must reason exactly alike
  slim = new CompiledCatalog(engineCatalog(full));
});

/** as the page does: the slim catalog's report gets its prose from the whole catalog */
async function runSlim(c: FixtureCase): Promise<JsonReport> {
  const report = await analyze([{ name: c.id.split('/')[1]!, text: c.text }], slim);
  return toJsonContract(withCatalogProse(report, full));
}

describe('scenarios', () => {
  it('has fixtures, and every bundled sample runs as one', () => {
    expect(cases.filter((c) => c.id.startsWith('scenarios/')).length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.id.startsWith('samples/')).length).toBeGreaterThanOrEqual(6);
  });

  it('rejects an expectation key it does not know (a misspelling never passes silently)', () => {
    expect(unknownKeys({ verdict: { category: 'none' }, sumaryIncludes: ['x'] })).toEqual(['sumaryIncludes']);
    expect(unknownKeys({ verdict: { categroy: 'none' }, findings: { a: { symptom: 'b' } } })).toEqual([
      'verdict.categroy',
      'findings.a.symptom',
    ]);
    expect(
      unknownKeys({ terwayVersion: { version: 'v1.17.5' }, knownBugs: { b: { verdit: 'fixed' } }, knownBug: {} }),
    ).toEqual(['terwayVersion.version', 'knownBugs.b.verdit', 'knownBug']);
    for (const c of cases) expect(unknownKeys(readExpectation(c) as Record<string, unknown>), c.id).toEqual([]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, c) => {
    const r = await runCase(c, catalog);
    const ctx = `${c.id}: ${contextOf(r)}`;
    expect(unmet(r, readExpectation(c)), ctx).toEqual([]);
    expectWellFormed(r, c.text, ctx);
    expect({ ...(await runSlim(c)), inputs: [] }, `${c.id}: the slim engine catalog reasons differently`).toEqual({
      ...r,
      inputs: [],
    });
  });
});
