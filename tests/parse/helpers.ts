// Shared test helpers for the parser specs.

import type { LineRange, ParsedInput } from '../../src/engine/records.ts';

/** Every line range a parse produced (documents, records, and events nested in described objects). */
export function recordRanges(p: ParsedInput): LineRange[] {
  const out: LineRange[] = [];
  for (const d of p.documents) out.push(d.lines);
  for (const e of p.events) out.push(e.lines);
  for (const l of p.logs) out.push(l.lines);
  for (const r of p.pods) out.push(r.lines);
  for (const o of p.objects) {
    out.push(o.lines);
    for (const e of o.events) out.push(e.lines);
  }
  for (const c of p.configs) out.push(c.lines);
  for (const i of p.inspects) out.push(i.lines);
  return out;
}
