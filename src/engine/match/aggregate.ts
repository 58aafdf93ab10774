// Folds occurrences into findings: one group per catalog entry, message variant, object kind and
// identifying values (vSwitch, ENI, code…), with counts, first/last time and a few sample lines.
// A log repeating the same error a million times becomes one group, so memory and DOM stay bounded.
import type { CatalogEntry, MatchVariant } from '../catalog/types';
import type { ObjectRef } from '../records';
import type { Evidence } from '../report';

export type Origin =
  | { kind: 'event'; reason: string; type: string; object?: ObjectRef; source?: string }
  | { kind: 'log'; component?: string; level?: string }
  | { kind: 'condition'; object?: ObjectRef }
  | { kind: 'line' }
  /** what an inspect-terway-*.sh script read from the cluster (not a line Terway wrote) */
  | { kind: 'inspect'; script: string };

export interface Occurrence {
  entry: CatalogEntry;
  variant?: MatchVariant;
  captures: Record<string, string>;
  count: number;
  line: number;
  text: string;
  time?: string;
  origin: Origin;
  alias?: { name: string; versions: string };
  /** the producer the line itself names (a fingerprint, the pod and container of a `--prefix` line) */
  producer?: string;
  /** what else sets this occurrence apart from others of its entry (an unrecognised line's template) */
  identity?: string;
}

export interface Group {
  key: string;
  entry: CatalogEntry;
  variant?: MatchVariant;
  origin: Origin;
  captures: Record<string, string>;
  count: number;
  firstLine: number;
  firstTime?: string;
  lastTime?: string;
  evidence: Evidence[];
  evidenceTotal: number;
  /** distinct object names the signal was seen on (bounded) */
  objects: string[];
  alias?: { name: string; versions: string };
  /** the producer the lines themselves name, when they do */
  producer?: string;
}

/** Captures that identify a distinct problem; others (request IDs, IPs, pods) only illustrate it. */
const IDENTITY = ['vsw', 'zone', 'eni', 'instance', 'code', 'node', 'type'] as const;
const MAX_EVIDENCE = 5;
const MAX_OBJECTS = 10;
const MAX_GROUPS = 2000;

export class Aggregator {
  private readonly groups = new Map<string, Group>();

  add(o: Occurrence): void {
    const key = this.keyOf(o);
    let g = this.groups.get(key);
    if (!g) {
      if (this.groups.size >= MAX_GROUPS) {
        // too many distinct values: fold into one group per entry and variant
        const coarse = `${o.entry.id}|${o.variant?.id ?? ''}|*`;
        g = this.groups.get(coarse);
        if (!g) {
          g = this.newGroup(coarse, o);
          this.groups.set(coarse, g);
        }
      } else {
        g = this.newGroup(key, o);
        this.groups.set(key, g);
      }
    }
    g.count += o.count;
    g.evidenceTotal++;
    if (o.line < g.firstLine) g.firstLine = o.line;
    if (g.evidence.length < MAX_EVIDENCE) g.evidence.push({ line: o.line, text: o.text });
    if (o.time) {
      if (!g.firstTime || o.time < g.firstTime) g.firstTime = o.time;
      if (!g.lastTime || o.time > g.lastTime) g.lastTime = o.time;
    }
    for (const [k, v] of Object.entries(o.captures)) g.captures[k] ??= v;
    const name = objectName(o.origin);
    if (name && g.objects.length < MAX_OBJECTS && !g.objects.includes(name)) g.objects.push(name);
    if (o.alias && !g.alias) g.alias = o.alias;
  }

  all(): Group[] {
    return [...this.groups.values()];
  }

  get size(): number {
    return this.groups.size;
  }

  private keyOf(o: Occurrence): string {
    const ids = IDENTITY.map((k) => o.captures[k] ?? '').join('|');
    const scope = o.origin.kind === 'event' ? `event:${o.origin.object?.kind ?? ''}` : o.origin.kind;
    return `${o.entry.id}|${o.variant?.id ?? ''}|${scope}|${ids}|${o.producer ?? ''}|${o.identity ?? ''}`;
  }

  private newGroup(key: string, o: Occurrence): Group {
    return {
      key,
      entry: o.entry,
      ...(o.variant ? { variant: o.variant } : {}),
      origin: o.origin,
      captures: {},
      count: 0,
      firstLine: o.line,
      evidence: [],
      evidenceTotal: 0,
      objects: [],
      ...(o.producer ? { producer: o.producer } : {}),
    };
  }
}

/** Nodes, Node CRs and PodNetworkings are cluster-scoped: `get events -A` files their events under `default`. */
const CLUSTER_SCOPED = /^(?:node|podnetworking)/i;

export function objectName(origin: Origin): string | undefined {
  if (origin.kind !== 'event' && origin.kind !== 'condition') return undefined;
  const o = origin.object;
  if (!o?.name) return undefined;
  return o.namespace && !CLUSTER_SCOPED.test(o.kind ?? '') ? `${o.namespace}/${o.name}` : o.name;
}
