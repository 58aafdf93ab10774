// Buffers one `kubectl describe` object (bounded by MAX_DOCUMENT_CHARS), then parses it. Also reads a bare
// `Events:` section pasted on its own, and a headerless run of describe-style event rows.
//
// The document ends at: a new `Name:` at column 0, a prompt, the start of another kind of output at column 0,
// or a blank line followed by something that is not describe output. Paste indentation is removed: the first
// line's indent, or (Azure/aks-engine#2064) an indent that every line but the first carries.

import type { InputDocument } from '../../records.ts';
import type { DocHandler, ParseContext } from '../handler.ts';
import { LineBuffer, makeDocument } from '../handler.ts';
import { indentOf } from '../grammar.ts';
import { dedent } from '../paste-artefacts.ts';
import { DescribeEventsReader } from '../events/describe-table.ts';
import type { NumberedLine } from './outline.ts';
import { splitKeyValue } from './outline.ts';
import { buildDescribe } from './object.ts';

const NAME_LINE = /^Name:(?:\s|$)/;
const TOP_KEY = /^[A-Z][\w .()/-]*:(?:\s|$)/;

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
  private indent: number;
  private lineIndex = 0;
  private blanks = 0;
  private inEvents: boolean;
  private inCmData = false;
  private lastData = '';

  constructor(ctx: ParseContext, no: number, text: string, mode: DescribeMode) {
    this.ctx = ctx;
    this.mode = mode;
    this.buf = new LineBuffer(no);
    this.indent = indentOf(text);
    this.inEvents = mode === 'events';
    this.buf.push(dedent(text, this.indent));
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
      this.buf.push('');
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
    }
    this.buf.push(t);
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
    if (t === 'Data' || t === 'BinaryData' || /^=+$/.test(t)) return true;
    return splitKeyValue(t) !== null && TOP_KEY.test(t);
  }

  finish(): InputDocument {
    const end = this.buf.trimTrailingBlanks();
    const lines: NumberedLine[] = this.buf.lines.map((text, i) => ({ no: this.buf.start + i, text }));
    if (this.mode === 'events') {
      const reader = new DescribeEventsReader(undefined, (ev) => this.ctx.sink.event(ev));
      for (const l of lines) {
        if (l.no === this.buf.start && /^Events:/.test(l.text)) continue;
        reader.push(l.no, l.text);
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
