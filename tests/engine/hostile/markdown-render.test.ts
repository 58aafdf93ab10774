// A report exported as Markdown and pasted into a wiki or a ticket: whatever the paste held, two
// real renderers (markdown-it with raw HTML and linkify on, the most permissive setting, and marked
// with GFM autolinks) produce no link, no image and no HTML of the attacker's.
import { describe, it, expect, beforeAll } from 'vitest';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { analyze } from '../../../src/engine/analyze';
import { CompiledCatalog } from '../../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';
import { reportToMarkdown } from '../../../src/engine/report-markdown';
import type { Report } from '../../../src/engine/report';
import { fixtureReport } from '../../../src/ui/dev-fixtures/report';
import { HOSTILE_NAMES, LINKY_VALID_NAMES } from './names';
import { hostileDescribe, hostileTables } from './pastes';

const ALL = [...HOSTILE_NAMES, ...LINKY_VALID_NAMES];
// the tags our own Markdown produces; anything else came from the paste
const OURS = new Set([
  'h2',
  'h3',
  'p',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'em',
  'strong',
  'br',
  'hr',
]);

const markdownIt = new MarkdownIt({ html: true, linkify: true });
const renderers: [string, (md: string) => string][] = [
  ['markdown-it', (md) => markdownIt.render(md)],
  ['marked', (md) => marked.parse(md, { gfm: true, async: false })],
];

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

/** every string of the report with the hostile text appended: reaches every field the export writes */
function poison<T>(value: T, name: string): T {
  if (typeof value === 'string') return `${value} ${name}` as T;
  if (Array.isArray(value)) return value.map((v) => poison(v, name)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] =
        typeof v === 'number' ||
        k === 'category' ||
        k === 'severity' ||
        k === 'status' ||
        k === 'confidence' ||
        k === 'terway' ||
        k === 'ipamMode'
          ? v
          : poison(v, name);
    return out as T;
  }
  return value;
}

function expectInert(html: string, where: string) {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
  expect(
    tags.filter((t) => !OURS.has(t)),
    `${where}\n${html}`,
  ).toEqual([]);
}

async function reportsFor(name: string): Promise<[string, Report][]> {
  const describe = await analyze([{ name: 'paste', text: hostileDescribe(name) }], catalog);
  const tables = await analyze([{ name: 'paste', text: hostileTables(name.replace(/\s/g, '')) }], catalog);
  return [
    ['describe', describe],
    ['tables', tables],
    ['every field', poison(fixtureReport, name)],
  ];
}

describe('Markdown export renders inert', () => {
  it.each(ALL)('%j', async (name) => {
    for (const [what, report] of await reportsFor(name))
      for (const redact of [true, false]) {
        const { markdown } = reportToMarkdown(report, { redact });
        for (const [renderer, render] of renderers)
          expectInert(render(markdown), `${what} redact=${redact} ${renderer}`);
      }
  });

  it('control: the renderers do make links and HTML from unescaped text', () => {
    for (const [, render] of renderers) {
      expect(render('see https://evil.example/x')).toMatch(/<a /);
      expect(render('![i](https://evil.example/p.png)')).toMatch(/<img/);
    }
    expect(markdownIt.render('<img src=x>')).toContain('<img');
  });

  it('keeps our own code spans and the pasted text readable', async () => {
    const r = await analyze([{ name: 'paste', text: hostileDescribe('web-1') }], catalog);
    const { markdown } = reportToMarkdown(r, { redact: false });
    expect(markdown).toContain('web-1');
    expect(markdown).toMatch(/`kubectl logs -n kube-system /);
  });
});
