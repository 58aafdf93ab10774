// Chinese golden reports: a few scenarios analysed in Chinese, kept beside them as the CLI's text report
// and the Markdown export (`tests/fixtures/scenarios-zh/<name>.txt` and `.md`), so a change of Chinese
// wording, punctuation or order shows up as a reviewable diff. `npm run test:update` rewrites them.
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { useLanguage } from '../../src/engine/messages';
import { reportToMarkdown } from '../../src/engine/report-markdown';
import { formatText } from '../../src/cli/format-text';
import { loadCatalogFromDir, loadMessages } from '../../src/node/load-catalog';

const FIXTURES = join(import.meta.dirname, '../fixtures');
/** a centralized-IPAM exhaustion with a root cause and symptoms, a node-local ENI limit, and a healthy pod */
const SCENARIOS = ['01-vswitch-exhausted-crd', '06-node-local-eni-limit', '09-healthy-pod'];

const messages = loadMessages('zh');
const catalog = new CompiledCatalog(loadCatalogFromDir(undefined, 'zh'));

afterAll(() => useLanguage('en'));

describe('Chinese golden reports', () => {
  it.each(SCENARIOS)('%s', async (name) => {
    const text = readFileSync(join(FIXTURES, 'scenarios', `${name}.txt`), 'utf8');
    const report = await analyze([{ name: `${name}.txt`, text }], catalog, { lang: 'zh', messages });
    useLanguage('zh', messages);
    const out = join(FIXTURES, 'scenarios-zh', name);
    await expect(formatText(report)).toMatchFileSnapshot(`${out}.txt`);
    await expect(reportToMarkdown(report, { redact: false }).markdown).toMatchFileSnapshot(`${out}.md`);
  });
});
