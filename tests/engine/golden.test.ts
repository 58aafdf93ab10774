// Golden reports (pev2 style): the CLI's JSON contract for every scenario, sample and real fixture is
// checked in beside it as `<name>.report.json`, so any change of wording, order or verdict shows up as
// a reviewable diff. `npm run test:update` rewrites them after an intended change.
import { describe, it, expect, beforeAll } from 'vitest';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { fixtureCases, runCase, sampleCases } from './scenario-harness';

const cases = [...fixtureCases('scenarios'), ...sampleCases(), ...fixtureCases('real')];

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

describe('golden reports', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, c) => {
    const report = await runCase(c, catalog);
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(c.goldenPath);
  });
});
