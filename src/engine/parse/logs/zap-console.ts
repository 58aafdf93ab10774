// zap's console encoder (controller-runtime's development logger, many operators): tab-separated
// `time \t LEVEL \t [logger \t] [caller \t] message [\t {json fields}]`, e.g.
// `2024-01-08T03:25:41.123Z	ERROR	controller.podeni	Reconciler error	{"name": "nginx-1", "error": "…"}`.
// The time is ISO 8601 (with `Z`, `+08:00` or `+0800`) or epoch seconds (`1.7045e+09`).

import type { ParsedLine } from './parsed-line';
import { levelFromName } from './levels';
import { epochToIso, fieldText, parseJsonObject } from './json-values';

const TIME = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?|\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;
const CALLER = /^[\w./@-]+\.go:\d+$/;

export function parseZapConsole(s: string, out: ParsedLine): boolean {
  const tab = s.indexOf('\t');
  if (tab < 8 || tab > 40) return false;
  const parts = s.split('\t');
  const time = parts[0] as string;
  const level = levelFromName(parts[1] ?? '');
  if (parts.length < 3 || level === undefined || !TIME.test(time)) return false;
  out.format = 'controller-runtime';
  out.level = level;
  const iso = time.charCodeAt(4) === 45 /* - */ ? time : epochToIso(Number(time));
  if (iso !== undefined) out.time = iso;
  let rest = parts.slice(2);
  const last = rest[rest.length - 1] as string;
  // a trailing JSON object holds the fields; anything else stays message text
  const fields = rest.length > 1 && last.charCodeAt(0) === 123 ? parseJsonObject(last) : undefined;
  if (fields) {
    for (const [k, v] of Object.entries(fields)) out.fields[k] = fieldText(v);
    rest = rest.slice(0, -1);
  }
  out.message = rest.pop() ?? '';
  for (const p of rest) {
    if (out.caller === undefined && CALLER.test(p)) out.caller = p;
    else if (out.component === undefined) out.component = p;
  }
  return true;
}
