// One realistic multi-document paste per SOP branch and category, run through the whole engine
// and the CLI's JSON contract, checked against hand-written expectations.
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/engine/catalog/load-node';
import { toJsonContract, type JsonReport } from '../../src/engine/report-json';

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
  noTerwayFindings?: boolean;
  noProblemFindings?: boolean;
}

const DIR = join(import.meta.dirname, '../fixtures/scenarios');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

async function run(name: string): Promise<JsonReport> {
  const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
  return toJsonContract(await analyze([{ name, text }], catalog));
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
    // one finding per entry, origin and first evidence line: no variant of the same entry twice
    const keys = r.findings.map((f) => `${f.id}|${f.origin}|${f.evidence[0]?.line}`);
    expect(new Set(keys).size, `${ctx}\n${keys.join('\n')}`).toBe(keys.length);
    // every evidence line points into the input and quotes it
    const lines = readFileSync(join(DIR, `${name}.txt`), 'utf8').split(/\r?\n/);
    for (const f of r.findings)
      for (const e of f.evidence) expect(lines[e.line - 1]?.trimEnd(), `${name} line ${e.line}`).toBe(e.text.trimEnd());
  });
});
