// Rows of the describe Events table before kubectl 1.8:
//  - ≈1.2–1.7: `FirstSeen LastSeen Count From SubObjectPath Type Reason Message`, relative times, TAB padding
//  - ≤≈1.1: `FirstSeen LastSeen Count From SubobjectPath Reason Message`, no Type, RFC1123Z times,
//    From as the Go struct `{kubelet 10.210.8.122}`
// Tab padding loses empty cells when split, so rows are anchored on tokens, not cell positions.

import type { EventRecord } from '../../records';
import { DURATION, REASON_RE } from '../grammar';
import { splitSource } from './message';

// One regex per row would backtrack over long runs of spaces (the lazy From cell before `\s+Normal`), so a row is
// read in steps: the leading times and count, then the type and reason found after them, then the message.
const OLD_HEAD = new RegExp(`^(${DURATION})\\s+(${DURATION})\\s+(\\d+)(\\s+)`);
/** `\tNormal\tReason\t`: one whitespace before the type, so a search never rescans a run of spaces */
const TYPE_AND_REASON = /\s(Normal|Warning)\s+([A-Za-z][\w.-]*)\s+/g;
const SUB_OBJECT =
  /^(?:spec\.(?:init)?[cC]ontainers\{[^}]*\}|spec\.ephemeralContainers\{[^}]*\}|implicitly required container POD)$/;

const RFC1123Z = '[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}';
const ANCIENT_HEAD = new RegExp(`^(${RFC1123Z})\\s+(${RFC1123Z})\\s+(\\d+)\\s+`);
/** a field path cell: `spec.containers{nginx}` */
const FIELD_PATH = /^spec\.[^\s{]+\{[^}]*\}$/;
const IMPLICIT_POD = 'implicitly required container POD';
const SPACES = /\s*/y;
const TOKEN = /\S*/y;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** `Thu, 26 Mar 2015 15:39:53 -0700` → `2015-03-26T15:39:53-07:00` */
export function rfc1123zToIso(t: string): string | undefined {
  const m = /^\w{3}, (\d\d) (\w{3}) (\d{4}) (\d\d:\d\d:\d\d) ([+-]\d\d)(\d\d)$/.exec(t);
  if (m === null) return undefined;
  const month = MONTHS.indexOf(m[2] as string) / 3 + 1;
  if (month < 1 || !Number.isInteger(month)) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]}T${m[4]}${m[5]}:${m[6]}`;
}

/** Where the whitespace run at `i` ends (`i` when there is none). */
function skipSpaces(t: string, i: number): number {
  SPACES.lastIndex = i;
  SPACES.test(t);
  return SPACES.lastIndex;
}

/** The run of non-whitespace at `i` ('' when there is none). */
function tokenAt(t: string, i: number): string {
  TOKEN.lastIndex = i;
  return TOKEN.exec(t)?.[0] ?? '';
}

/** ≈1.2–1.7 row (the line as printed, tabs kept). */
export function parseOldRow(t: string, no: number): EventRecord | null {
  const head = OLD_HEAD.exec(t);
  if (head === null) return null;
  const afterHead = head[0].length;
  // an empty From cell still needs two whitespace characters between the count and the type
  TYPE_AND_REASON.lastIndex = Math.max(afterHead - 1, afterHead - (head[4] as string).length + 1);
  const m = TYPE_AND_REASON.exec(t);
  if (m === null) return null;
  const middle = t
    .slice(afterHead, Math.max(afterHead, m.index))
    .trimEnd()
    .split(/\t+|\s{2,}/)
    .filter((s) => s.length > 0);
  let fieldPath: string | undefined;
  if (middle.length > 1 && SUB_OBJECT.test(middle[middle.length - 1] as string)) fieldPath = middle.pop();
  const ev: EventRecord = {
    type: m[1] as string,
    reason: m[2] as string,
    message: t.slice(m.index + m[0].length),
    count: Number(head[3]),
    age: head[2] as string,
    firstSeenAge: head[1] as string,
    lines: { start: no, end: no },
  };
  Object.assign(ev, splitSource(middle.join(' ')));
  if (fieldPath !== undefined) ev.object = { fieldPath };
  return ev;
}

/** ≤1.1 row: absolute first/last times; no Type column (the Event API had none), so `type` stays empty. */
export function parseAncientRow(t: string, no: number): EventRecord | null {
  const head = ANCIENT_HEAD.exec(t);
  if (head === null) return null;
  let i = head[0].length;
  // From: the Go struct `{kubelet 10.210.8.122}` (spaces inside) or one token
  const close = t.charCodeAt(i) === 123 /* { */ ? t.indexOf('}', i) : -1;
  const from = close !== -1 && skipSpaces(t, close + 1) > close + 1 ? t.slice(i, close + 1) : tokenAt(t, i);
  i = skipSpaces(t, i + from.length);
  let fieldPath: string | undefined;
  const cell = t.startsWith(IMPLICIT_POD, i) ? IMPLICIT_POD : tokenAt(t, i);
  if ((cell === IMPLICIT_POD || FIELD_PATH.test(cell)) && skipSpaces(t, i + cell.length) > i + cell.length) {
    fieldPath = cell;
    i = skipSpaces(t, i + cell.length);
  }
  // `Normal Reason message`, or no type at all (then even `Normal` may be the reason)
  let type = '';
  let reason = tokenAt(t, i);
  let message = skipSpaces(t, i + reason.length);
  if ((reason === 'Normal' || reason === 'Warning') && message > i + reason.length) {
    const r = tokenAt(t, message);
    const m = skipSpaces(t, message + r.length);
    if (REASON_RE.test(r) && m > message + r.length) {
      type = reason;
      reason = r;
      message = m;
    }
  }
  // whitespace follows the reason even before an empty message
  if (!REASON_RE.test(reason) || message === i + reason.length) return null;
  const ev: EventRecord = {
    type,
    reason,
    message: t.slice(message),
    count: Number(head[3]),
    lines: { start: no, end: no },
  };
  const first = rfc1123zToIso(head[1] as string);
  const last = rfc1123zToIso(head[2] as string);
  if (first !== undefined) ev.firstTimestamp = first;
  if (last !== undefined) ev.lastTimestamp = last;
  Object.assign(ev, splitSource(from));
  if (fieldPath !== undefined) ev.object = { fieldPath };
  return ev;
}
