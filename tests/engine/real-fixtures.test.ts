// Real pastes from public threads (tests/fixtures/real), labelled from each thread's own conclusion,
// run in the same harness as the scenarios. The engine does not meet all of them yet: the ones it
// still gets wrong are listed below, and that list only shrinks — a listed fixture that starts to
// pass fails this test until it is removed from the list, and an unlisted one that fails is a
// regression.
import { describe, it, expect } from 'vitest';
import { contextOf, fixtureCases, readExpectation, runCheckedCase, unmet } from './scenario-harness';
import { useRepoCatalog } from './repo-catalog';

/** fixtures the engine still gets wrong, with the class of failure (tests/fixtures/real/PRODUCERS.md) */
const STILL_WRONG: Record<string, string> = {};

/**
 * fixtures whose verdict is right but whose decisive line's producer is not named yet (the attribution
 * of findings to producers, catalog/producers.yaml); the same shrink-only rule applies
 */
const PRODUCER_NOT_NAMED = new Set<string>([]);

const cases = fixtureCases('real');

const repo = useRepoCatalog();

describe('real fixtures', () => {
  it('has at least 30, a third of them lookalikes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const name of Object.keys(STILL_WRONG)) expect(cases.map((c) => c.id)).toContain(`real/${name}`);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (id, c) => {
    const r = await runCheckedCase(c, repo);
    const name = id.replace(/^real\//, '');
    const all = unmet(r, readExpectation(c));
    const producerGap = all.filter((p) => p.startsWith('producer '));
    if (PRODUCER_NOT_NAMED.has(name))
      expect(producerGap, `${id} now names its producer: remove it from PRODUCER_NOT_NAMED`).not.toEqual([]);
    const problems = PRODUCER_NOT_NAMED.has(name) ? all.filter((p) => !producerGap.includes(p)) : all;
    const known = STILL_WRONG[name];
    if (known) expect(problems, `${id} now passes: remove it from STILL_WRONG (${known})`).not.toEqual([]);
    else expect(problems, `${id}: ${contextOf(r)}`).toEqual([]);
  });
});
