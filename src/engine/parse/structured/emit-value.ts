// A parsed JSON/YAML value → records: Event objects (single, List, concatenated), ConfigMaps, bare eni_conf.

import type { DocumentKind, LineRange, RecordSink } from '../../records';
import { eventFromObject, isEventObject } from '../events/event-object';
import { configFromData, configFromEniConf, looksLikeEniConf } from '../config/eni-config';

type Obj = Record<string, unknown>;

function asObj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export interface EmitResult {
  kind: DocumentKind;
  title?: string;
}

function isConfigMap(o: Obj | undefined): boolean {
  return o !== undefined && o.kind === 'ConfigMap' && asObj(o.data) !== undefined;
}

function isCniConf(o: Obj | undefined): boolean {
  return o !== undefined && typeof o.cniVersion === 'string' && (o.type === 'terway' || Array.isArray(o.plugins));
}

/**
 * Emits the records a value holds. `items` gives the line range of each list item when known.
 * Returns null when the value holds nothing we model (the caller keeps it as text).
 */
export function emitValue(
  value: unknown,
  range: LineRange,
  items: LineRange[] | undefined,
  sink: RecordSink,
  format: 'json' | 'yaml',
): EmitResult | null {
  const eventsKind: DocumentKind = format === 'json' ? 'events-json' : 'events-yaml';
  if (isEventObject(value)) {
    sink.event(eventFromObject(value, range));
    return { kind: eventsKind };
  }
  const o = asObj(value);
  if (o !== undefined && isConfigMap(o)) {
    const name = (asObj(o.metadata)?.name as string | undefined) ?? 'configmap';
    sink.config(configFromData(name, asObj(o.data) as Obj, range));
    return { kind: 'configmap', title: name };
  }
  const list = Array.isArray(value) ? value : Array.isArray(o?.items) ? (o?.items as unknown[]) : undefined;
  if (list !== undefined) {
    const ranges = items !== undefined && items.length === list.length ? items : undefined;
    let events = 0;
    let configs = 0;
    let title: string | undefined;
    list.forEach((item, i) => {
      const r = ranges?.[i] ?? range;
      const io = asObj(item);
      if (isEventObject(item)) {
        sink.event(eventFromObject(item, r));
        events++;
      } else if (io !== undefined && isConfigMap(io)) {
        const name = (asObj(io.metadata)?.name as string | undefined) ?? 'configmap';
        sink.config(configFromData(name, asObj(io.data) as Obj, r));
        title ??= name;
        configs++;
      }
    });
    if (events > 0) return { kind: eventsKind };
    if (configs > 0) return title !== undefined ? { kind: 'configmap', title } : { kind: 'configmap' };
    return null;
  }
  if (o !== undefined && looksLikeEniConf(o)) {
    sink.config(configFromEniConf(o, range));
    return { kind: 'configmap', title: 'eni-config' };
  }
  if (o !== undefined && isCniConf(o)) {
    sink.config(configFromData('10-terway.conf', { '10-terway.conf': o }, range));
    return { kind: 'configmap', title: '10-terway.conf' };
  }
  const data = asObj(o?.data);
  if (o !== undefined && data !== undefined && ('eni_conf' in data || '10-terway.conf' in data)) {
    // a ConfigMap fragment without `kind` (e.g. only `data:` pasted)
    const name = (asObj(o.metadata)?.name as string | undefined) ?? 'eni-config';
    sink.config(configFromData(name, data, range));
    return { kind: 'configmap', title: name };
  }
  return null;
}
