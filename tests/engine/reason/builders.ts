// Small record builders for table tests of the reasoning rules: a rule reads a ReasonContext, so a
// test states only what matters to it and the builders fill in an empty, healthy rest.
import { emptyCollected, type Collected } from '../../../src/engine/analysis/collector';
import type { CatalogEntry, MatchVariant } from '../../../src/engine/catalog/types';
import type { Group, Origin } from '../../../src/engine/match/aggregate';
import type { ReasonContext } from '../../../src/engine/reason/types';
import type { TerwayPodHealth } from '../../../src/engine/reason/terway-pods';
import type { EventRecord } from '../../../src/engine/records';
import { ProducerIndex } from '../../../src/engine/provenance/producer-index';

export function entry(e: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id: 'some-entry',
    kind: 'daemon-error',
    title: 'Some entry',
    component: 'terway-daemon',
    aliases: [],
    versions: {},
    signal: 'some signal',
    match: [],
    category: 'configuration',
    severity: 'error',
    sopStep: 2,
    explanation: 'Explains it. More detail.',
    fix: 'Fix it.',
    nextChecks: [],
    seeAlso: [],
    explains: [],
    source: [],
    ...e,
  };
}

export function variant(v: Partial<MatchVariant> = {}): MatchVariant {
  return { id: 'v', pattern: 'x', literals: ['xxxx'], examples: [], ...v };
}

export function group(g: Omit<Partial<Group>, 'entry'> & { entry?: Partial<CatalogEntry> } = {}): Group {
  const { entry: e, ...rest } = g;
  const origin: Origin = rest.origin ?? { kind: 'log', level: 'error' };
  return {
    key: 'k',
    entry: entry(e),
    origin,
    captures: {},
    count: 1,
    firstLine: 1,
    evidence: [{ line: 1, text: 'some signal' }],
    evidenceTotal: 1,
    objects: [],
    ...rest,
  };
}

/** an event group on a Pod (or another object kind) */
export function eventGroup(reason: string, e: Partial<CatalogEntry> = {}, objectKind = 'Pod'): Group {
  return group({
    entry: { kind: 'event', reason, signal: reason, ...e },
    origin: { kind: 'event', reason, type: 'Warning', object: { kind: objectKind, name: 'web-1', namespace: 'shop' } },
    objects: ['shop/web-1'],
  });
}

/** what a collector gathered from a short paste of one document; `c` adds what a rule reads */
export function collected(c: Partial<Collected> = {}): Collected {
  const empty = emptyCollected();
  return { ...empty, stats: { ...empty.stats, lines: 10, documents: 1 }, ...c };
}

export function event(e: Partial<EventRecord> = {}): EventRecord {
  return { type: 'Normal', reason: 'Scheduled', message: '', count: 1, lines: { start: 1, end: 1 }, ...e };
}

export function pod(p: Partial<TerwayPodHealth> = {}): TerwayPodHealth {
  return {
    name: 'terway-eniip-7x9kq',
    node: 'cn-hangzhou.10.0.3.19',
    status: 'Running',
    healthy: true,
    line: 1,
    text: '',
    ...p,
  };
}

export function reasonContext(r: Partial<ReasonContext> = {}): ReasonContext {
  const problems = r.problems ?? [];
  return {
    collected: collected(),
    producers: new ProducerIndex([]),
    inner: new Map(),
    categoryOf: (g) => g.variant?.category ?? g.entry.category,
    who: { documents: [], producerOf: () => undefined },
    evidence: [],
    involvement: { terway: 'involved', foreign: [], why: 'test' },
    ipam: { mode: 'unknown', evidence: 'no eni-config' },
    terwayPods: [],
    versions: {},
    problems,
    rank: new Map(problems.map((g, i) => [g, 100 - i])),
    parent: new Map(),
    symptoms: [],
    context: {},
    names: {},
    allocation: false,
    ...r,
  };
}
