// One realistic multi-document paste per SOP branch and category, and the bundled UI samples, run
// through the whole engine and the CLI's JSON contract, checked against hand-written expectations.
import { describe, it, expect } from 'vitest';
import {
  contextOf,
  fixtureCases,
  readExpectation,
  runCheckedCase,
  sampleCases,
  unknownKeys,
  unmet,
} from './scenario-harness';
import { useRepoCatalog } from './repo-catalog';

const cases = [...fixtureCases('scenarios'), ...sampleCases()];

const repo = useRepoCatalog();

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
    const r = await runCheckedCase(c, repo);
    expect(unmet(r, readExpectation(c)), `${c.id}: ${contextOf(r)}`).toEqual([]);
  });
});
