// One JSON object per line: zap, controller-runtime zap, kata-in-journald.

import type { ParsedLine } from './parsed-line';
import { levelFromName, levelFromNumber } from './levels';
import { epochToIso, fieldText, parseJsonObject } from './json-values';

const MESSAGE_KEYS = ['msg', 'message', 'MESSAGE'];
const TIME_KEYS = ['ts', 'time', 'timestamp', '@timestamp'];
const CALLER_KEYS = ['caller', 'source'];
const COMPONENT_KEYS = ['logger', 'component', 'name'];

/** Parses `{…}` when it is a log object; false for other JSON (or not JSON). */
export function parseJsonLog(s: string, out: ParsedLine): boolean {
  if (s.charCodeAt(s.length - 1) !== 125 /* } */) return false;
  const o = parseJsonObject(s);
  if (!o) return false;
  if (!('level' in o) && !('msg' in o) && !('message' in o) && !('severity' in o)) return false;
  if ('kind' in o && 'apiVersion' in o) return false; // a Kubernetes object, not a log line
  out.format = 'json';
  const used = new Set<string>();
  const pick = (keys: string[]): unknown => {
    for (const k of keys) {
      if (o[k] !== undefined && o[k] !== null) {
        used.add(k);
        return o[k];
      }
    }
    return undefined;
  };
  const msg = pick(MESSAGE_KEYS);
  out.message = typeof msg === 'string' ? msg : msg === undefined ? '' : JSON.stringify(msg);
  const level = pick(['level', 'severity', 'lvl']);
  if (typeof level === 'string') out.level = levelFromName(level);
  else if (typeof level === 'number') out.level = levelFromNumber(level);
  const ts = pick(TIME_KEYS);
  if (typeof ts === 'string') out.time = ts;
  else if (typeof ts === 'number') {
    const iso = epochToIso(ts);
    if (iso !== undefined) out.time = iso;
  }
  const caller = pick(CALLER_KEYS);
  if (typeof caller === 'string') out.caller = caller;
  const component = pick(COMPONENT_KEYS);
  if (typeof component === 'string') out.component = component;
  for (const k of Object.keys(o)) {
    if (used.has(k)) continue;
    out.fields[k] = fieldText(o[k]);
  }
  return true;
}
