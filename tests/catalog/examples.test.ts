// Every example of the real catalog is recognised by its own variant (and by nothing it should not
// be). The overlap rule the matcher relies on:
//   An example of entry A may also match a line-level variant of entry B (B not an event entry)
//   only when (1) either variant is marked `envelope` (it recognises a wrapper such as kubelet's
//   `… failed (add): …` or the CNI's `failed to do add; …` that legitimately surrounds other
//   entries' text, so its examples embed inner causes and its pattern matches theirs), or (2) A
//   and B name each other in `explains` or `seeAlso` (either direction) - e.g. an AllocIPFailed message that
//   embeds `InvalidVSwitchId.IpNotEnough` also hits the OpenAPI entry.
// Event entries are matched by reason first, so their variants are only compared with their own
// examples (first matching variant wins).
import { describe, it, expect } from 'vitest';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { KIND_ROOT_SCORE, KIND_TRAITS, type CatalogEntry, type MatchVariant } from '../../src/engine/catalog/types';
import { signalRegex } from './names-item';

const catalog = loadCatalogFromDir();
const entries = catalog.entries;
const byId = new Map(entries.map((e) => [e.id, e]));
const re = (v: MatchVariant): RegExp => new RegExp(v.pattern, v.flags ?? '');

function related(a: CatalogEntry, b: CatalogEntry): boolean {
  return [...a.explains, ...a.seeAlso].includes(b.id) || [...b.explains, ...b.seeAlso].includes(a.id);
}

describe('examples match their own variant', () => {
  // entries recognised by log level alone have no variants
  const withVariants = entries.filter((e) => KIND_TRAITS[e.kind].recognisedBy !== 'level');
  it.each(withVariants.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    for (const [k, v] of entry.match.entries()) {
      expect(v.examples.length).toBeGreaterThan(0);
      for (const ex of v.examples) {
        expect(re(v).test(ex), `${entry.id}/${v.id}: ${ex}`).toBe(true);
        // the first matching variant of the entry is this one
        const first = entry.match.findIndex((w) => re(w).test(ex));
        expect(first, `${entry.id}/${v.id} example taken by ${entry.match[first]?.id}`).toBe(k);
        // the prefilter would let the line through
        if (v.literals.length > 0) {
          const hay = v.flags === 'i' ? ex.toLowerCase() : ex;
          expect(
            v.literals.some((l) => hay.includes(l)),
            `${entry.id}/${v.id} literals`,
          ).toBe(true);
        }
        // and the example has the shape of the entry's kind
        if (entry.kind === 'event') {
          const names = [entry.reason!, ...entry.aliases.map((a) => a.name)];
          expect(
            names.some((n) => ex.includes(n)),
            `${entry.id}: example names its reason`,
          ).toBe(true);
          expect(/\b(Normal|Warning)\b/.test(ex)).toBe(true);
        } else {
          expect(ex.includes('\n')).toBe(false);
        }
      }
    }
  });
});

describe('signals say what the examples show', () => {
  // A line-level variant's signal is what the report calls the finding, so it must be the text its
  // own examples hold (format holes read as wildcards), not a sibling's (`no IPv4 …` for an IPv6
  // line) or the command that failed. Foreign-CNI entries name the CNI instead.
  const says = (signal: string, text: string) => signalRegex(signal).test(text.replace(/\\+"/g, '"'));

  it('every example of a line-level variant contains its signal', () => {
    const problems: string[] = [];
    for (const e of entries.filter((x) => x.kind !== 'event' && x.kind !== 'foreign-cni'))
      for (const v of e.match)
        for (const ex of v.examples)
          if (!says(v.signal ?? e.signal, ex))
            problems.push(`${e.id}/${v.id} (${v.signal ?? e.signal}): ${ex.slice(0, 120)}`);
    expect(problems).toEqual([]);
  });

  it('the check can fail', () => {
    expect(says('no IPv4 default gateway found', 'task: symmetric routingerror: no IPv6 default gateway found')).toBe(
      false,
    );
    expect(says('Could not %s device plugin: %v', 'E0808 eni.go:334] Could not register device plugin: refused')).toBe(
      true,
    );
  });
});

describe('named captures', () => {
  it('patterns that mention a vSwitch, ENI or request ID capture it by name', () => {
    const missing: string[] = [];
    for (const e of entries)
      for (const v of e.match) {
        if (/vsw-\[/.test(v.pattern) && !/\(\?<vsw>vsw-/.test(v.pattern)) missing.push(`${e.id}/${v.id}: vsw`);
        if (/eni-\[0-9a-z\]/.test(v.pattern) && !/\(\?<(eni|trunk)>eni-/.test(v.pattern))
          missing.push(`${e.id}/${v.id}: eni`);
        if (/requestID: |RequestId: /.test(v.pattern) && !v.pattern.includes('(?<requestId>'))
          missing.push(`${e.id}/${v.id}: requestId`);
      }
    expect(missing).toEqual([]);
  });

  it.each([
    [
      'openapi-vswitch-ip-not-enough',
      {
        code: 'InvalidVSwitchId.IpNotEnough',
        vsw: 'vsw-2zeh6kd4xj9pvnr0tb2a1',
        requestId: '8E1C2A7B-3D55-5F0A-9C1E-6B2F0D4A7C31',
      },
    ],
    [
      'create-eni-failed',
      { type: 'Secondary', vsw: 'vsw-2ze4x7yq0v9h3l1c8m6ab', code: 'InvalidVSwitchId.IpNotEnough' },
    ],
  ])('captures yield the identifying values on a real example of %s', (id, groups) => {
    const first = byId.get(id)!.match[0]!;
    expect(re(first).exec(first.examples[0]!)?.groups).toMatchObject(groups);
  });
});

describe('cross-check: no undeclared overlaps between entries', () => {
  const lineVariants = entries
    .filter((e) => e.kind !== 'event')
    .flatMap((e) => e.match.map((v) => ({ e, v, r: re(v) })));

  it('examples only hit other entries through envelopes or declared relations', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const a of entries)
      for (const va of a.match)
        for (const ex of va.examples) {
          for (const { e: b, v: vb, r } of lineVariants) {
            if (b.id === a.id) continue;
            checked++;
            if (!r.test(ex)) continue;
            if (vb.envelope || va.envelope || related(a, b)) continue;
            problems.push(`${a.id}/${va.id} example also matches ${b.id}/${vb.id}: ${ex.slice(0, 100)}`);
          }
        }
    expect(checked).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });

  it('when an example hits several line entries, a deeper kind or a non-envelope variant ranks first', () => {
    // documents the ranking the matcher applies (non-envelope first, then KIND_ROOT_SCORE)
    const sample = byId.get('sandbox-terway-add-failed')!.match[0]!.examples[0]!;
    const hits = lineVariants.filter(({ r }) => r.test(sample));
    const ranked = [...hits].sort(
      (x, y) =>
        Number(!!x.v.envelope) - Number(!!y.v.envelope) || KIND_ROOT_SCORE[y.e.kind] - KIND_ROOT_SCORE[x.e.kind],
    );
    expect(ranked[0]!.e.id).toBe('rpc-no-eni-can-allocate');
    expect(hits.map((h) => h.e.id)).toEqual(
      expect.arrayContaining(['sandbox-terway-add-failed', 'cni-add-failed', 'cni-alloc-ip-rpc-failed']),
    );
  });
});

describe('related ids and sources', () => {
  it('related ids resolve and are not self references', () => {
    for (const e of entries)
      for (const r of [...e.explains, ...e.seeAlso]) {
        expect(byId.has(r), `${e.id} → ${r}`).toBe(true);
        expect(r).not.toBe(e.id);
      }
  });

  it('every Terway entry cites Terway source as path:line@tag', () => {
    const terwayKinds = entries.filter(
      (e) =>
        !KIND_TRAITS[e.kind].foreign && !KIND_TRAITS[e.kind].wrapper && KIND_TRAITS[e.kind].recognisedBy !== 'level',
    );
    for (const e of terwayKinds)
      expect(
        e.source.some((s) => /^[\w./-]+\.\w+:\d+@(v\d+\.\d+\.\d+|[0-9a-f]{8})$/.test(s)),
        e.id,
      ).toBe(true);
  });

  it('variant categories differ where one reason covers several causes', () => {
    const alloc = byId.get('alloc-ip-failed')!;
    const cat = (id: string): string | undefined => alloc.match.find((v) => v.id === id)?.category ?? alloc.category;
    expect(cat('ip-not-enough')).toBe('resource-exhaustion');
    expect(cat('rpc-error')).toBe('terway-bug');
    expect(cat('eth0-missing')).toBe('configuration');
  });
});
