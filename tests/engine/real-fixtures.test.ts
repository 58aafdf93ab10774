// Real pastes from public threads (tests/fixtures/real), labelled from each thread's own conclusion,
// run in the same harness as the scenarios. The engine does not meet all of them yet: the ones it
// still gets wrong are listed below, and that list only shrinks — a listed fixture that starts to
// pass fails this test until it is removed from the list, and an unlisted one that fails is a
// regression.
import { describe, it, expect, beforeAll } from 'vitest';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { contextOf, expectWellFormed, fixtureCases, readExpectation, runCase, unmet } from './scenario-harness';

/** fixtures the engine still gets wrong, with the class of failure (tests/fixtures/real/PRODUCERS.md) */
const STILL_WRONG: Record<string, string> = {
  '67-terwayd-v1-fatal-pod-db-no-hostpath-zh':
    'cause read from the message: a missing /var/lib/cni/terway is judged environment; the thread traces it to a manifest without the hostPath volume (configuration)',
  '71-cilium-in-terway-status-verbose-conntrack-doc':
    'side component not recognised: `-c policy` of a terway-eniip pod with a placeholder suffix (terway-eniip-xxxx) leaves terway at unknown',
  '72-terwayd-ipnotenough-masked-timestamp-doc':
    'masked paste: `terway-eniip-***** … -c terway` and a `20**` timestamp leave terway at unknown although the cause is found',
};

const cases = fixtureCases('real');

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

describe('real fixtures', () => {
  it('has at least 30, a third of them lookalikes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const name of Object.keys(STILL_WRONG)) expect(cases.map((c) => c.id)).toContain(`real/${name}`);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (id, c) => {
    const r = await runCase(c, catalog);
    const problems = unmet(r, readExpectation(c));
    const known = STILL_WRONG[id.replace(/^real\//, '')];
    if (known) expect(problems, `${id} now passes: remove it from STILL_WRONG (${known})`).not.toEqual([]);
    else expect(problems, `${id}: ${contextOf(r)}`).toEqual([]);
    expectWellFormed(r, c.text, id);
  });
});
