// Coverage of the inventory of Terway source strings the way users paste them: every item, wrapped in
// the kubectl output, log line or kubelet chain that carries it (wrapped-forms.ts), runs through the
// whole engine (analyze + the JSON contract, as the scenario harness does), and the report must hold
// a finding whose signal names that string (names-item.ts) in every wrapper. Prints the coverage per
// kind and per wrapper; requires 100% per kind.
import { describe, it, expect, beforeAll } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
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
          misses.push({
            item,
            form: w.form,
            got: r.findings.map((x) => (x.signalText ? `${x.signal} = ${x.signalText}` : x.signal)),
          });
        }
      }
      const k = perKind.get(item.kind) ?? { total: 0, named: 0 };
      k.total++;
      if (all) k.named++;
      perKind.set(item.kind, k);
    }
    const pct = (n: number, t: number) => `${n}/${t} (${((100 * n) / t).toFixed(0)}%)`;
    const sum = [...perKind.values()].reduce((a, k) => ({ total: a.total + k.total, named: a.named + k.named }), {
      total: 0,
      named: 0,
    });
    console.info(
      [
        'wrapped inventory coverage, per kind (an item counts when every wrapper of it is named):',
        ...[...perKind].map(([kind, k]) => `  ${kind}: ${pct(k.named, k.total)}`),
        `  all: ${pct(sum.named, sum.total)}`,
        'per wrapper:',
        ...[...perForm].map(([form, k]) => `  ${form}: ${pct(k.named, k.total)}`),
      ].join('\n'),
    );
    const shown = misses.map(
      (m) =>
        `${m.item.kind} › ${m.form} › ${m.item.string.slice(0, 120)}\n      got: ${m.got.join(' | ').slice(0, 400)}`,
    );
    expect(shown).toEqual([]);
  }, 600_000);

  it('the naming check can fail: wrappers, siblings, swallowed strings, catch-alls', () => {
    const at = { source: 'x.go:1@v1.17.5', first: 'v1.0.10', last: 'current' };
    const finding = (id: string, signal: string, signalText?: string) =>
      ({ id, signal, ...(signalText ? { signalText } : {}) }) as unknown as JsonReport['findings'][number];
    const item = (kind: string, string: string, reason?: string): InventoryItem => ({ kind, string, reason, ...at });
    const gateway6 = item('init-error', 'task: symmetric routingerror: no IPv6 default gateway found');
    expect(namer.names(finding('init-symmetric-routing', 'no IPv6 default gateway found'), gateway6)).toBe(true);
    // the IPv4 sibling
    expect(namer.names(finding('init-symmetric-routing', 'no IPv4 default gateway found'), gateway6)).toBe(false);
    // a wrapper the catalog marks envelope
    expect(namer.names(finding('init-nodeconfig-task-failed', 'task: %serror: %v'), gateway6)).toBe(false);
    // a hole that swallows another inventory string
    const nodeName = item('daemon-error', 'error init k8s: failed to get NODE_NAME');
    expect(namer.names(finding('not-in-catalog', 'error init k8s: %w'), nodeName)).toBe(false);
    expect(namer.names(finding('not-in-catalog', 'failed to get NODE_NAME'), nodeName)).toBe(true);
    // an event's catch-all variant names the reason, not the message
    const unknown = item('event-message', 'something nobody emits', 'AllocIPFailed');
    expect(namer.names(finding('alloc-ip-failed', 'AllocIPFailed'), unknown)).toBe(false);
    // an OpenAPI code is named by its own code only
    const quota = item(
      'openapi-code',
      'errCode: QuotaExceeded.PrivateIpAddress, msg: quota, requestID: 6F0E1D2C-3B4A-5968-8776-A5B4C3D2E1F0',
    );
    expect(
      namer.names(finding('openapi-vswitch-ip-not-enough', 'InvalidVSwitchId.IpNotEnough'), quota, openApiCode(quota)),
    ).toBe(false);
    expect(
      namer.names(finding('openapi-quota-private-ip', 'QuotaExceeded.PrivateIpAddress'), quota, openApiCode(quota)),
    ).toBe(true);
  });
});
