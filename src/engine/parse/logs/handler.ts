// A run of log lines (any mix of families, as Terway v1.6–v1.11 mixes its formatter with klogr). Records are
// emitted one by one; only the record being built is held, so that continuation lines (klog `key=<` values,
// indented stack traces) fold into it.

import type { DocumentKind, InputDocument, LogRecord } from '../../records.ts';
import type { DocHandler, ParseContext, StartKind } from '../handler.ts';
import { isTerminalWidth, makeDocument, MAX_RECORD_CHARS } from '../handler.ts';
import type { ParsedLine } from './parsed-line.ts';
import { parseLogLine } from './log-line.ts';
import { emptyParsed } from './parsed-line.ts';
import { dedent } from '../paste-artefacts.ts';
import { scanPairs } from './kv.ts';

const KIND_OF: Record<LogRecord['format'], DocumentKind> = {
  klog: 'log-klog',
  'terway-legacy': 'log-terway-legacy',
  logrus: 'log-logrus',
  json: 'log-json',
  'controller-runtime': 'log-controller-runtime',
  felix: 'log-felix',
  journal: 'log-journal',
  plain: 'text',
};

/** Outputs that even the plain lines of `kubectl logs` never look like: they end the log. */
const STRONG_STARTS = new Set<StartKind>(['describe', 'events-section', 'get-pods', 'get-events', 'inspect']);

/** Most lines of a Go panic or stack trace start at column 0 but belong to the record above. */
const STACK_LINE = /^(?:goroutine \d+ \[|panic: |\[signal |created by |[\w./*()-]+\(.*\)$|exit status \d)/;

export class LogHandler implements DocHandler {
  private readonly ctx: ParseContext;
  private readonly start: number;
  private end: number;
  private pending: LogRecord | null = null;
  private openKey: string | undefined;
  private readonly counts = new Map<LogRecord['format'], number>();
  /** records of one format in a row, not yet added to counts (one Map update per run, not per record) */
  private runFormat: LogRecord['format'] | null = null;
  private runCount = 0;
  private title: string | undefined;
  private afterBlank = false;
  /** size of the pending record, so that continuation lines cannot grow it without bound */
  private pendingChars = 0;
  /** paste indentation of the first line, removed from every line */
  private readonly indent: number;
  /** the pending record's physical text while it has no folded lines (to re-join a terminal-wrapped line) */
  private pendingLine: string | null = null;
  private lastLength = 0;

  constructor(ctx: ParseContext, no: number, first: ParsedLine, indent = 0, firstLine?: string) {
    this.ctx = ctx;
    this.indent = indent;
    this.start = no;
    this.end = no;
    this.begin(no, first, firstLine !== undefined ? dedent(firstLine, indent) : undefined);
  }

  /** Whether a line that is not a log line would still be taken (plain lines of `kubectl logs`). */
  private get plainMode(): boolean {
    return this.ctx.hint?.isLog === true;
  }

  accept(no: number, raw: string): boolean {
    if (raw.length === 0) {
      this.afterBlank = true;
      return true; // provisional: the range ends at the last content line
    }
    const text = this.indent > 0 ? dedent(raw, this.indent) : raw;
    const parsed = parseLogLine(text);
    const afterBlank = this.afterBlank;
    this.afterBlank = false;
    if (parsed !== null) {
      // a blank line then another log format: a different log pasted after this one
      if (afterBlank && parsed.matched && this.pending !== null && parsed.format !== this.pending.format) return false;
      if (!parsed.matched && this.continues(parsed.body)) this.fold(no, parsed.body);
      else this.begin(no, parsed, text);
      return true;
    }
    if (this.rejoinWrapped(no, text)) return true;
    if (
      this.continues(text) ||
      (this.pending !== null && this.pendingChars <= MAX_RECORD_CHARS && STACK_LINE.test(text))
    ) {
      this.fold(no, text);
      return true;
    }
    if (this.plainMode && !STRONG_STARTS.has(this.ctx.startKind(text) ?? 'log')) {
      this.begin(no, emptyParsed(text, false), text);
      return true;
    }
    return false;
  }

  /** A line cut by the terminal at its width: parse the re-joined physical line in place of the pending record. */
  private rejoinWrapped(no: number, text: string): boolean {
    const prev = this.pendingLine;
    const pending = this.pending;
    if (prev === null || pending === null || !isTerminalWidth(this.lastLength) || this.openKey !== undefined)
      return false;
    const c = text.charCodeAt(0);
    if (c === 32 || c === 9) return false;
    const joined = prev + text;
    const re = parseLogLine(joined);
    if (re === null || !re.matched) return false;
    const start = pending.lines.start;
    this.count(pending.format, -1);
    this.pending = null;
    this.begin(start, re, joined);
    this.extendPending(no);
    this.end = no;
    this.lastLength = text.length;
    return true;
  }

  private extendPending(no: number): void {
    if (this.pending !== null) this.pending.lines.end = no;
  }

  /** An unformatted line folds into the pending record inside a `key=<` value or when indented. */
  private continues(body: string): boolean {
    if (this.pending === null || this.pendingChars > MAX_RECORD_CHARS) return false;
    if (this.openKey !== undefined) return true;
    const c = body.charCodeAt(0);
    return c === 32 || c === 9;
  }

  private fold(no: number, body: string): void {
    const rec = this.pending as LogRecord;
    this.pendingLine = null;
    this.pendingChars += body.length + 1;
    rec.lines.end = no;
    this.end = no;
    const key = this.openKey;
    if (key !== undefined) {
      const t = body.trimStart();
      if (t === '>' || t.startsWith('> ')) {
        // ` >` closes the value; more ` key=value` pairs may follow on the same line
        this.openKey = scanPairs(t, 1, rec.fields).openKey;
        return;
      }
      const v = body.charCodeAt(0) === 9 ? body.slice(1) : body;
      rec.fields[key] = rec.fields[key] === '' ? v : `${rec.fields[key]}\n${v}`;
      return;
    }
    rec.message += '\n' + body;
  }

  private begin(no: number, p: ParsedLine, line?: string): void {
    this.flush();
    this.pendingLine = line ?? null;
    this.lastLength = line?.length ?? 0;
    const rec: LogRecord = { format: p.format, message: p.message, fields: p.fields, lines: { start: no, end: no } };
    if (p.time !== undefined) rec.time = p.time;
    if (p.level !== undefined) rec.level = p.level;
    const component = p.component ?? (p.format === 'terway-legacy' ? 'terway' : this.ctx.container);
    if (component !== undefined) rec.component = component;
    if (p.caller !== undefined) rec.caller = p.caller;
    if (p.pid !== undefined) rec.pid = p.pid;
    if (p.pod !== undefined) rec.pod = p.pod;
    if (p.container !== undefined) rec.container = p.container;
    else if (this.ctx.container !== undefined) rec.container = this.ctx.container;
    this.openKey = p.openKey;
    this.pending = rec;
    this.pendingChars = p.message.length;
    this.end = no;
    this.count(p.format, 1);
    if (this.title === undefined && rec.component !== undefined) this.title = rec.component;
  }

  private count(format: LogRecord['format'], delta: number): void {
    if (format === this.runFormat) {
      this.runCount += delta;
      return;
    }
    this.flushCount();
    this.runFormat = format;
    this.runCount = delta;
  }

  private flushCount(): void {
    if (this.runFormat === null) return;
    this.counts.set(this.runFormat, (this.counts.get(this.runFormat) ?? 0) + this.runCount);
    this.runFormat = null;
    this.runCount = 0;
  }

  private flush(): void {
    if (this.pending !== null) this.ctx.sink.log(this.pending);
    this.pending = null;
  }

  finish(): InputDocument {
    this.flush();
    this.flushCount();
    let best: LogRecord['format'] = 'plain';
    let bestCount = 0;
    for (const [format, n] of this.counts) {
      if (format !== 'plain' && n > bestCount) {
        best = format;
        bestCount = n;
      }
    }
    return makeDocument(KIND_OF[best], this.start, this.end, this.ctx, this.title);
  }
}
