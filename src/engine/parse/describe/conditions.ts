// Conditions: the pod table (`Type  Status`), the node table (Type Status LastHeartbeatTime LastTransitionTime
// Reason Message, incl. Terway's SufficientIP/InsufficientIP), and custom resources' nested condition lists/maps.

import type { Condition } from '../../records';
import { splitCells } from '../grammar';
import type { NumberedLine, OutlineNode } from './outline';
import { child } from './outline';

const HEADER = /^\s*Type\s+Status\b/;
const DASHES = /^[\s-]+$/;
const RFC1123Z = '\\w{3}, \\d\\d \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}';
// a node row with its columns collapsed to single spaces
const COLLAPSED_NODE_ROW = new RegExp(`^(\\S+) (True|False|Unknown) (${RFC1123Z}) (${RFC1123Z}) (\\S+)(?: (.*))?$`);

/** Whether the section lines are a table (core Pod/Node) rather than nested key/values. */
export function isConditionsTable(lines: NumberedLine[]): boolean {
  const first = lines.find((l) => l.text.trim().length > 0);
  return first !== undefined && HEADER.test(first.text);
}

export function readConditionsTable(lines: NumberedLine[]): Condition[] {
  const out: Condition[] = [];
  let wide = false;
  for (const { text } of lines) {
    const t = text.trim();
    if (t.length === 0) continue;
    if (HEADER.test(text)) {
      wide = /LastHeartbeatTime|Reason/.test(text);
      continue;
    }
    if (DASHES.test(t)) continue;
    if (!wide) {
      const tok = t.split(/\s+/);
      if (tok.length >= 2 && /^(True|False|Unknown)$/.test(tok[1] as string))
        out.push({ type: tok[0] as string, status: tok[1] as string });
      continue;
    }
    const cells = splitCells(t);
    if (cells.length >= 5 && /^(True|False|Unknown)$/.test(cells[1] as string)) {
      const cond: Condition = { type: cells[0] as string, status: cells[1] as string, reason: cells[4] as string };
      if (cells.length > 5) {
        const msgStart = t.indexOf(cells[5] as string, t.indexOf(cells[4] as string) + (cells[4] as string).length);
        cond.message = t.slice(msgStart);
      }
      out.push(cond);
      continue;
    }
    const m = COLLAPSED_NODE_ROW.exec(t);
    if (m !== null) {
      const cond: Condition = { type: m[1] as string, status: m[2] as string, reason: m[5] as string };
      if (m[6] !== undefined) cond.message = m[6];
      out.push(cond);
      continue;
    }
    // a message that went on over several lines
    const prev = out[out.length - 1];
    if (prev !== undefined) prev.message = prev.message !== undefined ? `${prev.message}\n${t}` : t;
  }
  return out;
}

/**
 * Nested conditions of a custom resource: a list printed as repeated key groups with no separator (a new item
 * starts when its first key repeats), or a map keyed by condition type (Terway's ENI `Conditions`).
 */
export function readNestedConditions(node: OutlineNode): Condition[] {
  const out: Condition[] = [];
  const kids = node.children;
  if (kids.length === 0) return out;
  if (kids.every((k) => k.value.length === 0 && k.children.length > 0)) {
    for (const k of kids) out.push(toCondition(k.children, k.key));
    return out;
  }
  const firstKey = (kids[0] as OutlineNode).key;
  let group: OutlineNode[] = [];
  for (const k of kids) {
    if (k.key === firstKey && group.length > 0) {
      out.push(toCondition(group));
      group = [];
    }
    group.push(k);
  }
  if (group.length > 0) out.push(toCondition(group));
  return out;
}

function toCondition(fields: OutlineNode[], typeFallback?: string): Condition {
  const holder: OutlineNode = { key: '', value: '', indent: 0, no: 0, children: fields };
  const cond: Condition = {
    type: child(holder, 'Type')?.value ?? typeFallback ?? '',
    status: child(holder, 'Status')?.value ?? '',
  };
  const reason = child(holder, 'Reason')?.value;
  if (reason) cond.reason = reason;
  const message = child(holder, 'Message')?.value;
  if (message) cond.message = message;
  return cond;
}

/** Finds `Conditions` nodes anywhere under a custom resource's sections. */
export function findConditionNodes(nodes: OutlineNode[], out: OutlineNode[] = []): OutlineNode[] {
  for (const n of nodes) {
    if (n.key === 'Conditions' && n.children.length > 0) out.push(n);
    else findConditionNodes(n.children, out);
  }
  return out;
}
