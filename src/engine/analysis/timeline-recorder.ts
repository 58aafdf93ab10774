// Beside the Collector: what the timeline, the gutter marks and the grouping by object need from the
// input, kept bounded however big it is. Timed log lines (the first MAX_TIMED, then only each entry's
// last), the catalog entries found on each event's line, the objects each finding was seen on, and
// the marked lines as ranges (line-mark-ranges.ts: never an object per line).
import type { ObjectRef } from '../records';
import type { Occurrence } from '../match/aggregate';
import { findingKey } from './finding-key';
import { LineMarkRanges } from './line-mark-ranges';

/** A log line with a time, as the timeline will place it. */
export interface TimedLine {
  line: number;
  time: string;
  /** the component that wrote it, when the log says */
  source?: string;
  level?: string;
  /** the catalog entries it matched; empty for a warning line nothing explains */
  entryIds: string[];
  /** the pod of a `kubectl logs --prefix` line */
  pod?: string;
  text: string;
}

/** An object a finding was seen on, and the first line that shows it. */
export interface SeenObject {
  ref: ObjectRef;
  line: number;
}

export interface Recorded {
  timed: TimedLine[];
  /** timed log lines in the input, kept or not */
  timedTotal: number;
  /** the entries found on each event's first line */
  eventEntries: Map<number, string[]>;
  /** per finding key (analysis/finding-key.ts): the objects, and how many distinct ones (counted up to MAX_NAMES) */
  objects: Map<string, { seen: SeenObject[]; total: number }>;
  /** [start, end, code] triples sorted by start; a code indexes `codes` */
  markRanges: number[];
  /** 1 when the ranges are exact; else how many lines a range may bridge (analysis/line-mark-ranges.ts) */
  markGap: number;
  /** the entry id each mark code stands for; '' is a warning line nothing explains */
  codes: string[];
}

const MAX_TIMED = 10_000;
const MAX_EVENT_LINES = 20_000;
const MAX_OBJECTS = 500;
const MAX_NAMES = 5000;
const TEXT_CHARS = 240;
/** the mark code of a warning line no entry explains */
export const UNEXPLAINED_WARNING = '';

export class TimelineRecorder {
  private readonly out: Recorded = {
    timed: [],
    timedTotal: 0,
    eventEntries: new Map(),
    objects: new Map(),
    markRanges: [],
    markGap: 1,
    codes: [],
  };
  private readonly marks = new LineMarkRanges();
  private readonly codeOf = new Map<string, number>();
  /** the last timed line of each entry once the first MAX_TIMED are kept, so last-seen stays on the timeline */
  private readonly lastOf = new Map<string, TimedLine>();
  private readonly objectKeys = new Map<string, Set<string>>();
  private lastLine: TimedLine | undefined;

  occurrence(o: Occurrence): void {
    const id = o.entry.id;
    this.mark(o.line, id);
    const origin = o.origin;
    if (origin.kind === 'event') {
      this.noteEventEntry(o.line, id);
      if (origin.object?.name) this.noteObject(findingKey(id, o.captures), origin.object, o.line);
      return;
    }
    if (origin.kind === 'log' && o.time)
      this.timedLine({
        line: o.line,
        time: o.time,
        ...(origin.component ? { source: origin.component } : {}),
        ...(origin.level ? { level: origin.level } : {}),
        entryIds: [id],
        text: o.text,
      });
  }

  /** A warning-level log line no entry matched: marked, and on the timeline when it has a time. */
  warningLine(line: number, text: string, time?: string, source?: string, pod?: string): void {
    this.mark(line, UNEXPLAINED_WARNING);
    if (time)
      this.timedLine({
        line,
        time,
        level: 'warning',
        entryIds: [],
        text,
        ...(source ? { source } : {}),
        ...(pod ? { pod } : {}),
      });
  }

  finish(): Recorded {
    const kept = new Set(this.out.timed);
    for (const t of this.lastOf.values()) if (!kept.has(t)) this.out.timed.push(t);
    const { ranges, gap } = this.marks.finish();
    this.out.markRanges = ranges;
    this.out.markGap = gap;
    return this.out;
  }

  private timedLine(t: TimedLine): void {
    // several entries on one line are one timeline entry
    const last = this.lastLine;
    if (last?.line === t.line) {
      for (const id of t.entryIds) if (!last.entryIds.includes(id)) last.entryIds.push(id);
      return;
    }
    this.out.timedTotal++;
    const entry: TimedLine = { ...t, text: t.text.slice(0, TEXT_CHARS) };
    this.lastLine = entry;
    if (this.out.timed.length < MAX_TIMED) this.out.timed.push(entry);
    else for (const id of t.entryIds) this.lastOf.set(id, entry);
  }

  private noteEventEntry(line: number, id: string): void {
    const list = this.out.eventEntries.get(line);
    if (list) {
      if (!list.includes(id)) list.push(id);
    } else if (this.out.eventEntries.size < MAX_EVENT_LINES) this.out.eventEntries.set(line, [id]);
  }

  private noteObject(key: string, ref: ObjectRef, line: number): void {
    let names = this.objectKeys.get(key);
    let found = this.out.objects.get(key);
    if (!names || !found) {
      this.objectKeys.set(key, (names = new Set()));
      this.out.objects.set(key, (found = { seen: [], total: 0 }));
    }
    const name = `${ref.kind ?? ''}/${ref.namespace ?? ''}/${ref.name}`;
    if (names.has(name) || names.size >= MAX_NAMES) return;
    names.add(name);
    found.total = names.size;
    if (found.seen.length < MAX_OBJECTS) found.seen.push({ ref, line });
  }

  private mark(line: number, id: string): void {
    let code = this.codeOf.get(id);
    if (code === undefined) {
      code = this.out.codes.push(id) - 1;
      this.codeOf.set(id, code);
    }
    this.marks.add(line, code);
  }
}
