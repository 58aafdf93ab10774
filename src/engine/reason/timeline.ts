// The timeline: every event the collector kept and every timed log line the recorder kept, each tied to
// its finding, placed on one axis by timeline-place.ts. Events are placed at their first sighting
// (`FIRST SEEN`, the `over` of `(x2 over 5m41s)`, `firstTimestamp`), since that is when the trouble began.
import type { Collected } from '../analysis/collector';
import type { EventRecord } from '../records';
import type { Finding, TimelineAnchor, TimelineEntry } from '../report';
import { objectName, type Origin } from '../match/aggregate';
import { nodeOf } from './pod-nodes';
import { pasteAnchor, placeTimeline } from './timeline-place';

const TEXT_CHARS = 240;

export interface BuiltTimeline {
  timeline: TimelineEntry[];
  timelineTotal: number;
  timelineAnchor?: TimelineAnchor;
}

export function buildTimeline(
  c: Collected,
  findings: readonly Finding[],
  nodes: Map<string, string>,
  rootCause?: string,
): BuiltTimeline {
  const ids = new Set(findings.map((f) => f.id));
  const rec = c.recorded;
  const entries: TimelineEntry[] = [];
  for (const ev of c.events) {
    const printed = ev.firstTimestamp ?? ev.lastTimestamp ?? ev.firstSeenAge ?? ev.age;
    if (!printed) continue;
    const findingId = pick(rec?.eventEntries.get(ev.lines.start) ?? [], ids, rootCause);
    entries.push(eventEntry(ev, printed, nodes, findingId));
  }
  for (const t of rec?.timed ?? []) {
    const findingId = pick(t.entryIds, ids, rootCause);
    entries.push({
      at: t.time,
      atKind: 'absolute',
      printed: t.time,
      source: t.source ?? 'log',
      line: t.line,
      ...(findingId ? { findingId } : {}),
      kind: 'log',
      ...(t.level ? { level: t.level } : {}),
      text: t.text,
      ...(t.pod ? { object: t.pod } : {}),
    });
  }
  const anchor = pasteAnchor(entries);
  return {
    timeline: placeTimeline(entries, anchor, rootCause),
    timelineTotal: c.stats.events + (rec?.timedTotal ?? 0),
    ...(anchor ? { timelineAnchor: anchor } : {}),
  };
}

/** The finding a line belongs to: the root cause when it is among the line's entries, else the first. */
function pick(entryIds: readonly string[], ids: ReadonlySet<string>, rootCause?: string): string | undefined {
  const found = entryIds.filter((id) => ids.has(id));
  return rootCause !== undefined && found.includes(rootCause) ? rootCause : found[0];
}

function eventEntry(ev: EventRecord, printed: string, nodes: Map<string, string>, findingId?: string): TimelineEntry {
  const origin: Origin = {
    kind: 'event',
    reason: ev.reason,
    type: ev.type,
    ...(ev.object ? { object: ev.object } : {}),
  };
  const object = objectName(origin);
  const o = ev.object;
  const node = ev.sourceHost ?? (o?.name ? nodeOf(nodes, o.kind, o.namespace, o.name) : undefined);
  return {
    at: printed,
    atKind: 'absolute',
    printed,
    source: ev.source ?? ev.reportingController ?? 'event',
    line: ev.lines.start,
    ...(findingId ? { findingId } : {}),
    kind: 'event',
    level: ev.type,
    text: `${ev.reason}: ${ev.message}`.slice(0, TEXT_CHARS),
    ...(object ? { object } : {}),
    ...(node ? { node } : {}),
    ...(ev.count > 1 ? { count: ev.count } : {}),
  };
}
