// klog text (`I0416 22:26:30.150357   10125 kubelet.go:2373] "msg" k=v`), Terway's v1.3–v1.11 klog look-alike
// (`I0829 14:45:54.233411 pool.go:598] k=v message`: no PID, variable fraction, levels D T P too), and
// controller-runtime klogr FormatSerialize (`setup "msg"="…" "error"="…"`).

import type { ParsedLine } from './parsed-line';
import { levelFromLetter } from './levels';
import { cursor, readQuoted, scanPairs, scanSortedPairs } from './kv';

// klog's header `Lmmdd hh:mm:ss.uuuuuu PPPPPPP file:line] ` (PID right-aligned in 7 columns, fraction always
// 6 digits) is read by position rather than by a regex: it is the hottest path on 100 MB logs.
// Terway custom logrus formatter: `%s%s %s %s]`, caller may be empty.
const LEGACY = /^([IWEDTFP])(\d\d)(\d\d) (\d\d:\d\d:\d\d(?:\.\d{1,9})?) (?:([^\s:\]]+):(\d+))?\] ?/;

/** Cheap pre-check: a level letter followed by a digit. */
export function looksKlogLike(s: string): boolean {
  const c = s.charCodeAt(0);
  const d = s.charCodeAt(1);
  return d >= 48 && d <= 57 && (c === 73 || c === 87 || c === 69 || c === 70 || c === 68 || c === 84 || c === 80);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Index after the klog header that starts at `s[at]` (and its trailing space), or -1; the line ends at `end`. */
function klogHeaderEnd(s: string, at = 0, end = s.length): number {
  const c = s.charCodeAt(at);
  if (c !== 73 && c !== 87 && c !== 69 && c !== 70) return -1; // I W E F
  // `Lmmdd hh:mm:ss.uuuuuu `, checked position by position (a line terminator fails every check)
  if (
    s.charCodeAt(at + 5) !== 32 ||
    s.charCodeAt(at + 8) !== 58 ||
    s.charCodeAt(at + 11) !== 58 ||
    s.charCodeAt(at + 14) !== 46 ||
    s.charCodeAt(at + 21) !== 32 ||
    !isDigit(s.charCodeAt(at + 1)) ||
    !isDigit(s.charCodeAt(at + 2)) ||
    !isDigit(s.charCodeAt(at + 3)) ||
    !isDigit(s.charCodeAt(at + 4)) ||
    !isDigit(s.charCodeAt(at + 6)) ||
    !isDigit(s.charCodeAt(at + 7)) ||
    !isDigit(s.charCodeAt(at + 9)) ||
    !isDigit(s.charCodeAt(at + 10)) ||
    !isDigit(s.charCodeAt(at + 12)) ||
    !isDigit(s.charCodeAt(at + 13))
  )
    return -1;
  for (let k = at + 15; k < at + 21; k++) if (!isDigit(s.charCodeAt(k))) return -1;
  let i = at + 22;
  while (s.charCodeAt(i) === 32) i++;
  const pidStart = i;
  while (isDigit(s.charCodeAt(i))) i++;
  if (i === pidStart || s.charCodeAt(i) !== 32) return -1;
  i++;
  // the file name is the one run that may hold anything: it must not run on past the line's end
  while (i < end) {
    const f = s.charCodeAt(i);
    if (f === 58 /* : */ || f === 32 || f === 93 /* ] */) break;
    i++;
  }
  if (i >= end || s.charCodeAt(i) !== 58) return -1;
  i++;
  const lineStart = i;
  while (isDigit(s.charCodeAt(i))) i++;
  if (i === lineStart || i >= end || s.charCodeAt(i) !== 93) return -1;
  i++;
  return i < end && s.charCodeAt(i) === 32 ? i + 1 : i;
}

/**
 * Whether the line `s[at..end)` is a klog line at info level (I: a warning goes on the timeline) that ends
 * in a visible character other than `<` (so normalising leaves it as it is and no `key=<` value opens on
 * it). Read in place, without cutting the line out.
 */
export function isInfoKlogLine(s: string, at: number, end: number): boolean {
  const c = s.charCodeAt(at);
  const last = s.charCodeAt(end - 1);
  return c === 73 && last > 32 && last < 127 && last !== 60 && klogHeaderEnd(s, at, end) !== -1;
}

/** Whether `s` starts with a klog header (any level): a line that begins a record of its own. */
export function isKlogLine(s: string): boolean {
  return klogHeaderEnd(s) !== -1;
}

export function parseKlogFamily(s: string, out: ParsedLine): boolean {
  const end = klogHeaderEnd(s);
  if (end !== -1) {
    out.format = 'klog';
    out.level = levelFromLetter(s.charAt(0));
    out.time = s.slice(1, 3) + '-' + s.slice(3, 5) + 'T' + s.slice(6, 21);
    let p = 22;
    while (s.charCodeAt(p) === 32) p++;
    const pidEnd = s.indexOf(' ', p);
    // the header check proved the PID is digits; short ones are summed in place (exact below 2^53)
    if (pidEnd - p <= 15) {
      let pid = 0;
      for (let k = p; k < pidEnd; k++) pid = pid * 10 + s.charCodeAt(k) - 48;
      out.pid = pid;
    } else out.pid = Number(s.slice(p, pidEnd));
    out.caller = s.slice(pidEnd + 1, s.charCodeAt(end - 1) === 32 ? end - 2 : end - 1);
    parseKlogBody(s.slice(end), out);
    return true;
  }
  const m = LEGACY.exec(s);
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

/**
 * `body.indexOf('"msg"=')`, searched from the `m`: `"` opens every quoted value of a klog line, so a search led by
 * it stops far more often.
 */
function indexOfMsgKey(body: string): number {
  let k = body.indexOf('msg"=', 1);
  while (k !== -1 && body.charCodeAt(k - 1) !== 34) k = body.indexOf('msg"=', k + 1);
  return k === -1 ? -1 : k - 1;
}

/** The part after `] `: structured `"msg" k=v`, klogr `name "msg"="…"`, or free text. */
export function parseKlogBody(body: string, out: ParsedLine): void {
  const msgKey = indexOfMsgKey(body);
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
    out.message = readQuoted(body, 0);
    const r = scanPairs(body, cursor.end, out.fields);
    if (r.openKey !== undefined) out.openKey = r.openKey;
    if (r.rest.length > 0) out.message += ' ' + r.rest;
    if (out.fields.logger !== undefined) out.component = out.fields.logger;
    return;
  }
  out.message = body;
}
