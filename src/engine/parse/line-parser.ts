// The streaming front half: chunks of text → lines → normalised lines → documents → records.
// Only the current document's pending state is held (a describe or JSON/YAML document up to its cap, or the one
// log record being built), so memory stays bounded whatever the input size.

import type { RecordSink } from '../records';
import { createLineSplitter } from '../text/lines';
import { normaliseCleanLine, normaliseLine } from '../text/normalise';
import { scanText, type ScannedText } from './scan-text';
import type { DocHandler, ParseContext, StartKind } from './handler';
import { makeDocument, MAX_PARSE_LINE_CHARS, SKIM_STOPS } from './handler';
import { classifyLine } from './classify';
import { commandHint, parsePrompt } from './prompt';
import { defaultedContainer } from './stderr';
import { CommentPrefix, stripQuote } from './paste-artefacts';
import { indentOf } from './grammar';
import { InspectHandler, isInspectHeader } from './inspect';
import { DescribeHandler } from './describe/handler';
import { EventTableHandler, headerlessEventColumns } from './events/get-table';
import { PodTableHandler } from './pods/get-pods';
import { JsonHandler } from './structured/json-handler';
import { YamlHandler } from './structured/yaml-handler';
import { LogHandler } from './logs/handler';
import { emptyParsed } from './logs/parsed-line';
import { TextHandler } from './text-handler';

export interface LineParser {
  /**
   * a chunk of text; lines may be split anywhere across chunks (also between CR and LF).
   * `mayHoldWideWork: false` promises the chunk holds no non-ASCII character the normaliser rewrites
   * (StreamDecoder knows it from the bytes), which spares a scan per such character.
   */
  push(chunk: string, mayHoldWideWork?: boolean): void;
  /** a chunk scanned already (scanText, with this parser's sink's literals): the same as push(s.text) */
  pushScanned(s: ScannedText): void;
  /** whole lines (no terminators); the same as `push(line + '\n')` for each */
  pushLines(...lines: string[]): void;
  /** flushes the last line and the current document */
  end(): void;
  /** lines seen so far */
  readonly lineCount: number;
}

export function createLineParser(sink: RecordSink): LineParser {
  let lineNo = 0;
  let current: DocHandler | null = null;
  const ctx: ParseContext = {
    sink,
    startKind: (text: string): StartKind | null => classifyLine(text)?.kind ?? null,
    trailingSpaces: 0,
  };
  const comments = new CommentPrefix(
    (t) => classifyLine(t) !== null,
    (t) => parsePrompt(t) !== null || isInspectHeader(t),
  );

  function close(): void {
    if (current === null) return;
    const doc = current.finish();
    current = null;
    if (doc !== null) sink.document(doc);
  }

  function start(no: number, text: string): void {
    const cls = classifyLine(text);
    if (cls === null) {
      if (ctx.hint?.isLog === true) {
        current = new LogHandler(ctx, no, emptyParsed(text, false), 0, text);
      } else {
        current = new TextHandler(ctx, no);
      }
      return;
    }
    switch (cls.kind) {
      case 'prompt': {
        const command = cls.command ?? '';
        ctx.hint = command.length > 0 ? commandHint(command) : undefined;
        ctx.container = ctx.hint?.container;
        sink.document({ kind: 'prompt', lines: { start: no, end: no }, ...(command.length > 0 ? { command } : {}) });
        return;
      }
      case 'stderr': {
        const c = defaultedContainer(text);
        if (c !== undefined && ctx.container === undefined) ctx.container = c;
        sink.document(makeDocument('text', no, no, ctx, 'stderr'));
        return;
      }
      case 'inspect':
        current = new InspectHandler(ctx, no, text.trim());
        return;
      case 'describe':
        current = new DescribeHandler(ctx, no, text, 'object');
        return;
      case 'events-section':
      case 'describe-event-row':
        current = new DescribeHandler(ctx, no, text, 'events');
        return;
      case 'get-pods':
        current = new PodTableHandler(ctx, no, text, false);
        return;
      case 'pod-row':
        current = new PodTableHandler(ctx, no, text, true);
        return;
      case 'get-events':
        current = new EventTableHandler(ctx, no, text);
        return;
      case 'event-row':
        current = new EventTableHandler(ctx, no, text, headerlessEventColumns(text) ?? undefined);
        return;
      case 'json':
        current = new JsonHandler(ctx, no, text.trim());
        return;
      case 'yaml':
        current = new YamlHandler(ctx, no, text);
        return;
      case 'log':
        current = new LogHandler(ctx, no, cls.log as NonNullable<typeof cls.log>, indentOf(text), text);
        return;
    }
  }

  // whether the chunk being split has nothing for normaliseLine to do but trim trailing whitespace
  let chunkClean = false;
  // scan first: where the chunk being split holds the sink's literals (group 0) and each of SKIM_STOPS (group
  // i + 1), as offsets; null when the chunk was not scanned. Lines come in order, so one cursor per group.
  let marks: number[][] | null = null;
  const cursors = new Int32Array(SKIM_STOPS.length + 1);

  /** The offset of the scanned chunk's next mark of `group` at or after `at` (Infinity: none). */
  function nextMark(group: number, at: number): number {
    const m = (marks as number[][])[group] as number[];
    let k = cursors[group] as number;
    while (k < m.length && (m[k] as number) < at) k++;
    cursors[group] = k;
    return k < m.length ? (m[k] as number) : Infinity;
  }

  /** Whether the scanned chunk has a mark of `group` in `at`..`end`. */
  function marked(group: number, at: number, end: number): boolean {
    return nextMark(group, at) < end;
  }

  function stopsAt(at: number, end: number): number {
    let stops = 0;
    for (let i = 0; i < SKIM_STOPS.length; i++) if (marked(i + 1, at, end)) stops |= 1 << i;
    return stops;
  }

  function onLine(raw: string, at: number): void {
    const no = ++lineNo;
    const whole = at >= 0 && chunkClean;
    const norm = whole ? normaliseCleanLine(raw) : normaliseLine(raw);
    const quiet = whole && marks !== null && !marked(0, at, at + raw.length);
    sink.line(no, norm, quiet);
    // trailing spaces the normalisation trims: a terminal wrap may have cut the line right after one
    let pad = 0;
    for (let k = raw.length - 1; k >= 0 && raw.charCodeAt(k) === 32; k--) pad++;
    ctx.trailingSpaces = pad;
    const text = comments.strip(
      stripQuote(norm.length > MAX_PARSE_LINE_CHARS ? norm.slice(0, MAX_PARSE_LINE_CHARS) : norm),
    );
    if (current !== null) {
      // a prompt or an inspect header always ends the document before it
      const hard = parsePrompt(text) !== null || isInspectHeader(text);
      if (!hard && current.accept(no, text)) return;
      close();
    }
    if (text.trim().length === 0) return;
    start(no, text);
  }

  /**
   * A quiet line the current document takes in place: counted, never cut out. A line canSkim accepts is one
   * no step of onLine would change (no trailing space, quote, comment, prompt or inspect header; see canSkim).
   */
  function skimLine(chunk: string, at: number, end: number): boolean {
    const scanning = sink.scanFirst;
    if (marks === null || scanning === undefined || current?.canSkim === undefined || marked(0, at, end)) return false;
    if (!current.canSkim(chunk, at, end, stopsAt(at, end))) return false;
    take(current, scanning, chunk, at, end);
    ctx.trailingSpaces = 0;
    comments.reset();
    return true;
  }

  /** A line canSkim accepted, numbered, counted and handed to its document in place. */
  function take(
    doc: DocHandler,
    scanning: NonNullable<RecordSink['scanFirst']>,
    chunk: string,
    at: number,
    end: number,
  ) {
    const no = ++lineNo;
    scanning.skimmed(no);
    (doc.skim as NonNullable<DocHandler['skim']>)(no, chunk, at, end);
  }

  /**
   * skimLine over the run of lines from `at` (a chunk without CR): where the next catalog mark is is found
   * once, not per line. Returns where the lines it took end.
   */
  function skimLines(chunk: string, at: number): number {
    const scanning = sink.scanFirst;
    const doc = current;
    if (marks === null || scanning === undefined || doc?.canSkim === undefined) return at;
    const quietUntil = nextMark(0, at);
    let i = at;
    // a mark is inside a line (no literal holds a line feed), so the run ends at the line that holds the next
    for (let nl = chunk.indexOf('\n', i); nl !== -1 && nl < quietUntil; nl = chunk.indexOf('\n', i)) {
      if (!doc.canSkim(chunk, i, nl, stopsAt(i, nl))) break;
      take(doc, scanning, chunk, i, nl);
      i = nl + 1;
    }
    if (i !== at) {
      ctx.trailingSpaces = 0;
      comments.reset();
    }
    return i;
  }

  const splitter = createLineSplitter(onLine, { line: skimLine, lines: skimLines });

  function pushScanned(s: ScannedText): void {
    chunkClean = s.clean;
    marks = s.marks;
    cursors.fill(0);
    splitter.push(s.text);
    marks = null;
  }

  return {
    push(chunk: string, mayHoldWideWork = true): void {
      pushScanned(scanText(chunk, mayHoldWideWork, sink.scanFirst?.literals));
    },
    pushScanned,
    pushLines(...lines: string[]): void {
      chunkClean = false;
      for (const line of lines) splitter.push(line + '\n');
    },
    end(): void {
      chunkClean = false;
      splitter.end();
      close();
    },
    get lineCount(): number {
      return lineNo;
    },
  };
}
