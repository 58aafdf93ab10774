// `kubectl describe` lines → an indentation tree. Each line is split at the first `:` followed by whitespace or
// the end of the line (never by column: the value column moves from tabwriter block to block). Lines that are
// not `key: value` (label lines, list items, continuation lines of multi-line values) extend the node above.

import { indentOf } from '../grammar';

export interface KeyValue {
  indent: number;
  key: string;
  value: string;
  /** column where the value starts */
  valueColumn: number;
}

export function splitKeyValue(line: string): KeyValue | null {
  const indent = indentOf(line);
  let i = line.indexOf(':', indent);
  while (i !== -1) {
    const next = line.charCodeAt(i + 1);
    if (i + 1 === line.length || next === 32 || next === 9) break;
    i = line.indexOf(':', i + 1);
  }
  if (i <= indent || i - indent > 120) return null;
  const key = line.slice(indent, i);
  // a key has no run of spaces (that is a table row) and does not start like a list item or quote
  if (
    key.includes('  ') ||
    key.includes('\t') ||
    key.charCodeAt(0) === 45 ||
    key.charCodeAt(0) === 34 ||
    key.endsWith(' ')
  )
    return null;
  const rest = line.slice(i + 1);
  const pad = indentOf(rest);
  return { indent, key, value: rest.slice(pad).trimEnd(), valueColumn: i + 1 + pad };
}

export interface OutlineNode {
  key: string;
  value: string;
  indent: number;
  no: number;
  children: OutlineNode[];
}

export interface NumberedLine {
  no: number;
  text: string;
  /** trailing spaces normalisation trimmed (terminal-wrap detection in the Events table) */
  spaces?: number;
}

/**
 * Builds the tree of a section's child lines. Column-0 lines inside a section are continuation lines of a
 * multi-line value (kubectl writes them with no indent), so they extend the current node.
 */
export function buildOutline(lines: NumberedLine[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  let last: OutlineNode | undefined;
  for (const { no, text } of lines) {
    if (text.trim().length === 0) continue;
    const kv = indentOf(text) > 0 ? splitKeyValue(text) : null;
    if (kv === null) {
      if (last !== undefined) {
        const piece = indentOf(text) > 0 ? text.trim() : text;
        last.value = last.value.length > 0 ? `${last.value}\n${piece}` : piece;
      }
      continue;
    }
    const node: OutlineNode = { key: kv.key, value: kv.value, indent: kv.indent, no, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1] as OutlineNode).indent >= kv.indent) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
    stack.push(node);
    last = node;
  }
  return roots;
}

export function child(node: OutlineNode | undefined, key: string): OutlineNode | undefined {
  return node?.children.find((c) => c.key === key);
}

/** Flattens `Key: value` nodes to dotted paths (`Spec.ENI.Security Group IDs`). */
export function flatten(nodes: OutlineNode[], prefix: string, out: Record<string, string>): void {
  for (const n of nodes) {
    const path = prefix.length > 0 ? `${prefix}.${n.key}` : n.key;
    if (n.value.length > 0) out[path] = n.value;
    flatten(n.children, path, out);
  }
}
