// Describe sections → a DescribedObject (+ its events, + a ConfigRecord for a ConfigMap). The kind comes from the
// fields: a Pod has Namespace+Node and pod fields (Containers, Status, IP …; a fragment may lack Containers); a core
// Node has Roles/Taints/System Info; custom resources print `API Version` + `Kind` (Terway's under
// network.alibabacloud.com). The document kind and the object kind always agree.

import type { ConfigRecord, DescribedObject, DocumentKind, EventRecord, ObjectRef } from '../../records';
import { canonicalKind, TERWAY_GROUP } from '../object-kind';
import { DescribeEventsReader } from '../events/describe-table';
import { configFromData } from '../config/eni-config';
import type { NumberedLine } from './outline';
import { buildOutline, flatten } from './outline';
import type { Section } from './sections';
import { splitSections } from './sections';
import { readAnnotations, readLabels } from './metadata';
import { readContainers } from './containers';
import { findConditionNodes, isConditionsTable, readConditionsTable, readNestedConditions } from './conditions';
import { readConfigMapData } from './configmap';
import { blockWrapWidth, shownWidth } from '../wrap';

export interface DescribeResult {
  docKind: DocumentKind;
  object: DescribedObject;
  events: EventRecord[];
  config?: ConfigRecord;
}

const TERWAY_KINDS: Record<string, { doc: DocumentKind; kind: string }> = {
  Node: { doc: 'describe-node-cr', kind: `Node.${TERWAY_GROUP}` },
  PodENI: { doc: 'describe-podeni', kind: 'PodENI' },
  PodNetworking: { doc: 'describe-podnetworking', kind: 'PodNetworking' },
  NetworkInterface: { doc: 'describe-networkinterface', kind: 'NetworkInterface' },
};

// sections that are tables or prose, not key/values
const RAW_SECTIONS = new Set([
  'Non-terminated Pods',
  'Allocated resources',
  'Events',
  'Conditions',
  'Data',
  'BinaryData',
  'Labels',
  'Annotations',
]);
// top-level fields only a Pod prints next to Namespace and Node
const POD_FIELDS = [
  'Containers',
  'Init Containers',
  'Status',
  'IP',
  'IPs',
  'Start Time',
  'QoS Class',
  'Service Account',
];
const HINT_KINDS: Record<string, { doc: DocumentKind; kind: string }> = {
  po: { doc: 'describe-pod', kind: 'Pod' },
  pod: { doc: 'describe-pod', kind: 'Pod' },
  pods: { doc: 'describe-pod', kind: 'Pod' },
  no: { doc: 'describe-node', kind: 'Node' },
  node: { doc: 'describe-node', kind: 'Node' },
  nodes: { doc: 'describe-node', kind: 'Node' },
};
const CONTAINER_SECTIONS: Record<string, boolean> = {
  'Init Containers': true,
  Containers: false,
  'Ephemeral Containers': false,
};

function decideKind(
  fields: Record<string, string>,
  has: (k: string) => boolean,
  resourceHint?: string,
): { doc: DocumentKind; kind: string; apiVersion?: string } {
  const api = fields['API Version'];
  if (api !== undefined) {
    const group = api.includes('/') ? api.slice(0, api.indexOf('/')) : '';
    const k = fields.Kind ?? '';
    const terway = group === TERWAY_GROUP ? TERWAY_KINDS[k] : undefined;
    if (terway !== undefined) return { doc: terway.doc, kind: terway.kind, apiVersion: api };
    return { doc: 'describe-other', kind: k.length > 0 ? k : 'Unknown', apiVersion: api };
  }
  if (has('Data') && (has('BinaryData') || resourceHint === undefined || /^(?:cm|configmaps?)$/.test(resourceHint)))
    return { doc: 'configmap', kind: 'ConfigMap' };
  if (has('Namespace') && has('Node') && POD_FIELDS.some(has)) return { doc: 'describe-pod', kind: 'Pod' };
  if (has('Roles') || has('Taints') || has('System Info') || has('Non-terminated Pods'))
    return { doc: 'describe-node', kind: 'Node' };
  if (has('Containers') && has('Node')) return { doc: 'describe-pod', kind: 'Pod' };
  if (resourceHint === undefined) return { doc: 'describe-other', kind: 'Unknown' };
  return HINT_KINDS[resourceHint] ?? { doc: 'describe-other', kind: canonicalKind(resourceHint.replace(/s$/, '')) };
}

export function buildDescribe(lines: NumberedLine[], resourceHint?: string): DescribeResult {
  const sections = splitSections(lines);
  const byKey = new Map<string, Section>();
  for (const s of sections) if (!byKey.has(s.key)) byKey.set(s.key, s);
  const fields: Record<string, string> = {};
  for (const s of sections) {
    if (RAW_SECTIONS.has(s.key) || s.key in CONTAINER_SECTIONS) continue;
    const outline = buildOutline(s.lines);
    // a multi-line top-level value (Taints, Tolerations, a pod Message) continues on unkeyed lines
    let value = s.value;
    for (const l of s.lines) {
      const t = l.text.trim();
      if (t.length > 0 && outline.length === 0 && value.length > 0) value += `\n${t}`;
    }
    if (value.length > 0 && !(s.key in fields)) fields[s.key] = value;
    flatten(outline, s.key, fields);
  }
  const has = (k: string): boolean => byKey.has(k);
  const kind = decideKind(fields, has, resourceHint);
  const first = lines[0] as NumberedLine;
  const last = lines[lines.length - 1] as NumberedLine;
  const obj: DescribedObject = {
    kind: kind.kind,
    name: fields.Name ?? '',
    fields,
    labels: {},
    annotations: {},
    conditions: [],
    containers: [],
    events: [],
    lines: { start: first.no, end: last.no },
  };
  if (kind.apiVersion !== undefined) obj.apiVersion = kind.apiVersion;
  if (fields.Namespace !== undefined && fields.Namespace !== '<none>') obj.namespace = fields.Namespace;
  const labels = byKey.get('Labels');
  if (labels !== undefined) obj.labels = readLabels(labels);
  const annotations = byKey.get('Annotations');
  if (annotations !== undefined) obj.annotations = readAnnotations(annotations);
  for (const s of sections) {
    const init = CONTAINER_SECTIONS[s.key];
    if (init !== undefined) obj.containers.push(...readContainers(buildOutline(s.lines), init));
  }
  const conditions = byKey.get('Conditions');
  if (conditions !== undefined) {
    if (isConditionsTable(conditions.lines)) obj.conditions = readConditionsTable(conditions.lines);
    else
      obj.conditions = readNestedConditions({
        key: 'Conditions',
        value: '',
        indent: 0,
        no: conditions.no,
        children: buildOutline(conditions.lines),
      });
  }
  if (kind.apiVersion !== undefined) {
    for (const s of sections) {
      if (s.key === 'Conditions') continue;
      for (const n of findConditionNodes(buildOutline(s.lines))) obj.conditions.push(...readNestedConditions(n));
    }
  }
  const ref: ObjectRef = { kind: kind.kind, name: obj.name };
  if (kind.apiVersion !== undefined && kind.apiVersion.includes('/'))
    ref.apiGroup = kind.apiVersion.slice(0, kind.apiVersion.indexOf('/'));
  if (obj.namespace !== undefined) ref.namespace = obj.namespace;
  const events = byKey.get('Events');
  if (events !== undefined) {
    const reader = new DescribeEventsReader(ref, (ev) => obj.events.push(ev), eventsWrapWidth(events.lines));
    for (const l of events.lines) reader.push(l.no, l.text, l.spaces);
    reader.flush();
  }
  const result: DescribeResult = { docKind: kind.doc, object: obj, events: obj.events };
  const data = byKey.get('Data');
  if (kind.doc === 'configmap' && data !== undefined) {
    result.config = configFromData(obj.name, readConfigMapData(data.lines), obj.lines);
  }
  return result;
}

/** The terminal width an Events table was wrapped at (0 when it was not): see blockWrapWidth. */
export function eventsWrapWidth(lines: readonly NumberedLine[]): number {
  return blockWrapWidth(lines.map((l) => shownWidth(l.text.length, l.spaces ?? 0)));
}
