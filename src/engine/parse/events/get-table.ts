// `kubectl get events` (default, -o wide, -A, ≤1.11 and 1.12–1.13 KIND eras) and `kubectl events` tables.
// Cells come from the header's column offsets; rows that do not line up (collapsed spaces, a multi-line
// `kubectl events` message) are read with a grammar built from the header's column order. A `get events` cell
// never holds a newline (cut at the first one since 1.22), so a line that is no row is the terminal wrapping
// the row; `kubectl events` keeps newlines, so there it is a message line unless the row was as wide as a terminal.

import type { EventRecord, InputDocument } from '../../records';
import type { DocHandler, ParseContext } from '../handler';
import { makeDocument, MAX_RECORD_CHARS } from '../handler';
import { AGE, DURATION_RE, indentOf, parseAge } from '../grammar';
import { parseObjectCell } from '../object-kind';
import { isGetEventsCommand, isKubectlEventsCommand } from '../prompt';
import { isPagerChopped } from '../../text/normalise';
import { finishEventMessage, splitSource } from './message';
import { isCommonTerminalWidth, shownWidth, wrapJoiner } from '../wrap';
import type { Column } from './table-columns';
import { readHeader, sliceByColumns } from './table-columns';

export const EVENTS_HEADER = /^(?:EVENT\s+)?(?:NAMESPACE\s+)?(?:LAST SEEN|LASTSEEN)\s+(?:TYPE|FIRST ?SEEN)\s/;

const CELL_GRAMMAR: Record<string, string> = {
  EVENT: '(ADDED|MODIFIED|DELETED|BOOKMARK|ERROR)',
  NAMESPACE: '(\\S+)',
  'LAST SEEN': `(${AGE})`,
  LASTSEEN: `(${AGE})`,
  'FIRST SEEN': `(${AGE})`,
  FIRSTSEEN: `(${AGE})`,
  COUNT: '(\\d+)',
  NAME: '(\\S+)',
  KIND: '(\\S+)',
  OBJECT: '(\\S+)',
  SUBOBJECT: '(spec\\.\\S+|implicitly required container POD)',
  TYPE: '(Normal|Warning)',
  REASON: '(\\S+)',
  SOURCE: '(\\{[^}]*\\}|[a-z][\\w./-]*(?:, [\\w.:-]+)?)',
  LABELS: '(\\S+)',
};
const OPTIONAL = new Set(['SUBOBJECT', 'SOURCE']);

/**
 * A grammar for the row of a table with these columns (single or multiple spaces between cells). A message
 * before other cells ends at the one whitespace in front of the next cell (cells are trimmed afterwards):
 * `(.*?)\s+` would rescan a run of spaces once per space in it. A last message runs to the end of the line.
 */
export function rowGrammar(cols: Column[]): RegExp {
  let src = '^';
  cols.forEach((c, i) => {
    const last = i === cols.length - 1;
    if (c.name === 'MESSAGE') {
      if (!last) src += '(.*?)\\s';
      else if (src.endsWith('\\s+')) src = `${src.slice(0, -3)}(?:\\s+([\\s\\S]*))?`;
      else src += '([\\s\\S]*)';
      return;
    }
    const g = CELL_GRAMMAR[c.name] ?? '(\\S+)';
    if (OPTIONAL.has(c.name)) src += `(?:${g}\\s+)?`;
    else src += last ? g : `${g}\\s+`;
  });
  return new RegExp(src + '$');
}

/** A table with no header (`kubectl get events -A | grep terway`): columns guessed from the first row. */
const HEADERLESS = new RegExp(
  `^(?:(\\S+)\\s+)?(${AGE})\\s+(Normal|Warning)\\s+([A-Za-z][\\w.-]*)\\s+([a-zA-Z.]+/\\S+)(?:\\s|$)`,
);

export function headerlessEventColumns(line: string): Column[] | null {
  const m = HEADERLESS.exec(line.trim());
  if (m === null) return null;
  const names = m[1] !== undefined ? ['NAMESPACE'] : [];
  names.push('LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE');
  return names.map((name) => ({ name, start: -1 }));
}

export class EventTableHandler implements DocHandler {
  private readonly ctx: ParseContext;
  private readonly start: number;
  private end: number;
  private readonly cols: Column[];
  private readonly headerIndent: number;
  private readonly hasOffsets: boolean;
  private readonly grammar: RegExp;
  private pending: EventRecord | null = null;
  private kubectlEventsStyle = 0;
  /** shown width and trimmed trailing spaces of the last line taken */
  private lastWidth = 0;
  private lastSpaces = 0;

  /** `first` is the header line, or the first row when `headerless` columns are given. */
  constructor(ctx: ParseContext, no: number, first: string, headerless?: Column[]) {
    this.ctx = ctx;
    this.start = no;
    this.end = no;
    this.cols = headerless ?? readHeader(first);
    this.hasOffsets = headerless === undefined;
    this.headerIndent = headerless === undefined ? indentOf(first) : 0;
    this.grammar = rowGrammar(this.cols);
    if (headerless !== undefined) {
      this.lastWidth = shownWidth(first.length, ctx.trailingSpaces);
      this.lastSpaces = ctx.trailingSpaces;
      this.row(no, first);
    }
  }

  accept(no: number, text: string): boolean {
    if (text.trim().length === 0) return false;
    const joiner = this.joiner();
    this.lastWidth = shownWidth(text.length, this.ctx.trailingSpaces);
    this.lastSpaces = this.ctx.trailingSpaces;
    if (this.row(no, text)) return true;
    if (this.pending !== null && this.pending.message.length < MAX_RECORD_CHARS && this.ctx.startKind(text) === null) {
      this.pending.message += joiner + text;
      this.pending.lines.end = no;
      this.end = no;
      return true;
    }
    return false;
  }

  /** What joins the next non-row line to the pending message: a wrap (no newline), or a message line. */
  private joiner(): string {
    if (this.isKubectlEvents() && !isCommonTerminalWidth(this.lastWidth)) return '\n';
    return wrapJoiner(this.lastSpaces);
  }

  private isKubectlEvents(): boolean {
    const hint = this.ctx.hint;
    return isKubectlEventsCommand(hint) || (!isGetEventsCommand(hint) && this.kubectlEventsStyle > 0);
  }

  private row(no: number, text: string): boolean {
    const cells = this.cells(text);
    if (cells === null) return false;
    const get = (name: string): string | undefined => {
      const i = this.cols.findIndex((c) => c.name === name);
      return i === -1 ? undefined : cells[i];
    };
    const type = get('TYPE') ?? '';
    const ev: EventRecord = {
      type,
      reason: get('REASON') ?? '',
      message: get('MESSAGE') ?? '',
      count: 1,
      lines: { start: no, end: no },
    };
    const last = get('LAST SEEN') ?? get('LASTSEEN');
    const age = last !== undefined ? parseAge(last) : null;
    if (age !== null) {
      ev.age = age.age;
      ev.count = age.count;
      if (age.firstSeenAge !== undefined) {
        ev.firstSeenAge = age.firstSeenAge;
        this.kubectlEventsStyle++;
      }
    } else if (last !== undefined && last.length > 0) ev.age = last;
    const first = get('FIRST SEEN') ?? get('FIRSTSEEN');
    if (first !== undefined && first.length > 0) ev.firstSeenAge = first;
    const count = get('COUNT');
    if (count !== undefined && /^\d+$/.test(count)) ev.count = Number(count);
    const objectCell = get('OBJECT');
    const object = objectCell !== undefined ? parseObjectCell(objectCell) : parseObjectCell(get('KIND') ?? '');
    if (objectCell !== undefined && /^[A-Z]/.test(objectCell)) this.kubectlEventsStyle++;
    if (objectCell === undefined && get('KIND') !== undefined && get('NAME')) object.name = get('NAME');
    const ns = get('NAMESPACE');
    const fieldPath = get('SUBOBJECT');
    if (object.kind !== undefined || ns || fieldPath) {
      ev.object = { ...object };
      if (ns) ev.object.namespace = ns;
      if (fieldPath) ev.object.fieldPath = fieldPath;
    }
    Object.assign(ev, splitSource(get('SOURCE') ?? ''));
    if (isPagerChopped(text)) ev.truncated = true;
    this.flush();
    this.pending = ev;
    this.end = no;
    return true;
  }

  private cells(text: string): string[] | null {
    if (this.hasOffsets) {
      const cells = sliceByColumns(text, this.cols, indentOf(text) - this.headerIndent);
      if (cells !== null && this.plausible(cells)) return cells;
    }
    const m = this.grammar.exec(text.trim());
    if (m === null) return null;
    return this.cols.map((_c, i) => (m[i + 1] ?? '').trim());
  }

  private plausible(cells: string[]): boolean {
    for (let i = 0; i < this.cols.length; i++) {
      const name = (this.cols[i] as Column).name;
      const v = cells[i] as string;
      if (name === 'TYPE' && v.length > 0 && /\s/.test(v)) return false;
      if ((name === 'LAST SEEN' || name === 'LASTSEEN') && parseAge(v) === null && !DURATION_RE.test(v)) return false;
      if (name === 'REASON' && /\s/.test(v)) return false;
    }
    return true;
  }

  private flush(): void {
    if (this.pending !== null) this.ctx.sink.event(finishEventMessage(this.pending));
    this.pending = null;
  }

  finish(): InputDocument {
    this.flush();
    return makeDocument(this.isKubectlEvents() ? 'kubectl-events' : 'get-events', this.start, this.end, this.ctx);
  }
}
