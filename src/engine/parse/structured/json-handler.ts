// A multi-line JSON document (`-o json`, a List, or one of the concatenated documents of `-w -o json`),
// buffered until its brackets balance, then parsed. Item line ranges come from the bracket scan. Documents written
// back to back on one line (`…}{…`) are one stream here, split where the brackets balance.

import type { DocumentKind, InputDocument, LineRange } from '../../records';
import type { DocHandler, ParseContext } from '../handler';
import { LineBuffer, makeDocument } from '../handler';
import { indentOf } from '../grammar';
import { emitValue } from './emit-value';

/** `{`, `[`, `{"…`, `[{` … : a line that opens a JSON document. */
export function isJsonStart(t: string): boolean {
  return /^(?:[[{]\s*$|\{\s*"|\[\s*[[{"\d-])/.test(t);
}

export class JsonHandler implements DocHandler {
  private readonly ctx: ParseContext;
  private readonly buf: LineBuffer;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private closed = false;
  private overflow = false;
  /** open objects: depth → start line */
  private readonly opened = new Map<number, number>();
  private readonly objectsAt2: LineRange[] = [];
  private readonly objectsAt3: LineRange[] = [];
  /** earlier documents of a `}{` stream: offsets in the joined text and lines */
  private readonly segments: Segment[] = [];
  private segFrom = 0;
  private segStart: number;
  /** offset of the next line in the joined text */
  private offset = 0;

  constructor(ctx: ParseContext, no: number, text: string) {
    this.ctx = ctx;
    this.buf = new LineBuffer(no);
    this.segStart = no;
    this.take(no, text);
  }

  accept(no: number, text: string): boolean {
    if (this.closed || this.overflow) return false;
    // pretty-printed JSON indents everything but brackets and (rarely) keys: other column-0 text is not JSON
    const c = text.charCodeAt(0);
    if (
      !this.inString &&
      text.length > 0 &&
      c !== 32 &&
      c !== 9 &&
      c !== 123 &&
      c !== 125 &&
      c !== 91 &&
      c !== 93 &&
      c !== 34
    )
      return false;
    this.take(no, text);
    return true;
  }

  private take(no: number, text: string): void {
    this.buf.push(text);
    if (this.buf.full) this.overflow = true;
    const lineOffset = this.offset;
    this.offset += text.length + 1;
    for (let i = indentOf(text); i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) {
        this.depth++;
        if (c === 123) this.opened.set(this.depth, no);
      } else if (c === 125 || c === 93) {
        if (c === 125) {
          const start = this.opened.get(this.depth);
          if (start !== undefined && this.depth === 2) this.objectsAt2.push({ start, end: no });
          if (start !== undefined && this.depth === 3) this.objectsAt3.push({ start, end: no });
          this.opened.delete(this.depth);
        }
        this.depth--;
        if (this.depth <= 0) {
          const next = nextNonBlank(text, i + 1);
          const n = text.charCodeAt(next);
          if (n !== 123 && n !== 91) {
            this.closed = true;
            return;
          }
          // another document starts right after this one
          this.segments.push({ from: this.segFrom, to: lineOffset + i + 1, start: this.segStart, end: no });
          this.segFrom = lineOffset + next;
          this.segStart = no;
          this.depth = 0;
          i = next - 1;
        }
      }
    }
  }

  finish(): InputDocument {
    const range = { start: this.buf.start, end: this.buf.end };
    if (this.segments.length > 0 && !this.overflow) {
      const kind = this.finishStream(range.end);
      if (kind !== null) return makeDocument(kind, range.start, range.end, this.ctx);
    }
    let value: unknown;
    let ok = this.closed && !this.overflow;
    if (ok) {
      try {
        value = JSON.parse(this.buf.lines.join('\n'));
      } catch {
        ok = false;
      }
    }
    if (ok) {
      const items = Array.isArray(value) ? this.objectsAt2 : this.objectsAt3;
      const res = emitValue(value, range, items, this.ctx.sink, 'json');
      if (res !== null) return makeDocument(res.kind, range.start, range.end, this.ctx, res.title);
    }
    const doc = makeDocument('text', range.start, this.buf.trimTrailingBlanks(), this.ctx, 'json');
    if (this.overflow) doc.capped = 'json';
    return doc;
  }

  /** Each document of a `}{` stream on its own (item ranges are not tracked across documents). */
  private finishStream(end: number): DocumentKind | null {
    const text = this.buf.lines.join('\n');
    const all = [...this.segments, { from: this.segFrom, to: text.length, start: this.segStart, end }];
    let kind: DocumentKind | null = null;
    for (const seg of all) {
      let value: unknown;
      try {
        value = JSON.parse(text.slice(seg.from, seg.to));
      } catch {
        continue;
      }
      const res = emitValue(value, { start: seg.start, end: seg.end }, undefined, this.ctx.sink, 'json');
      if (res !== null) kind ??= res.kind;
    }
    return kind;
  }
}

interface Segment {
  from: number;
  to: number;
  start: number;
  end: number;
}

function nextNonBlank(text: string, i: number): number {
  let k = i;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k;
}
