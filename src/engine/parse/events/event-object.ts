// core/v1 and events.k8s.io/v1 Event objects (from -o json / -o yaml) → EventRecord.
// message ?? note, involvedObject ?? regarding, series/count/deprecatedCount, and the timestamps.

import type { EventRecord, LineRange, ObjectRef } from '../../records';
import { finishEventMessage } from './message';

type Obj = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : 0;
}

/** A Date (the YAML parser may give one for unquoted timestamps) or a string → ISO text. */
function time(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().replace('.000Z', 'Z');
  return str(v);
}

export function isEventObject(v: unknown): boolean {
  const o = obj(v);
  if (o === undefined) return false;
  if (o.kind === 'Event') return true;
  return (
    o.kind === undefined &&
    typeof o.reason === 'string' &&
    (obj(o.involvedObject) !== undefined || obj(o.regarding) !== undefined)
  );
}

function objectRef(v: unknown): ObjectRef | undefined {
  const o = obj(v);
  if (o === undefined) return undefined;
  const ref: ObjectRef = {};
  const kind = str(o.kind);
  if (kind !== undefined) ref.kind = kind;
  const api = str(o.apiVersion);
  if (api !== undefined && api.includes('/')) ref.apiGroup = api.slice(0, api.indexOf('/'));
  const name = str(o.name);
  if (name !== undefined) ref.name = name;
  const ns = str(o.namespace);
  if (ns !== undefined) ref.namespace = ns;
  const fp = str(o.fieldPath);
  if (fp !== undefined) ref.fieldPath = fp;
  return Object.keys(ref).length > 0 ? ref : undefined;
}

export function eventFromObject(v: unknown, lines: LineRange): EventRecord {
  const o = obj(v) ?? {};
  const series = obj(o.series);
  const source = obj(o.source) ?? obj(o.deprecatedSource);
  const ev: EventRecord = {
    type: str(o.type) ?? '',
    reason: str(o.reason) ?? '',
    message: str(o.message) ?? str(o.note) ?? '',
    count: num(series?.count) || num(o.count) || num(o.deprecatedCount) || 1,
    lines: { start: lines.start, end: lines.end },
  };
  const reporting = str(o.reportingController) ?? str(o.reportingComponent);
  const component = str(source?.component) ?? reporting;
  if (component !== undefined) ev.source = component;
  const host = str(source?.host) ?? str(o.reportingInstance);
  if (host !== undefined) ev.sourceHost = host;
  if (reporting !== undefined) ev.reportingController = reporting;
  const action = str(o.action);
  if (action !== undefined) ev.action = action;
  const object = objectRef(o.involvedObject) ?? objectRef(o.regarding);
  if (object !== undefined) ev.object = object;
  const related = objectRef(o.related);
  if (related !== undefined) ev.related = related;
  const last =
    time(series?.lastObservedTime) ?? time(o.lastTimestamp) ?? time(o.deprecatedLastTimestamp) ?? time(o.eventTime);
  const first = time(o.eventTime) ?? time(o.firstTimestamp) ?? time(o.deprecatedFirstTimestamp);
  if (first !== undefined) ev.firstTimestamp = first;
  if (last !== undefined) ev.lastTimestamp = last;
  return finishEventMessage(ev);
}
