// Top-level sections of a describe: each starts with a `Key:` at column 0. A column-0 line is only a new key
// when it is one kubectl prints at the top level (or, for custom resources, a smartLabel-style key); otherwise it
// is the continuation of a multi-line value (a terminated container's Message, an event message).

import { indentOf } from '../grammar';
import type { NumberedLine } from './outline';
import { splitKeyValue } from './outline';

const TOP_KEYS = new Set([
  // Pod
  'Name',
  'Namespace',
  'Priority',
  'Priority Class Name',
  'PriorityClassName',
  'Runtime Class Name',
  'Service Account',
  'Node',
  'Start Time',
  'Labels',
  'Annotations',
  'Status',
  'Termination Grace Period',
  'Reason',
  'Message',
  'SeccompProfile',
  'LocalhostProfile',
  'IP',
  'IPs',
  'Created By',
  'Controlled By',
  // ≤1.6
  'Image(s)',
  'Replication Controllers',
  'Controllers',
  'NominatedNodeName',
  'Nominated Node Name',
  'Resources',
  'Init Containers',
  'Containers',
  'Ephemeral Containers',
  'Readiness Gates',
  'Scheduling Gates',
  'Conditions',
  'Volumes',
  'QoS Class',
  'Node-Selectors',
  'Tolerations',
  'Topology Spread Constraints',
  'Events',
  // Node
  'Roles',
  'CreationTimestamp',
  'Taints',
  'Unschedulable',
  'Lease',
  'Addresses',
  'Capacity',
  'Allocatable',
  'System Info',
  'PodCIDR',
  'PodCIDRs',
  'ProviderID',
  'Non-terminated Pods',
  'Allocated resources',
  'Runtime Handlers',
  'Features',
  // custom resources and other kinds
  'API Version',
  'Kind',
  'Metadata',
  'Spec',
  'Selector',
  'Type',
  'Data',
  'BinaryData',
]);
/** kubectl ≤1.6 printed this in place of `Events:  <none>` */
export const NO_EVENTS = 'No events.';
// capitalised words (`Pod ENI`, `IPv4 Sets`); one way to read each word, or a failing key backtracks exponentially
const SMART_LABEL = /^[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*$/;

export interface Section {
  key: string;
  value: string;
  no: number;
  /** column of the value on the key line (for Labels/Annotations continuation lines) */
  valueColumn: number;
  /** following lines up to the next section */
  lines: NumberedLine[];
}

/** Splits describe lines (already dedented) into top-level sections. */
export function splitSections(lines: NumberedLine[]): Section[] {
  const out: Section[] = [];
  let cr = false;
  let cmData = false;
  let inEvents = false;
  let afterTopKey = false; // the previous non-blank line was a top-level key line
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as NumberedLine;
    const text = line.text;
    const next = lines[i + 1]?.text ?? '';
    const cur = out[out.length - 1];
    // ConfigMap / Secret describe: `Data` / `BinaryData` underlined with `====`
    if ((text === 'Data' || text === 'BinaryData') && /^=+$/.test(next) && !inEvents) {
      out.push({ key: text, value: '', no: line.no, valueColumn: 0, lines: [] });
      cmData = true;
      i++;
      continue;
    }
    // kubectl ≤1.6: `No events.` closes the object; it is no continuation of the value above it
    if (text === NO_EVENTS && !inEvents) {
      out.push({ key: 'Events', value: '<none>', no: line.no, valueColumn: 0, lines: [] });
      inEvents = true;
      continue;
    }
    if (text.trim().length > 0 && indentOf(text) === 0 && !inEvents) {
      const kv = splitKeyValue(text);
      const isKey =
        kv !== null &&
        (cmData ? kv.key === 'Events' : TOP_KEYS.has(kv.key) || ((cr || afterTopKey) && SMART_LABEL.test(kv.key)));
      if (kv !== null && isKey) {
        if (kv.key === 'API Version') cr = true;
        if (kv.key === 'Events') inEvents = true;
        cmData = false;
        out.push({ key: kv.key, value: kv.value, no: line.no, valueColumn: kv.valueColumn, lines: [] });
        afterTopKey = true;
        continue;
      }
    }
    if (cur !== undefined) cur.lines.push(line);
    if (text.trim().length > 0) afterTopKey = false;
  }
  return out;
}
