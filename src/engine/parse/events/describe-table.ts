// The Events table of `kubectl describe`, in every layout kubectl has printed:
//  - 1.8+: `Type Reason Age From Message`, padding 2 (From `kubelet, node` in 1.8–1.19, `kubelet` since 1.20)
//  - ≈1.2–1.7 and ≤1.1 (legacy-rows.ts)
//  - pasted with the columns collapsed to single spaces
// A multi-line message continues at column 0 and breaks the alignment, so rows are read by grammar, not offsets.
// Any column-0 line that is not a row continues the message (even one that looks like a log line): the handler
// around the table decides where the table ends.

import type { EventRecord, ObjectRef } from '../../records';
import { isPagerChopped } from '../../text/normalise';
import { AGE, parseAge } from '../grammar';
import { finishEventMessage, splitSource } from './message';
import { parseAncientRow, parseOldRow } from './legacy-rows';
import { shownWidth, wrapJoiner } from '../wrap';

const MODERN_HEADER = /^\s*Type\s+Reason\s+Age\s+From\s+Message\s*$/;
const OLD_HEADER = /^\s*FirstSeen\s+LastSeen\s+Count\s+From\s+Sub[Oo]bject[Pp]ath\s+(?:Type\s+)?Reason\s+Message\s*$/;
// dashes since 1.2, box-drawing `─────` in 1.1–1.2
const SEPARATOR = /^[\s\-─━]+$/;
const SEPARATOR_RUN = /--|──|━━/;
// `[\s\S]*` rather than `.*`: it always reaches the end, so `$` never sends it back over the spaces before it
const MODERN_ROW = new RegExp(`^(Normal|Warning)\\s+([A-Za-z][\\w.-]*)\\s+(${AGE})(?:\\s+([\\s\\S]*))?$`);
// one token (`kubelet`, `terway-controlplane/pod-eni`) or `component, host` or `{component host}`
const FROM = /^(?:\{[^}]*\}|[a-z][\w.-]*(?:\/[\w.-]+)*(?:, [\w.:-]+)?)$/;

/** A describe-style event row at the start of a line (collapsed or not): used to spot a headerless table. */
export function isDescribeEventRow(line: string): boolean {
  const c = line.trimStart().charCodeAt(0);
  if (c !== 78 && c !== 87) return false; // N W
  return MODERN_ROW.test(line.replace(/\t/g, '  ').trim());
}

/** Reads rows one line at a time; emits each event once its continuation lines are known. */
export class DescribeEventsReader {
  private readonly object: ObjectRef | undefined;
  private readonly emit: (ev: EventRecord) => void;
  /** terminal width the table was wrapped at (blockWrapWidth), 0 when unwrapped */
  private readonly wrapWidth: number;
  private pending: EventRecord | null = null;
  private lastWidth = 0;
  private lastSpaces = 0;

  constructor(object: ObjectRef | undefined, emit: (ev: EventRecord) => void, wrapWidth = 0) {
    this.object = object;
    this.emit = emit;
    this.wrapWidth = wrapWidth;
  }

  /** `trailingSpaces`: spaces normalisation trimmed from the line (a wrap may have cut right after them) */
  push(no: number, line: string, trailingSpaces = 0): void {
    if (line.trim().length === 0) return;
    if (MODERN_HEADER.test(line) || OLD_HEADER.test(line) || (SEPARATOR.test(line) && SEPARATOR_RUN.test(line))) return;
    const ev = parseRow(line, no, this.object);
    const wrapped = this.wrapWidth > 0 && this.lastWidth === this.wrapWidth;
    const joiner = wrapJoiner(this.lastSpaces);
    this.lastWidth = shownWidth(line.length, trailingSpaces);
    this.lastSpaces = trailingSpaces;
    if (ev !== null) {
      this.flush();
      this.pending = ev;
      return;
    }
    const p = this.pending;
    if (p === null) return;
    // a line cut at the terminal width continues mid-word (or with the space it was cut before); a multi-line
    // message continues on a new line
    p.message += (wrapped ? joiner : '\n') + line;
    p.lines.end = no;
    if (isPagerChopped(line)) p.truncated = true;
  }

  flush(): void {
    if (this.pending !== null) this.emit(finishEventMessage(this.pending));
    this.pending = null;
  }
}

/** One row of a describe Events table read on its own (no header, no continuation lines), or null. */
export function readDescribeEventRow(line: string): EventRecord | null {
  const ev = parseRow(line, 0, undefined);
  return ev === null ? null : finishEventMessage(ev);
}

function parseRow(line: string, no: number, object: ObjectRef | undefined): EventRecord | null {
  const t = line.replace(/\t/g, '  ').trim();
  const c = t.charCodeAt(0);
  let ev: EventRecord | null = null;
  if (c === 78 || c === 87) ev = parseModernRow(t, no);
  if (ev === null && c >= 48 && c <= 60) ev = parseOldRow(line.trim(), no);
  if (ev === null && c >= 65 && c <= 90 && t.charCodeAt(3) === 44 /* , */) ev = parseAncientRow(line.trim(), no);
  if (ev === null) return null;
  if (object !== undefined) ev.object = { ...object, ...(ev.object ?? {}) };
  if (isPagerChopped(line)) ev.truncated = true;
  return ev;
}

function parseModernRow(t: string, no: number): EventRecord | null {
  const m = MODERN_ROW.exec(t);
  if (m === null) return null;
  const age = parseAge(m[3] as string);
  if (age === null) return null;
  const rest = m[4] ?? '';
  let from = '';
  let message = rest;
  const gap = /\s{2,}/.exec(rest);
  if (gap !== null) {
    const head = rest.slice(0, gap.index);
    if (FROM.test(head)) {
      from = head;
      message = rest.slice(gap.index + gap[0].length);
    }
  } else {
    // collapsed: From is one token, or `kubelet, host`
    const sp = rest.indexOf(' ');
    let head = sp === -1 ? rest : rest.slice(0, sp);
    let after = sp === -1 ? '' : rest.slice(sp + 1);
    if (head.endsWith(',') && after.length > 0) {
      const sp2 = after.indexOf(' ');
      head = `${head} ${sp2 === -1 ? after : after.slice(0, sp2)}`;
      after = sp2 === -1 ? '' : after.slice(sp2 + 1);
    }
    if (FROM.test(head)) {
      from = head;
      message = after;
    }
  }
  const ev: EventRecord = {
    type: m[1] as string,
    reason: m[2] as string,
    message,
    count: age.count,
    age: age.age,
    lines: { start: no, end: no },
  };
  if (age.firstSeenAge !== undefined) ev.firstSeenAge = age.firstSeenAge;
  Object.assign(ev, splitSource(from));
  return ev;
}
