// The contract between the streaming dispatcher and the per-document parsers.

import type { DocumentKind, InputDocument, RecordSink } from '../records';
import type { CommandHint } from './prompt';

/** What the dispatcher knows around a document: where records go, and the command that produced it. */
export interface ParseContext {
  sink: RecordSink;
  hint?: CommandHint;
  /** container from `-c` or from kubectl's `Defaulted container "x"` line */
  container?: string;
  /** what kind of document a line would start, or null for plain text (so handlers can tell continuations) */
  startKind(text: string): StartKind | null;
  /** trailing spaces normalisation trimmed from the current line (a terminal wrap may have cut after a space) */
  trailingSpaces: number;
}

export type StartKind =
  | 'prompt'
  | 'stderr'
  | 'inspect'
  | 'describe'
  | 'events-section'
  | 'describe-event-row'
  | 'get-pods'
  | 'pod-row'
  | 'get-events'
  | 'event-row'
  | 'json'
  | 'yaml'
  | 'log';

/** One document being parsed. It is created with its first line, and fed lines while it accepts them. */
export interface DocHandler {
  /** takes the line when it belongs to this document; false ends the document before this line */
  accept(no: number, text: string): boolean;
  /**
   * Optional, for quiet lines (RecordSink.scanFirst): whether the line `chunk[at..end)` can be taken without
   * cutting it out and parsing it, because its record is known not to be needed (see LogHandler). Bit `i` of
   * `stops` is set when the line holds `SKIM_STOPS[i]`.
   */
  canSkim?(chunk: string, at: number, end: number, stops: number): boolean;
  /** takes a line canSkim accepted: the same as accept() would, with its record left unbuilt */
  skim?(no: number, chunk: string, at: number, end: number): void;
  /** flushes pending state, emits the records and returns the document (null to emit none) */
  finish(): InputDocument | null;
}

/**
 * Literals the parser scans for along with the sink's, because they change how a line parses without being
 * anything the sink looks for: klogr's quoted key (a controller-runtime line) and a `logger` field (a
 * component). Bit `1 << i` of canSkim's `stops` stands for the i-th.
 */
export const SKIM_STOPS: readonly string[] = ['msg"=', 'logger='];
export const KLOGR_KEY_STOP = 1;
export const LOGGER_STOP = 2;

/** Largest document (characters) buffered before a parser gives up and falls back to line mode. */
export const MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;

/** Largest single record (a log record with its continuation lines, an event with its message lines). */
export const MAX_RECORD_CHARS = 256 * 1024;

/**
 * Longest part of a line the parsers read (a longer line is cut for parsing only): no prompt, table row, describe
 * field or log header needs more. Matching and evidence still get the whole line (RecordSink.line), so a signal
 * past the cut is found all the same; a one-line JSON document longer than this is kept as text.
 */
export const MAX_PARSE_LINE_CHARS = 64 * 1024;

export function makeDocument(
  kind: DocumentKind,
  start: number,
  end: number,
  ctx: ParseContext,
  title?: string,
): InputDocument {
  const doc: InputDocument = { kind, lines: { start, end: Math.max(start, end) } };
  if (ctx.hint !== undefined) doc.command = ctx.hint.command;
  if (title !== undefined && title.length > 0) doc.title = title;
  return doc;
}

/** Buffered lines of a document, with its first line number and a running size for the cap. */
export class LineBuffer {
  readonly lines: string[] = [];
  readonly start: number;
  chars = 0;
  constructor(start: number) {
    this.start = start;
  }
  push(text: string): void {
    this.lines.push(text);
    this.chars += text.length + 1;
  }
  get end(): number {
    return this.start + this.lines.length - 1;
  }
  get full(): boolean {
    return this.chars > MAX_DOCUMENT_CHARS;
  }
  /** drops trailing blank lines (kept provisionally) and returns the last content line number */
  trimTrailingBlanks(): number {
    while (this.lines.length > 1 && (this.lines[this.lines.length - 1] as string).trim().length === 0) this.lines.pop();
    return this.end;
  }
}
