// Rows of the describe Events table before kubectl 1.8 (spec §1.6):
//  - ≈1.2–1.7: `FirstSeen LastSeen Count From SubObjectPath Type Reason Message`, relative times, TAB padding
//  - ≤≈1.1: `FirstSeen LastSeen Count From SubobjectPath Reason Message`, no Type, RFC1123Z times,
//    From as the Go struct `{kubelet 10.210.8.122}`
// Tab padding loses empty cells when split, so rows are anchored on tokens, not cell positions.

import type { EventRecord } from '../../records.ts';
import { DURATION } from '../grammar.ts';
import { splitSource } from './message.ts';

const OLD_ROW = new RegExp(
  `^(${DURATION})\\s+(${DURATION})\\s+(\\d+)\\s+(.*?)\\s+(Normal|Warning)\\s+([A-Za-z][\\w.-]*)\\s+(.*)$`,
);
const SUB_OBJECT =
  /^(?:spec\.(?:init)?[cC]ontainers\{[^}]*\}|spec\.ephemeralContainers\{[^}]*\}|implicitly required container POD)$/;

const RFC1123Z = '[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}';
const ANCIENT_ROW = new RegExp(
  `^(${RFC1123Z})\\s+(${RFC1123Z})\\s+(\\d+)\\s+(\\{[^}]*\\}|\\S+)\\s+` +
    `(?:(spec\\.\\S+\\{[^}]*\\}|implicitly required container POD)\\s+)?(?:(Normal|Warning)\\s+)?([A-Za-z][\\w.-]*)\\s+(.*)$`,
);
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** `Thu, 26 Mar 2015 15:39:53 -0700` → `2015-03-26T15:39:53-07:00` */
export function rfc1123zToIso(t: string): string | undefined {
  const m = /^\w{3}, (\d\d) (\w{3}) (\d{4}) (\d\d:\d\d:\d\d) ([+-]\d\d)(\d\d)$/.exec(t);
  if (m === null) return undefined;
  const month = MONTHS.indexOf(m[2] as string) / 3 + 1;
  if (month < 1 || !Number.isInteger(month)) return undefined;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]}T${m[4]}${m[5]}:${m[6]}`;
}

/** ≈1.2–1.7 row (the line as printed, tabs kept). */
export function parseOldRow(t: string, no: number): EventRecord | null {
  const m = OLD_ROW.exec(t);
  if (m === null) return null;
  const middle = (m[4] as string).split(/\t+|\s{2,}/).filter((s) => s.length > 0);
  let fieldPath: string | undefined;
  if (middle.length > 1 && SUB_OBJECT.test(middle[middle.length - 1] as string)) fieldPath = middle.pop();
  const ev: EventRecord = {
    type: m[5] as string,
    reason: m[6] as string,
    message: m[7] as string,
    count: Number(m[3]),
    age: m[2] as string,
    firstSeenAge: m[1] as string,
    lines: { start: no, end: no },
  };
  Object.assign(ev, splitSource(middle.join(' ')));
  if (fieldPath !== undefined) ev.object = { fieldPath };
  return ev;
}

/** ≤1.1 row: absolute first/last times; no Type column (the Event API had none), so `type` stays empty. */
export function parseAncientRow(t: string, no: number): EventRecord | null {
  const m = ANCIENT_ROW.exec(t);
  if (m === null) return null;
  const ev: EventRecord = {
    type: m[6] ?? '',
    reason: m[7] as string,
    message: m[8] as string,
    count: Number(m[3]),
    lines: { start: no, end: no },
  };
  const first = rfc1123zToIso(m[1] as string);
  const last = rfc1123zToIso(m[2] as string);
  if (first !== undefined) ev.firstTimestamp = first;
  if (last !== undefined) ev.lastTimestamp = last;
  Object.assign(ev, splitSource(m[4] as string));
  if (m[5] !== undefined) ev.object = { fieldPath: m[5] };
  return ev;
}
