// Labels (`k=v`, one per line) and Annotations (`k: v` since ≈1.12, `k=v` before; long values on their own lines
// indented two more columns).

import type { Section } from './sections';
import { indentOf } from '../grammar';
import { splitKeyValue } from './outline';

export function readLabels(section: Section): Record<string, string> {
  const out: Record<string, string> = {};
  const items = [section.value, ...section.lines.map((l) => l.text.trim())];
  for (const item of items) {
    if (item.length === 0 || item === '<none>') continue;
    const eq = item.indexOf('=');
    if (eq > 0) out[item.slice(0, eq)] = item.slice(eq + 1);
    else out[item] = '';
  }
  return out;
}

export function readAnnotations(section: Section): Record<string, string> {
  const out: Record<string, string> = {};
  let current: string | undefined;
  const add = (text: string, column: number): void => {
    const t = text.trim();
    if (t.length === 0 || t === '<none>') return;
    if (current !== undefined && column > section.valueColumn) {
      out[current] = out[current] === '' ? t : `${out[current]}\n${t}`;
      return;
    }
    const kv = splitKeyValue(t);
    const eq = t.indexOf('=');
    if (kv !== null && (eq === -1 || eq > kv.key.length)) {
      current = kv.key;
      out[current] = kv.value;
    } else if (eq > 0) {
      current = t.slice(0, eq);
      out[current] = t.slice(eq + 1);
    } else if (current !== undefined) {
      out[current] += `\n${t}`;
    }
  };
  add(section.value, section.valueColumn);
  for (const l of section.lines) add(l.text, indentOf(l.text));
  return out;
}
