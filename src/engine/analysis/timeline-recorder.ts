// Beside the Collector: what the timeline, the gutter marks and the grouping by object need from the
// input, kept bounded however big it is. Timed log lines (the first MAX_TIMED, then only each entry's
// last), the catalog entries found on each event's line, the objects each finding was seen on, and
// one mark per used line folded into ranges ([start, end, code] triples, never an object per line).
import type { ObjectRef } from '../records';
import type { Occurrence } from '../match/aggregate';
import { findingKey } from './finding-key';

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
  /** [start, end, code] triples; a code indexes `codes` */
  markRanges: number[];
  /** the entry id each mark code stands for; '' is a warning line nothing explains */
  codes: string[];
  /** marked lines that did not fit in the ranges kept */
  marksDropped: number;
}

const MAX_TIMED = 10_000;
const MAX_EVENT_LINES = 20_000;
const MAX_OBJECTS = 500;
export const MAX_NAMES = 5000;
const MAX_RANGES = 50_000;
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
    codes: [],
    marksDropped: 0,
  };
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
    const r = this.out.markRanges;
    const triples = Array.from({ length: r.length / 3 }, (_, i) => [r[3 * i]!, r[3 * i + 1]!, r[3 * i + 2]!]);
    triples.sort((a, b) => a[0]! - b[0]! || a[2]! - b[2]!);
    this.out.markRanges = triples.flat();
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

  /** Folds the line into the last range of its code when adjacent; ranges stay bounded. */
  private mark(line: number, id: string): void {
    let code = this.codeOf.get(id);
    if (code === undefined) {
      code = this.out.codes.push(id) - 1;
      this.codeOf.set(id, code);
    }
    const r = this.out.markRanges;
    // the common case: the same entry on the next line, or again on a line already marked
    for (let i = r.length - 3; i >= 0 && i >= r.length - 12; i -= 3) {
      if (r[i + 2] !== code) continue;
      if (line >= r[i]! && line <= r[i + 1]! + 1) {
        if (line > r[i + 1]!) r[i + 1] = line;
        return;
      }
    }
    if (r.length / 3 >= MAX_RANGES) {
      this.out.marksDropped++;
      return;
    }
    r.push(line, line, code);
  }
}
