// A run of log lines (any mix of families, as Terway v1.6–v1.11 mixes its formatter with klogr). Records are
// emitted one by one; only the record being built is held (one per `--prefix` source), so that continuation
// lines (klog `key=<` values, indented stack traces, CRI partial lines) fold into it. `journalctl -r` prints a
// multi-line value before the line that opens it: those lines wait in a ReversedRun.

import type { DocumentKind, InputDocument, LogRecord } from '../../records';
import type { DocHandler, ParseContext, StartKind } from '../handler';
import { KLOGR_KEY_STOP, LOGGER_STOP, makeDocument, MAX_PARSE_LINE_CHARS, MAX_RECORD_CHARS } from '../handler';
import type { ParsedLine } from './parsed-line';
import { parseLogLine } from './log-line';
import { isInfoKlogLine, isKlogLine } from './klog';
import { emptyParsed } from './parsed-line';
import { dedent } from '../paste-artefacts';
import { scanPairs } from './kv';
import { isCommonTerminalWidth, shownWidth, wrapJoiner } from '../wrap';
import { isValueClose, ReversedRun } from './reversed-run';
import { ParkedSlots, type Slot, slotKey } from './slots';
import { FormatCounts } from './format-counts';

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

/**
 * Most lines of a Go panic or stack trace start at column 0 but belong to the record above; so do the function
 * lines of a zap `stacktrace` (`sigs.k8s.io/…/controller.(*Controller).reconcileHandler`, no arguments).
 * A frame with arguments is read up to its first `(` after the first character: a class that also took `(`
 * would retry every `(` of a line full of them.
 */
const STACK_LINE =
  /^(?:goroutine \d+ \[|panic: |\[signal |created by |[\w./*()-][\w./*)-]*\(.*\)$|exit status \d|[\w.-]+(?:\/[\w.@-]+)+\.(?:\(\*?\w+\)\.)?\w+$)/;

export class LogHandler implements DocHandler {
  private readonly ctx: ParseContext;
  private readonly start: number;
  private end: number;
  private pending: LogRecord | null = null;
  private openKey: string | undefined;
  private readonly formats = new FormatCounts();
  private title: string | undefined;
  private afterBlank = false;
  /** size of the pending record, so that continuation lines cannot grow it without bound */
  private pendingChars = 0;
  /** paste indentation of the first line, removed from every line */
  private readonly indent: number;
  /** the pending record's physical text while it has no folded lines (to re-join a terminal-wrapped line) */
  private pendingLine: string | null = null;
  /** the pending record's physical text when its last line was a CRI partial (`P`) line */
  private partialLine: string | null = null;
  /** shown width and trimmed trailing spaces of the pending record's line */
  private lastLength = 0;
  private lastSpaces = 0;
  /** `--prefix` source of the pending record ('' for unprefixed lines); other sources wait in `parked` */
  private slot = '';
  private parked: ParkedSlots | null = null;
  private run: ReversedRun | null = null;
  /**
   * A skimmed line (`chunk[lazyAt..lazyEnd)`, line `lazyNo`, 0: none) whose record is not built yet: it is
   * built only when a line after it turns out to continue it (materialise), else just counted (quietLog).
   */
  private lazyNo = 0;
  private lazyChunk = '';
  private lazyAt = 0;
  private lazyEnd = 0;

  constructor(ctx: ParseContext, no: number, first: ParsedLine, indent = 0, firstLine?: string) {
    this.ctx = ctx;
    this.indent = indent;
    this.start = no;
    this.end = no;
    this.take(no, first, firstLine !== undefined ? dedent(firstLine, indent) : first.body);
  }

  /** Whether a line that is not a log line would still be taken (plain lines of `kubectl logs`). */
  private get plainMode(): boolean {
    return this.ctx.hint?.isLog === true;
  }

  accept(no: number, raw: string): boolean {
    // a skimmed line's record is needed only when this line may continue it: a klog line (the common case
    // after one: a warning, a marked line) begins a record of its own, and the skimmed one is just counted
    if (this.lazyNo !== 0 && !(this.indent === 0 && isKlogLine(raw))) this.materialise();
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
      this.take(no, parsed, text);
      return true;
    }
    if (this.run !== null) this.replayRun();
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

  /** A log line (or a prefixed line without a format): continues, closes or starts a record. */
  private take(no: number, parsed: ParsedLine, text: string): void {
    if (parsed.pod !== undefined || this.slot !== '') {
      const key = slotKey(parsed.pod, parsed.container);
      if (key !== this.slot) this.switchSlot(key, no);
    }
    if (this.run !== null) {
      if (this.run.takes(parsed)) {
        this.run.add({ no, parsed, text });
        return;
      }
      if (parsed.matched && parsed.openKey !== undefined) {
        this.resolveRun(no, parsed, text);
        return;
      }
      this.replayRun();
    }
    if (this.partialLine !== null && this.pending !== null && parsed.prefixed) {
      this.replace(no, this.partialLine + parsed.body, parsed.partial === true);
      return;
    }
    if (!parsed.matched && parsed.prefixed && this.openKey === undefined && isValueClose(parsed.body)) {
      // a value closed before it was opened: `journalctl -r`
      this.run = new ReversedRun({ no, parsed, text });
      return;
    }
    if (!parsed.matched && this.continues(parsed.body)) this.fold(no, parsed.body);
    else this.begin(no, parsed, text);
  }

  /** A line cut by the terminal at its width: parse the re-joined physical line in place of the pending record. */
  private rejoinWrapped(no: number, text: string): boolean {
    const prev = this.pendingLine;
    const pending = this.pending;
    if (prev === null || pending === null || !isCommonTerminalWidth(this.lastLength) || this.openKey !== undefined)
      return false;
    const c = text.charCodeAt(0);
    if (c === 32 || c === 9) return false;
    const joined = prev + wrapJoiner(this.lastSpaces) + text;
    const re = parseLogLine(joined);
    if (re === null || !re.matched) return false;
    this.replace(no, joined, false);
    this.lastLength = shownWidth(text.length, this.ctx.trailingSpaces);
    return true;
  }

  /** Re-parses the pending record from its re-joined physical line, which now ends at `no`. */
  private replace(no: number, joined: string, partial: boolean): void {
    const pending = this.pending as LogRecord;
    const start = pending.lines.start;
    this.formats.add(pending.format, -1);
    this.pending = null;
    this.begin(start, parseLogLine(joined) ?? emptyParsed(joined, false), joined);
    this.extendPending(no);
    this.end = no;
    this.partialLine = partial ? joined : null;
  }

  /** The opening line of a reversed value: the record takes the held lines in reading order. */
  private resolveRun(no: number, parsed: ParsedLine, text: string): void {
    const run = this.run as ReversedRun;
    this.run = null;
    this.begin(no, parsed, text);
    for (let i = run.lines.length - 1; i >= 0; i--) {
      const held = run.lines[i] as (typeof run.lines)[number];
      this.fold(held.no, held.parsed.body);
    }
    this.extendPending(no);
    if (this.pending !== null) this.pending.lines.start = run.start;
    this.end = no;
  }

  /** No opening line came: the held lines are read as they would have been without the run. */
  private replayRun(): void {
    const run = this.run as ReversedRun;
    this.run = null;
    for (const held of run.lines) {
      if (!held.parsed.matched && this.continues(held.parsed.body)) this.fold(held.no, held.parsed.body);
      else this.begin(held.no, held.parsed, held.text);
    }
  }

  private switchSlot(key: string, no: number): void {
    const parked = (this.parked ??= new ParkedSlots());
    if (this.pending !== null) parked.park(this.slot, this.saveSlot(no));
    const next = parked.take(key);
    this.loadSlot(next);
    this.slot = key;
    for (const rec of parked.retire(no)) this.ctx.sink.log(rec);
  }

  private saveSlot(no: number): Slot {
    return {
      pending: this.pending,
      openKey: this.openKey,
      pendingChars: this.pendingChars,
      pendingLine: this.pendingLine,
      partialLine: this.partialLine,
      lastLength: this.lastLength,
      lastSpaces: this.lastSpaces,
      lastNo: no,
    };
  }

  private loadSlot(s: Slot | undefined): void {
    this.pending = s?.pending ?? null;
    this.openKey = s?.openKey;
    this.pendingChars = s?.pendingChars ?? 0;
    this.pendingLine = s?.pendingLine ?? null;
    this.partialLine = s?.partialLine ?? null;
    this.lastLength = s?.lastLength ?? 0;
    this.lastSpaces = s?.lastSpaces ?? 0;
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
    this.partialLine = null;
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

  /**
   * A quiet line can wait unparsed when it is a plain klog line at info level that begins a
   * record of its own (begin() via take()) in the simplest state: no paste indent, source prefix, open value,
   * reversed run or blank line before it. Plain: not a klogr line (controller-runtime) and, while the
   * document has no title, no `logger` to give it one. Nothing reads such a record but the line count.
   */
  canSkim(chunk: string, at: number, end: number, stops: number): boolean {
    if (this.indent !== 0 || this.afterBlank || this.run !== null || this.slot !== '' || this.openKey !== undefined)
      return false;
    if ((stops & KLOGR_KEY_STOP) !== 0 || end - at > MAX_PARSE_LINE_CHARS) return false;
    if (this.title === undefined && (this.ctx.container !== undefined || (stops & LOGGER_STOP) !== 0)) return false;
    return isInfoKlogLine(chunk, at, end);
  }

  /** begin() for a line canSkim() accepted, with its record left to materialise() */
  skim(no: number, chunk: string, at: number, end: number): void {
    this.flush();
    this.lazyNo = no;
    this.lazyChunk = chunk;
    this.lazyAt = at;
    this.lazyEnd = end;
    this.openKey = undefined;
    this.end = no;
    this.formats.add('klog', 1);
  }

  /** Builds the skimmed line's record as begin() would have: a line after it needs it after all. */
  private materialise(): void {
    const line = this.lazyChunk.slice(this.lazyAt, this.lazyEnd);
    const no = this.lazyNo;
    this.lazyNo = 0;
    this.lazyChunk = '';
    // a skimmed line had no trailing spaces
    this.open(no, parseLogLine(line) as ParsedLine, line, 0);
  }

  private begin(no: number, p: ParsedLine, line?: string): void {
    this.flush();
    this.open(no, p, line, this.ctx.trailingSpaces);
    this.formats.add(p.format, 1);
    const component = (this.pending as LogRecord | null)?.component;
    if (this.title === undefined && component !== undefined) this.title = component;
  }

  /** The pending record from a parsed line; `spaces`: the trailing spaces normalisation trimmed from it. */
  private open(no: number, p: ParsedLine, line: string | undefined, spaces: number): void {
    this.pendingLine = line ?? null;
    this.partialLine = p.partial === true && line !== undefined ? line : null;
    this.lastSpaces = spaces;
    this.lastLength = line !== undefined ? shownWidth(line.length, this.lastSpaces) : 0;
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
  }

  private flush(): void {
    if (this.lazyNo !== 0) this.ctx.sink.scanFirst?.quietLog();
    else if (this.pending !== null) this.ctx.sink.log(this.pending);
    this.lazyNo = 0;
    this.lazyChunk = '';
    this.pending = null;
  }

  finish(): InputDocument {
    if (this.lazyNo !== 0) this.materialise();
    if (this.run !== null) this.replayRun();
    if (this.parked !== null) {
      // every source's last record, in order of their first line
      if (this.pending !== null) this.parked.park(this.slot, this.saveSlot(this.end));
      this.pending = null;
      for (const rec of this.parked.drain()) this.ctx.sink.log(rec);
    }
    this.flush();
    return makeDocument(KIND_OF[this.formats.best()], this.start, this.end, this.ctx, this.title);
  }
}
