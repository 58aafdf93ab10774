// Coverage of the project's own inventory of Terway source strings
// (catalog/inventory/terway-source-strings.yaml): every reason and every error string Terway emits,
// current and legacy, must be recognised by the catalog.
//   - event-reason: an event entry's reason or alias equals it;
//   - event-message: the entry for its `reason` has a non-catch-all variant matching it;
//   - everything else: some line-level (non-event) variant matches it.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import type { CatalogEntry } from '../../src/engine/catalog/types';

interface Item {
  kind: string;
  string: string;
  source: string;
  reason?: string;
  legacy?: boolean;
}

const INVENTORY = fileURLToPath(new URL('../../catalog/inventory/terway-source-strings.yaml', import.meta.url));
const items = parse(readFileSync(INVENTORY, 'utf8')) as Item[];
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
      return !!entry && entry.match.some((v) => v.pattern !== CATCH_ALL && new RegExp(v.pattern, v.flags ?? '').test(item.string));
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
      expect(it.source, it.string).toMatch(/^[\w./-]+\.\w+:\d+@(v\d+\.\d+\.\d+|[0-9a-f]{8})$/);
      if (it.kind === 'event-message') expect(it.reason, it.string).toBeTruthy();
    }
  });

  it('covers every current and legacy event reason, including those the SOP never mentions', () => {
    const reasons = items.filter((i) => i.kind === 'event-reason').map((i) => i.string);
    for (const r of [
      'AttachENISucceed', 'ConfigCheck', 'CreateENISucceed', 'DeleteENISucceed', 'DeletePodENIFailed', 'DetachENIFailed',
      'DetachENISucceed', 'ParseFailed', 'PodCreateFailed', 'PodDeleteFailed', 'PrefixModeImmutable', 'ResourceInvalid',
      'SyncOpenAPIFailed', 'SyncOpenAPISuccess', 'CniPodCreateError', 'CniPodDeleteError', 'CniCreateENIError',
      'CniPodENIDeleteErr', 'ENIAttachSuccess', 'ENIAttachFailed',
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
    const report = [...perKind.entries()].map(([kind, k]) => `${kind}: ${k.hit}/${k.total} (${((100 * k.hit) / k.total).toFixed(0)}%)`);
    console.info(`inventory coverage\n  ${report.join('\n  ')}`);
    for (const [kind, k] of perKind) expect(k.missing, `${kind} not covered`).toEqual([]);
    expect([...perKind.keys()].sort()).toEqual(
      ['condition', 'cni-error', 'controlplane-error', 'daemon-error', 'event-message', 'event-reason', 'init-error', 'openapi-code', 'policy-error', 'rpc-error', 'webhook-denial'].sort(),
    );
  });

  it('the coverage check can fail', () => {
    expect(covered({ kind: 'daemon-error', string: 'this text is emitted by nothing', source: 'x.go:1@v1.0.0' })).toBe(false);
    expect(covered({ kind: 'event-reason', string: 'NoSuchReason', source: 'x.go:1@v1.0.0' })).toBe(false);
    expect(covered({ kind: 'event-message', reason: 'AllocIPFailed', string: 'something unknown', source: 'x.go:1@v1.0.0' })).toBe(false);
  });
});
