// Real pastes from public threads (tests/fixtures/real), labelled from each thread's own conclusion,
// run in the same harness as the scenarios. The engine does not meet all of them yet: the ones it
// still gets wrong are listed below, and that list only shrinks — a listed fixture that starts to
// pass fails this test until it is removed from the list, and an unlisted one that fails is a
// regression.
import { describe, it, expect, beforeAll } from 'vitest';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { contextOf, expectWellFormed, fixtureCases, readExpectation, runCase, unmet } from './scenario-harness';
import { engineCatalog } from '../../src/engine/catalog/engine-catalog';
import { withCatalogProse } from '../../src/engine/report-prose';
import { analyze } from '../../src/engine/analyze';
import { toJsonContract } from '../../src/engine/report-json';
import type { Catalog } from '../../src/engine/catalog/types';

/** fixtures the engine still gets wrong, with the class of failure (tests/fixtures/real/PRODUCERS.md) */
const STILL_WRONG: Record<string, string> = {};

/**
 * fixtures whose verdict is right but whose decisive line's producer is not named yet (the attribution
 * of findings to producers, catalog/producers.yaml); the same shrink-only rule applies
 */
const PRODUCER_NOT_NAMED = new Set<string>([]);

const cases = fixtureCases('real');

let catalog: CompiledCatalog;
let slim: CompiledCatalog;
let full: Catalog;
beforeAll(() => {
  full = loadCatalogFromDir();
  catalog = new CompiledCatalog(full);
  // the browser's worker carries the slim engine catalog: it must reason exactly alike
  slim = new CompiledCatalog(engineCatalog(full));
});

describe('real fixtures', () => {
  it('has at least 30, a third of them lookalikes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const name of Object.keys(STILL_WRONG)) expect(cases.map((c) => c.id)).toContain(`real/${name}`);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (id, c) => {
    const r = await runCase(c, catalog);
    const name = id.replace(/^real\//, '');
    const all = unmet(r, readExpectation(c));
    const producerGap = all.filter((p) => p.startsWith('producer '));
    if (PRODUCER_NOT_NAMED.has(name))
      expect(producerGap, `${id} now names its producer: remove it from PRODUCER_NOT_NAMED`).not.toEqual([]);
    const problems = PRODUCER_NOT_NAMED.has(name) ? all.filter((p) => !producerGap.includes(p)) : all;
    const known = STILL_WRONG[name];
    if (known) expect(problems, `${id} now passes: remove it from STILL_WRONG (${known})`).not.toEqual([]);
    else expect(problems, `${id}: ${contextOf(r)}`).toEqual([]);
    expectWellFormed(r, c.text, id);
    const inBrowser = toJsonContract(withCatalogProse(await analyze([{ name, text: c.text }], slim), full));
    expect({ ...inBrowser, inputs: [] }, `${id}: the slim engine catalog reasons differently`).toEqual({
      ...r,
      inputs: [],
    });
  });
});
