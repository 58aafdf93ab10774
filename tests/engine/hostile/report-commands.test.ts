// Whatever name a paste carries, the commands the report hands out (next steps, what to paste
// next, the verdict's prose) never contain it unless it is a valid name: a copied command cannot
// run attacker text. Each kept placeholder says why.
import { describe, it, expect, beforeAll } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { CompiledCatalog } from '../../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';
import { toJsonContract } from '../../../src/engine/report-json';
import { formatText } from '../../../src/cli/format-text';
import type { Report } from '../../../src/engine/report';
import { isValidFor } from '../../../src/engine/commands/placeholders';
import { HOSTILE_NAMES, PAYLOAD_MARKERS } from './names';
import { hostileDescribe, hostileTables } from './pastes';

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

function commandsOf(r: Report): string[] {
  return [...r.nextSteps.map((s) => s.command), ...r.pasteNext.map((p) => p.command)];
}

/** the `…` spans of the verdict summary and checklist notes: the UI shows them as code */
function codeSpans(r: Report): string[] {
  const prose = [r.verdict.summary, ...r.checklist.map((c) => c.note)].join('\n');
  return [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!).filter((c) => /^(?:kubectl|aliyun|bash) /.test(c));
}

function expectClean(commands: string[], name: string) {
  expect(commands.length).toBeGreaterThan(0);
  for (const c of commands) {
    for (const marker of PAYLOAD_MARKERS) expect(c, `${c} holds ${marker}`).not.toContain(marker);
    expect(c).not.toContain(name.trim());
  }
}

describe('hostile names never reach a command', () => {
  it.each(HOSTILE_NAMES)('describe with %j', async (name) => {
    const r = await analyze([{ name: 'paste', text: hostileDescribe(name) }], catalog);
    expectClean([...commandsOf(r), ...codeSpans(r)], name);
    // a hostile value was seen (the input normaliser may already have removed zero-width
    // characters, leaving a valid name): the kept placeholders say why
    const notes = [...r.nextSteps, ...r.pasteNext].flatMap((s) => s.unfilled ?? []);
    if (!isValidFor('name', r.context.pod ?? '')) expect(notes.join('\n')).toMatch(/Left as <(?:pod|namespace|node)>/);
  });

  const tokens = HOSTILE_NAMES.filter((n) => !/\s/.test(n));
  it.each(tokens)('tables, prompts and --prefix logs with %j', async (token) => {
    const r = await analyze([{ name: 'paste', text: hostileTables(token) }], catalog);
    expectClean([...commandsOf(r), ...codeSpans(r)], token);
  });

  it('the CLI prints the same safe commands, as text and as JSON', async () => {
    const name = HOSTILE_NAMES[0];
    const r = await analyze([{ name: 'paste', text: hostileDescribe(name) }], catalog);
    const json = toJsonContract(r);
    expectClean([...json.nextSteps.map((s) => s.command), ...json.pasteNext.map((p) => p.command)], name);
    expect(json.nextSteps.some((s) => s.unfilled?.length)).toBe(true);
    const text = formatText(r);
    const commandLines = text.split('\n').filter((l) => /^\s*(?:\$ )?(?:kubectl|aliyun|bash) /.test(l));
    expectClean(commandLines, name);
  });

  it('a valid name still fills the commands', async () => {
    const r = await analyze([{ name: 'paste', text: hostileDescribe('web-1') }], catalog);
    expect(commandsOf(r).join('\n')).toContain('web-1');
    expect([...r.nextSteps, ...r.pasteNext].flatMap((s) => s.unfilled ?? [])).toEqual([]);
  });
});
