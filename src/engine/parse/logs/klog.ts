// klog text (`I0416 22:26:30.150357   10125 kubelet.go:2373] "msg" k=v`), Terway's v1.3–v1.11 klog look-alike
// (`I0829 14:45:54.233411 pool.go:598] k=v message`: no PID, variable fraction, levels D T P too), and
// controller-runtime klogr FormatSerialize (`setup "msg"="…" "error"="…"`).

import type { ParsedLine } from './parsed-line.ts';
import { levelFromLetter } from './levels.ts';
import { readQuoted, scanPairs, scanSortedPairs } from './kv.ts';

// PID right-aligned in 7 columns, fraction always 6 digits.
const KLOG = /^([IWEF])(\d\d)(\d\d) (\d\d:\d\d:\d\d\.\d{6}) +(\d+) ([^\s:\]]*):(\d+)\] ?/;
// Terway custom logrus formatter: `%s%s %s %s]`, caller may be empty.
const LEGACY = /^([IWEDTFP])(\d\d)(\d\d) (\d\d:\d\d:\d\d(?:\.\d{1,9})?) (?:([^\s:\]]+):(\d+))?\] ?/;

/** Cheap pre-check: a level letter followed by a digit. */
export function looksKlogLike(s: string): boolean {
  const c = s.charCodeAt(0);
  const d = s.charCodeAt(1);
  return d >= 48 && d <= 57 && (c === 73 || c === 87 || c === 69 || c === 70 || c === 68 || c === 84 || c === 80);
}

export function parseKlogFamily(s: string, out: ParsedLine): boolean {
  let m = KLOG.exec(s);
  if (m !== null) {
    out.format = 'klog';
    out.level = levelFromLetter(m[1] as string);
    out.time = `${m[2]}-${m[3]}T${m[4]}`;
    out.pid = Number(m[5]);
    out.caller = `${m[6]}:${m[7]}`;
    parseKlogBody(s.slice(m[0].length), out);
    return true;
  }
  m = LEGACY.exec(s);
  if (m === null) return false;
  out.format = 'terway-legacy';
  out.level = levelFromLetter(m[1] as string);
  out.time = `${m[2]}-${m[3]}T${m[4]}`;
  if (m[5] !== undefined) out.caller = `${m[5]}:${m[6]}`;
  const body = s.slice(m[0].length);
  if (body.indexOf('"msg"=') !== -1) {
    parseKlogBody(body, out); // klogr output written through the same formatter
  } else {
    out.message = scanSortedPairs(body, out.fields);
  }
  return true;
}

/** The part after `] `: structured `"msg" k=v`, klogr `name "msg"="…"`, or free text. */
export function parseKlogBody(body: string, out: ParsedLine): void {
  const msgKey = body.indexOf('"msg"=');
  if (msgKey !== -1 && (msgKey === 0 || body.charCodeAt(msgKey - 1) === 32)) {
    out.format = 'controller-runtime';
    const name = body.slice(0, msgKey).trim();
    if (name.length > 0) out.component = name;
    const r = scanPairs(body, msgKey, out.fields, true);
    out.message = out.fields.msg ?? '';
    delete out.fields.msg;
    if (r.openKey !== undefined) out.openKey = r.openKey;
    return;
  }
  if (body.charCodeAt(0) === 34 /* " */) {
    const q = readQuoted(body, 0);
    out.message = q.value;
    const r = scanPairs(body, q.end, out.fields);
    if (r.openKey !== undefined) out.openKey = r.openKey;
    if (r.rest.length > 0) out.message += ' ' + r.rest;
    if (out.fields.logger !== undefined) out.component = out.fields.logger;
    return;
  }
  out.message = body;
}
