// Buffers one `kubectl describe` object (bounded by MAX_DOCUMENT_CHARS), then parses it. Also reads a bare
// `Events:` section pasted on its own, and a headerless run of describe-style event rows.
//
// The document ends at: a new `Name:` at column 0, a prompt, the start of another kind of output at column 0,
// or a blank line followed by something that is not describe output. Inside the Events table a column-0 line is
// a message continuation whatever it looks like (a logrus or klog line, JSON): only a table header or another
// describe ends the table without a blank line. Paste indentation is removed: the first line's indent, or
// (Azure/aks-engine#2064) an indent that every line but the first carries.

import type { InputDocument } from '../../records';
import type { DocHandler, ParseContext, StartKind } from '../handler';
import { LineBuffer, makeDocument } from '../handler';
import { indentOf } from '../grammar';
import { dedent } from '../paste-artefacts';
import { DescribeEventsReader } from '../events/describe-table';
import type { NumberedLine } from './outline';
import { splitKeyValue } from './outline';
import { buildDescribe, eventsWrapWidth } from './object';
import { NO_EVENTS } from './sections';

const NAME_LINE = /^Name:(?:\s|$)/;
const TOP_KEY = /^[A-Z][\w .()/-]*:(?:\s|$)/;
/** Outputs whose first line cannot be part of an event message: they end the Events table. */
const ENDS_EVENTS_TABLE = new Set<StartKind>([
  'describe',
  'events-section',
  'get-pods',
  'get-events',
  'inspect',
  'yaml',
]);
/** kubectl's own stderr (`describe pod a b` when b is gone); `error: …` / `Warning: …` may be message text */
const KUBECTL_STDERR = /^(?:Error from server|No resources found|Defaulted container )/;

export function isDescribeStart(t: string): boolean {
  return t.charCodeAt(0) === 78 && NAME_LINE.test(t);
}

/** `Events:` / `Events:  <none>` at column 0 without a describe above it. */
export function isEventsSectionStart(t: string): boolean {
  return t.charCodeAt(0) === 69 && /^Events:(?:\s|$)/.test(t);
}

export type DescribeMode = 'object' | 'events';

export class DescribeHandler implements DocHandler {
  private readonly ctx: ParseContext;
  private readonly mode: DescribeMode;
  private readonly buf: LineBuffer;
  /** trailing spaces trimmed from each buffered line (to re-join terminal-wrapped event messages) */
  private readonly spaces: number[] = [];
  private indent: number;
  private lineIndex = 0;
  private blanks = 0;
  private inEvents: boolean;
  /**
   * Inside a real Events table (an `Events:` line and something after it): column-0 lines continue a message.
   * A headerless run of pasted rows has no such proof, so a log line after it still starts a log.
   */
  private eventsTable = false;
  private readonly eventsHeading: boolean;
  private inCmData = false;
  private lastData = '';

  constructor(ctx: ParseContext, no: number, text: string, mode: DescribeMode) {
    this.ctx = ctx;
    this.mode = mode;
    this.buf = new LineBuffer(no);
    this.indent = indentOf(text);
    this.inEvents = mode === 'events';
    this.eventsHeading = mode === 'object' || isEventsSectionStart(text.trimStart());
    this.push(dedent(text, this.indent));
  }

  private push(t: string): void {
    this.buf.push(t);
    this.spaces.push(this.ctx.trailingSpaces);
  }

  accept(_no: number, text: string): boolean {
    if (this.buf.full) return false;
    this.lineIndex++;
    let t = dedent(text, this.indent);
    if (this.lineIndex === 1 && this.mode === 'object' && t.length > 0) {
      // every line but the first indented by the paste
      const extra = indentOf(t);
      if (extra > 0 && extra <= 4 && TOP_KEY.test(t.slice(extra))) {
        this.indent += extra;
        t = t.slice(extra);
      }
    }
    if (t.trim().length === 0) {
      this.blanks++;
      this.push('');
      return true;
    }
    if (!this.belongs(t)) return false;
    this.blanks = 0;
    if (t === 'Data' || t === 'BinaryData') this.lastData = t;
    else if (/^=+$/.test(t) && this.lastData !== '') this.inCmData = true;
    else this.lastData = '';
    if (indentOf(t) === 0 && /^Events:(?:\s|$)/.test(t)) {
      this.inEvents = true;
      this.inCmData = false;
    } else if (this.inEvents && this.eventsHeading) this.eventsTable = true;
    this.push(t);
    return true;
  }

  private belongs(t: string): boolean {
    const col0 = indentOf(t) === 0;
    if (col0 && NAME_LINE.test(t)) return false;
    if (this.inCmData && this.blanks === 0) return true;
    if (col0) {
      const start = this.ctx.startKind(t);
      if (
        start !== null &&
        !(this.mode === 'object' && start === 'events-section') &&
        !(this.inEvents && start === 'describe-event-row') &&
        !(this.eventsTable && this.blanks === 0 && !this.endsEventsTable(start, t)) &&
        !(this.inCmData && (start === 'json' || start === 'yaml'))
      ) {
        return false;
      }
    }
    if (this.blanks === 0) return true;
    if (this.inCmData) return true;
    // after a blank line only more describe output continues the document
    if (this.inEvents) return false; // the Events table ends at a blank line
    if (!col0) return true;
    if (this.mode === 'events') return false;
    if (t === 'Data' || t === 'BinaryData' || t === NO_EVENTS || /^=+$/.test(t)) return true;
    return splitKeyValue(t) !== null && TOP_KEY.test(t);
  }

  private endsEventsTable(start: StartKind, t: string): boolean {
    return ENDS_EVENTS_TABLE.has(start) || (start === 'stderr' && KUBECTL_STDERR.test(t));
  }

  finish(): InputDocument {
    const end = this.buf.trimTrailingBlanks();
    const lines: NumberedLine[] = this.buf.lines.map((text, i) => ({
      no: this.buf.start + i,
      text,
      spaces: this.spaces[i] ?? 0,
    }));
    if (this.mode === 'events') {
      const reader = new DescribeEventsReader(undefined, (ev) => this.ctx.sink.event(ev), eventsWrapWidth(lines));
      for (const l of lines) {
        if (l.no === this.buf.start && /^Events:/.test(l.text)) continue;
        reader.push(l.no, l.text, l.spaces);
      }
      reader.flush();
      return makeDocument('describe-other', this.buf.start, end, this.ctx, 'Events');
    }
    const res = buildDescribe(lines, this.ctx.hint?.verb === 'describe' ? this.ctx.hint.resource : undefined);
    for (const ev of res.events) this.ctx.sink.event(ev);
    this.ctx.sink.object(res.object);
    if (res.config !== undefined) this.ctx.sink.config(res.config);
    const title = res.object.namespace !== undefined ? `${res.object.namespace}/${res.object.name}` : res.object.name;
    return makeDocument(res.docKind, this.buf.start, end, this.ctx, title);
  }
}
