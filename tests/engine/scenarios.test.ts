// One realistic multi-document paste per SOP branch and category, run through the whole engine
// and the CLI's JSON contract, checked against hand-written expectations.
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/engine/catalog/load-node';
import { toJsonContract, type JsonReport } from '../../src/engine/report-json';
import { engineCatalog } from '../../src/engine/catalog/engine-catalog';
import { withCatalogProse } from '../../src/engine/report-prose';
import type { Catalog } from '../../src/engine/catalog/types';

interface Expectation {
  terway?: string;
  ipamMode?: string;
  verdict?: { category?: string; confidence?: string };
  rootSignal?: string;
  signals?: string[];
  summaryIncludes?: string[];
  checklist?: Record<string, string>;
  context?: Record<string, string>;
  pasteNextIncludes?: string[];
  legacy?: { name: string; hintIncludes: string };
  /** every legacy name listed must appear with its hint */
  legacyAll?: { name: string; hintIncludes: string }[];
  noTerwayFindings?: boolean;
  noProblemFindings?: boolean;
  /** verdict.rootCause, or null when the verdict must name no root cause */
  rootId?: string | null;
  summaryExcludes?: string[];
  nextStepsIncludes?: string[];
  pasteNextExcludes?: string[];
  nextStepsExcludes?: string[];
  checklistNoteIncludes?: Record<string, string>;
  /** per finding id: the parent that explains it (null: explained by nothing), captures, signalText */
  findings?: Record<string, { symptomOf?: string | null; signalText?: string; category?: string }>;
  absentFindings?: string[];
}

/** the identifying captures findings are merged by (src/engine/reason/merge.ts) */
const IDENTITY = ['vsw', 'zone', 'eni', 'instance', 'code', 'type'];

const DIR = join(import.meta.dirname, '../fixtures/scenarios');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

let catalog: CompiledCatalog;
let slim: CompiledCatalog;
let full: Catalog;
beforeAll(() => {
  full = loadCatalogFromDir();
  catalog = new CompiledCatalog(full);
  // the browser's worker carries the slim engine catalog: it must reason exactly alike
  slim = new CompiledCatalog(engineCatalog(full));
});

async function run(name: string, cat = catalog): Promise<JsonReport> {
  const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
  const report = await analyze([{ name, text }], cat);
  // as the page does: the slim catalog's report gets its prose from the whole catalog
  return toJsonContract(cat === slim ? withCatalogProse(report, full) : report);
}

describe('scenarios', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s', async (name) => {
    const exp = JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8')) as Expectation;
    const r = await run(name);
    const ctx = `${name}: ${r.verdict.summary}\nfindings: ${r.findings.map((f) => `${f.signal}[${f.category}]`).join(', ')}`;
    if (exp.terway) expect(r.terway, ctx).toBe(exp.terway);
    if (exp.ipamMode) expect(r.ipamMode, ctx).toBe(exp.ipamMode);
    if (exp.verdict?.category) expect(r.verdict.category, ctx).toBe(exp.verdict.category);
    if (exp.verdict?.confidence) expect(r.verdict.confidence, ctx).toBe(exp.verdict.confidence);
    const signals = r.findings.map((f) => f.signal);
    for (const s of exp.signals ?? [])
      expect(
        signals.some((x) => x.includes(s)),
        `${ctx}\nmissing signal ${s}`,
      ).toBe(true);
    if (exp.rootSignal) {
      const root = r.findings.find((f) => f.id === r.verdict.rootCause);
      expect(root?.signal, ctx).toContain(exp.rootSignal);
    }
    for (const s of exp.summaryIncludes ?? []) expect(r.verdict.summary.toLowerCase(), ctx).toContain(s.toLowerCase());
    for (const [step, status] of Object.entries(exp.checklist ?? {})) {
      const item = r.checklist.find((c) => c.step === step);
      expect(item?.status, `${ctx}\n${step}: ${item?.note}`).toBe(status);
    }
    for (const [k, v] of Object.entries(exp.context ?? {}))
      expect((r.context as Record<string, string>)[k], ctx).toBe(v);
    for (const cmd of exp.pasteNextIncludes ?? [])
      expect(
        r.pasteNext.some((p) => p.command.includes(cmd)),
        `${ctx}\npasteNext: ${JSON.stringify(r.pasteNext)}`,
      ).toBe(true);
    if (exp.legacy) {
      const f = r.findings.find((x) => x.legacy?.name === exp.legacy!.name);
      expect(f?.legacy?.hint, ctx).toContain(exp.legacy.hintIncludes);
    }
    if (exp.noTerwayFindings)
      expect(
        r.findings.filter((f) => f.kind !== 'foreign-cni' && f.kind !== 'kubelet-error').map((f) => f.signal),
        ctx,
      ).toEqual([]);
    if (exp.noProblemFindings)
      expect(
        r.findings.filter((f) => f.category !== 'informational').map((f) => f.signal),
        ctx,
      ).toEqual([]);
    if (exp.rootId !== undefined) expect(r.verdict.rootCause ?? null, ctx).toBe(exp.rootId);
    for (const s of exp.summaryExcludes ?? [])
      expect(r.verdict.summary.toLowerCase(), ctx).not.toContain(s.toLowerCase());
    for (const cmd of exp.nextStepsIncludes ?? [])
      expect(
        r.nextSteps.some((n) => n.command.includes(cmd)),
        `${ctx}\nnextSteps: ${r.nextSteps.map((n) => n.command).join('\n')}`,
      ).toBe(true);
    for (const cmd of exp.nextStepsExcludes ?? [])
      expect(
        r.nextSteps.filter((n) => n.command.includes(cmd)).map((n) => n.command),
        ctx,
      ).toEqual([]);
    for (const cmd of exp.pasteNextExcludes ?? [])
      expect(
        r.pasteNext.filter((p) => p.command.includes(cmd)).map((p) => p.command),
        ctx,
      ).toEqual([]);
    for (const [step, text] of Object.entries(exp.checklistNoteIncludes ?? {}))
      expect(r.checklist.find((c) => c.step === step)?.note.toLowerCase(), ctx).toContain(text.toLowerCase());
    for (const [id, want] of Object.entries(exp.findings ?? {})) {
      const f = r.findings.find((x) => x.id === id);
      expect(f, `${ctx}\nno finding ${id}`).toBeDefined();
      if (want.symptomOf !== undefined) expect(f!.symptomOf ?? null, `${ctx}\n${id}.symptomOf`).toBe(want.symptomOf);
      if (want.signalText !== undefined) expect(f!.signalText, `${ctx}\n${id}.signalText`).toBe(want.signalText);
      if (want.category !== undefined) expect(f!.category, `${ctx}\n${id}.category`).toBe(want.category);
    }
    for (const id of exp.absentFindings ?? [])
      expect(
        r.findings.map((f) => f.id),
        ctx,
      ).not.toContain(id);
    for (const l of exp.legacyAll ?? []) {
      const f = r.findings.find((x) => x.legacy?.name === l.name);
      expect(f?.legacy?.hint, `${ctx}\nlegacy ${l.name}`).toContain(l.hintIncludes);
    }
    // summaries never print an empty parenthesis or a format string's holes
    expect(r.verdict.summary, ctx).not.toContain('()');
    expect(r.verdict.summary, ctx).not.toMatch(/%[-+# 0-9.]*[svwdqt]\b/);
    // one finding per entry and identifying values: the same problem seen twice is merged
    const ids = r.findings.map((f) => `${f.id}|${IDENTITY.map((k) => f.captures[k] ?? '').join('|')}`);
    expect(new Set(ids).size, `${ctx}\n${ids.join('\n')}`).toBe(ids.length);
    expect(toComparable(await run(name, slim)), `${name}: the slim engine catalog reasons differently`).toEqual(
      toComparable(r),
    );
    // one finding per entry, origin and first evidence line: no variant of the same entry twice
    const keys = r.findings.map((f) => `${f.id}|${f.origin}|${f.evidence[0]?.line}`);
    expect(new Set(keys).size, `${ctx}\n${keys.join('\n')}`).toBe(keys.length);
    // every evidence line points into the input and quotes it
    const lines = readFileSync(join(DIR, `${name}.txt`), 'utf8').split(/\r?\n/);
    for (const f of r.findings)
      for (const e of f.evidence) expect(lines[e.line - 1]?.trimEnd(), `${name} line ${e.line}`).toBe(e.text.trimEnd());
  });
});

/** what the browser shows once the page has filled the prose back: all of it but the input names */
function toComparable(r: JsonReport) {
  return { ...r, inputs: [] };
}
