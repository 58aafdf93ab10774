// Coverage of the project's own inventory of Terway source strings
// (catalog/inventory/terway-source-strings.yaml): every reason and every error string Terway emits,
// in every tag, must be recognised by the catalog.
//   - event-reason: an event entry's reason or alias equals it;
//   - event-message: the entry for its `reason` has a non-catch-all variant matching it;
//   - everything else: some line-level (non-event) variant matches it.
// Each item's first/last tag must be a tag the inventory lists, in version order.
import { describe, it, expect } from 'vitest';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import type { CatalogEntry } from '../../src/engine/catalog/types';
import { compareVersions } from '../../src/engine/version';
import { CURRENT, inventory, tagOrder, type InventoryItem as Item } from './inventory';

const { items, tags, main } = inventory;
const catalog = loadCatalogFromDir();
const events = catalog.entries.filter((e) => e.kind === 'event');
const lineVariants = catalog.entries
  .filter((e) => e.kind !== 'event')
  .flatMap((e) => e.match.map((v) => ({ e, re: new RegExp(v.pattern, v.flags ?? '') })));
const CATCH_ALL = '[\\s\\S]*';

function eventEntry(reason: string): CatalogEntry | undefined {
  return events.find((e) => e.reason === reason || e.aliases.some((a) => a.name === reason && a.versions !== 'sop'));
}

function covered(item: Item): boolean {
  switch (item.kind) {
    case 'event-reason':
      return eventEntry(item.string) !== undefined;
    case 'event-message': {
      const entry = item.reason ? eventEntry(item.reason) : undefined;
      return (
        !!entry &&
        entry.match.some((v) => v.pattern !== CATCH_ALL && new RegExp(v.pattern, v.flags ?? '').test(item.string))
      );
    }
    default:
      return lineVariants.some(({ re }) => re.test(item.string));
  }
}

describe('inventory of Terway source strings', () => {
  it('is well-formed and grounded in source lines', () => {
    expect(items.length).toBeGreaterThan(250);
    for (const it of items) {
      expect(typeof it.string, JSON.stringify(it)).toBe('string');
      expect(it.source, it.string).toMatch(/^[\w./-]+\.\w+:\d+@(v\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?|[0-9a-f]{8})$/);
      if (it.kind === 'event-message') expect(it.reason, it.string).toBeTruthy();
    }
  });

  it('lists every tag once, in version order, up to the newest release', () => {
    expect(tags.length).toBeGreaterThanOrEqual(79);
    expect(new Set(tags).size).toBe(tags.length);
    for (let i = 1; i < tags.length; i++)
      expect(compareVersions(tags[i - 1]!, tags[i]!), `${tags[i - 1]} < ${tags[i]}`).toBeLessThan(0);
    expect(tags).toContain('v0.1.0');
    expect(tags).toContain('v1.0.10');
    expect(tags.at(-1)).toBe('v1.17.5');
    expect(main).toMatch(/^[0-9a-f]{8}$/);
  });

  it('every item names its first and last tag, in order, around the tag it is cited at', () => {
    const problems: string[] = [];
    for (const it of items) {
      const first = tagOrder(it.first);
      const last = it.last === CURRENT ? Infinity : tagOrder(it.last);
      const cited = tagOrder(it.source.slice(it.source.lastIndexOf('@') + 1));
      if (first === undefined) problems.push(`${it.string}: first ${it.first} is not a listed tag`);
      if (last === undefined) problems.push(`${it.string}: last ${it.last} is neither a listed tag nor ${CURRENT}`);
      if (first === undefined || last === undefined || cited === undefined) continue;
      if (first > last) problems.push(`${it.string}: first ${it.first} is after last ${it.last}`);
      if (cited < first || cited > last)
        problems.push(`${it.string}: cited at ${it.source}, outside ${it.first}–${it.last}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps the strings only older tags emitted', () => {
    const gone = items.filter((i) => i.last !== CURRENT);
    expect(gone.length).toBeGreaterThan(60);
    const olderThan = (tag: string): number => items.filter((i) => tagOrder(i.first)! < tagOrder(tag)!).length;
    expect(olderThan('v1.1.0-rc.0')).toBeGreaterThan(10); // v0.1.0 and v1.0.10 alone
    expect(olderThan('v1.3.0-policy')).toBeGreaterThan(100);
  });

  it('covers every current and legacy event reason, including those the SOP never mentions', () => {
    const reasons = items.filter((i) => i.kind === 'event-reason').map((i) => i.string);
    for (const r of [
      'AttachENISucceed',
      'ConfigCheck',
      'CreateENISucceed',
      'DeleteENISucceed',
      'DeletePodENIFailed',
      'DetachENIFailed',
      'DetachENISucceed',
      'ParseFailed',
      'PodCreateFailed',
      'PodDeleteFailed',
      'PrefixModeImmutable',
      'ResourceInvalid',
      'SyncOpenAPIFailed',
      'SyncOpenAPISuccess',
      'CniPodCreateError',
      'CniPodDeleteError',
      'CniCreateENIError',
      'CniPodENIDeleteErr',
      'ENIAttachSuccess',
      'ENIAttachFailed',
      'ENICreated',
      'ENICreateFailed',
      'ENIDeleted',
      'ENIDeleteFailed',
      'OpenAPIErr',
      'OutIPOfSync',
      'AllocResourceFailed',
      'DisposeResourceFailed',
    ])
      expect(reasons).toContain(r);
  });

  it('every item is recognised by the catalog (100% per kind)', () => {
    const perKind = new Map<string, { total: number; hit: number; missing: string[] }>();
    for (const it of items) {
      const k = perKind.get(it.kind) ?? { total: 0, hit: 0, missing: [] };
      k.total++;
      if (covered(it)) k.hit++;
      else k.missing.push(it.string);
      perKind.set(it.kind, k);
    }
    const report = [...perKind.entries()].map(
      ([kind, k]) => `${kind}: ${k.hit}/${k.total} (${((100 * k.hit) / k.total).toFixed(0)}%)`,
    );
    console.info(`inventory coverage\n  ${report.join('\n  ')}`);
    for (const [kind, k] of perKind) expect(k.missing, `${kind} not covered`).toEqual([]);
    expect([...perKind.keys()].sort()).toEqual(
      [
        'condition',
        'cni-error',
        'controlplane-error',
        'daemon-error',
        'event-message',
        'event-reason',
        'init-error',
        'openapi-code',
        'policy-error',
        'rpc-error',
        'webhook-denial',
      ].sort(),
    );
  });

  it('the order check can fail', () => {
    expect(tagOrder('v1.9.99')).toBeUndefined();
    expect(tagOrder('v1.2.0-rc.1')!).toBeLessThan(tagOrder('v1.2.0')!);
    expect(tagOrder('v1.8.18')!).toBeLessThan(tagOrder('v1.9.0')!);
    expect(tagOrder(main)!).toBeGreaterThan(tagOrder('v1.17.5')!);
  });

  it('the coverage check can fail', () => {
    const at = { source: 'x.go:1@v1.0.0', first: 'v1.0.10', last: CURRENT };
    expect(covered({ kind: 'daemon-error', string: 'this text is emitted by nothing', ...at })).toBe(false);
    expect(covered({ kind: 'event-reason', string: 'NoSuchReason', ...at })).toBe(false);
    expect(covered({ kind: 'event-message', reason: 'AllocIPFailed', string: 'something unknown', ...at })).toBe(false);
  });
});
