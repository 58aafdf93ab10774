// Golden reports (pev2 style): the CLI's JSON contract for every scenario, sample and real fixture is
// checked in beside it as `<name>.report.json`, so any change of wording, order or verdict shows up as
// a reviewable diff. `npm run test:update` rewrites them after an intended change.
import { describe, it, expect } from 'vitest';
import { allFixtureCases, runCase } from './scenario-harness';
import { useRepoCatalog } from './repo-catalog';

const cases = allFixtureCases();
const repo = useRepoCatalog();

describe('golden reports', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, c) => {
    const report = await runCase(c, repo.whole);
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot(c.goldenPath);
  });
});
