// The whole pipeline for one analysis: inputs (text, bytes or byte streams) → sniff (binary is refused,
// gzip is decompressed as it streams) → streaming decode → streaming parse → Collector (catalog matching
// as records arrive) → SOP reasoning → Report.
// Memory is bounded by the chunk size plus what the collector aggregates, whatever the input size.
import type { InputSkip, Report, ReportInput } from './report';
import type { CompiledCatalog } from './match/compiled-catalog';
import { Collector } from './analysis/collector';
import { withLineTap } from './analysis/line-tap';
import { VersionSightings } from './analysis/version-sightings';
import { diagnose } from './reason/diagnose';
import { createStreamDecoder } from './text/index';
import { createLineParser, type LineParser } from './parse/index';
import { chunksOf, GzipDataError, openBytes, SourceReadError } from './input/open-bytes';
import { sniffText } from './input/sniff';
import type { BinaryFormat } from './input/formats';
import { binarySkip, lineSkip, pastedBinarySkip } from './input/skip';
import { describeCaps } from './report-capped';
import { msg, useLanguage, type Lang, type MessageTable } from './messages';
import { unpacked, type ScannedSegment } from './analysis/segments';
import type { ScannedText } from './parse/scan-text';

export type EngineSource =
  | { name: string; text: string }
  | { name: string; bytes: Uint8Array }
  | { name: string; stream: ReadableStream<Uint8Array>; size: number }
  /** a big UTF-8 text file that other workers decode and scan, in segments (analysis/segments.ts) */
  | { name: string; segments: AsyncIterable<ScannedSegment>; size: number };

export interface Progress {
  phase: 'reading' | 'reasoning' | 'done';
  bytesDone: number;
  bytesTotal: number;
  lines: number;
  findings: number;
}

export interface AnalyzeOptions {
  onProgress?: (p: Progress) => void;
  /** checked between chunks; when set the analysis stops with an AbortError */
  signal?: { readonly aborted: boolean };
  progressIntervalMs?: number;
  /**
   * false: parse and match every line in full instead of scanning each chunk for what matters first. The
   * report is the same (tests hold both paths to it); benchmarks compare their speed.
   */
  scanFirst?: boolean;
  /** the language of the report's prose (English by default) and its message table; the catalog passed speaks it too */
  lang?: Lang;
  messages?: MessageTable;
}

const TEXT_CHUNK = 1 << 20;

function sizeOf(s: EngineSource): number {
  if ('text' in s) return s.text.length;
  if ('bytes' in s) return s.bytes.length;
  return s.size;
}

export async function analyze(
  sources: EngineSource[],
  catalog: CompiledCatalog,
  opts: AnalyzeOptions = {},
): Promise<Report> {
  // msg() speaks one language per realm: set it again after every wait, in case another analysis ran meanwhile
  const speak = () => useLanguage(opts.lang ?? 'en', opts.messages);
  speak();
  const collector = new Collector(catalog, { scanFirst: opts.scanFirst ?? true });
  const versions = new VersionSightings();
  const bytesTotal = sources.reduce((n, s) => n + sizeOf(s), 0);
  const interval = opts.progressIntervalMs ?? 150;
  let bytesDone = 0;
  let lastReport = 0;
  const progress = (phase: Progress['phase'], force = false) => {
    if (!opts.onProgress) return;
    const now = Date.now();
    if (!force && now - lastReport < interval) return;
    lastReport = now;
    opts.onProgress({ phase, bytesDone, bytesTotal, lines: collector.linesSoFar, findings: collector.findingsSoFar });
  };
  const checkAbort = () => {
    if (opts.signal?.aborted) throw new DOMException('The analysis was cancelled.', 'AbortError');
  };

  const inputs: ReportInput[] = [];
  const reader: Reader = {
    checkAbort,
    onBytes: (n) => {
      bytesDone += n;
      progress('reading');
    },
    onText: () => progress('reading'),
  };
  progress('reading', true);
  for (const source of sources) {
    const startLine = collector.startInput();
    const docsBefore = collector.out.documents.length;
    // the parser numbers each input's lines from 1, the report across all inputs
    const tap = (n: number, text: string) => versions.line(n + startLine - 1, text);
    const parser = new VisibleParser(createLineParser(withLineTap(collector, tap)));
    const read =
      'text' in source
        ? await readText(source.text, parser, reader)
        : 'segments' in source
          ? await readSegments(source.segments, parser, reader)
          : await readBytes(source, parser, reader);
    speak();
    parser.end();
    const endLine = Math.max(startLine - 1, collector.linesSoFar);
    const input: ReportInput = {
      name: source.name,
      bytes: sizeOf(source),
      startLine,
      endLine,
      kinds: [...new Set(collector.out.documents.slice(docsBefore).map((d) => d.kind))],
    };
    if (read.gzip) Object.assign(input, { compression: 'gzip', textBytes: read.textBytes });
    const skipped = skipOf(source.name, read, parser.visible, endLine - startLine + 1);
    if (skipped) input.skipped = skipped;
    inputs.push(input);
  }
  checkAbort();
  progress('reasoning', true);
  speak();
  const report: Report = { inputs, ...diagnose(collector.finish(), bytesTotal, catalog, versions.all()) };
  describeCaps(
    report.documents,
    collector.out.documents.filter((d) => d.capped),
  );
  if (inputs.every((i) => i.skipped && (i.skipped.reason === 'empty' || i.endLine < i.startLine)))
    report.verdict = { ...report.verdict, summary: msg('input.nothingRead') };
  progress('done', true);
  return report;
}

/** How reading an input ended. */
interface Read {
  outcome: 'read' | 'binary' | 'unreadable' | 'gzip-broken';
  format?: BinaryFormat;
  /** the input was a string (a paste), not a file */
  pasted?: boolean;
  gzip?: boolean;
  /** decompressed bytes (gzip) */
  textBytes?: number;
}

interface Reader {
  checkAbort(): void;
  /** bytes read from the source (compressed ones for gzip) */
  onBytes(n: number): void;
  /** text handed to the parser */
  onText(): void;
}

/** The line parser, noting whether any visible character went through (whitespace-only input is said as such). */
class VisibleParser {
  visible = false;
  readonly #parser: LineParser;
  constructor(parser: LineParser) {
    this.#parser = parser;
  }
  push(text: string, mayHoldWideWork?: boolean): void {
    if (!this.visible) this.visible = /\S/.test(text);
    this.#parser.push(text, mayHoldWideWork);
  }
  pushScanned(s: ScannedText): void {
    if (!this.visible) this.visible = /\S/.test(s.text);
    this.#parser.pushScanned(s);
  }
  end(): void {
    this.#parser.end();
  }
}

async function readText(text: string, parser: VisibleParser, reader: Reader): Promise<Read> {
  if (sniffText(text).type === 'binary') return { outcome: 'binary', format: 'unknown', pasted: true };
  for (let i = 0; i < text.length; i += TEXT_CHUNK) {
    reader.checkAbort();
    parser.push(text.slice(i, i + TEXT_CHUNK));
    reader.onBytes(Math.min(TEXT_CHUNK, text.length - i));
    // a paste of one chunk (the usual one) waits for no timer: a cancel can only come between chunks
    if (i + TEXT_CHUNK < text.length) await tick();
  }
  return { outcome: 'read' };
}

/** A file's segments as other workers decoded and scanned them (the caller sniffed it as UTF-8 text). */
async function readSegments(
  segments: AsyncIterable<ScannedSegment>,
  parser: VisibleParser,
  reader: Reader,
): Promise<Read> {
  try {
    for await (const segment of segments) {
      reader.checkAbort();
      for (const text of segment.texts) parser.pushScanned(unpacked(text));
      reader.onBytes(segment.bytes);
    }
  } catch (e) {
    // a worker's error arrives as a plain Error that keeps its name
    if (e instanceof SourceReadError || (e instanceof Error && e.name === 'SourceReadError'))
      return { outcome: 'unreadable' };
    throw e;
  }
  return { outcome: 'read' };
}

/** Bytes of a file, a pipe or a buffer: sniffed, gunzipped when gzip, decoded and parsed as they stream. */
async function readBytes(
  source: Extract<EngineSource, { bytes: Uint8Array } | { stream: ReadableStream<Uint8Array> }>,
  parser: VisibleParser,
  reader: Reader,
): Promise<Read> {
  const decoder = createStreamDecoder();
  const read: Read = { outcome: 'read' };
  try {
    const opened = await openBytes(
      chunksOf('bytes' in source ? chunkBytes(source.bytes) : source.stream),
      reader.onBytes,
    );
    read.gzip = opened.gzip;
    if (opened.type === 'binary') return { ...read, outcome: 'binary', format: opened.format };
    read.textBytes = 0;
    for await (const chunk of opened.chunks) {
      reader.checkAbort();
      read.textBytes += chunk.length;
      parser.push(decoder.push(chunk), decoder.mayHoldWideWork);
      reader.onText();
    }
  } catch (e) {
    if (e instanceof SourceReadError) read.outcome = 'unreadable';
    else if (e instanceof GzipDataError) read.outcome = 'gzip-broken';
    else throw e;
  }
  parser.push(decoder.end());
  return read;
}

/** Why the input was not (fully) analysed, if it was not; `lines` is how many it had or had before a failure. */
function skipOf(name: string, read: Read, visible: boolean, lines: number): InputSkip | null {
  switch (read.outcome) {
    case 'binary':
      return read.pasted ? pastedBinarySkip(name) : binarySkip(name, read.format ?? 'unknown', read.gzip === true);
    case 'unreadable':
    case 'gzip-broken':
      return lineSkip(read.outcome, name, lines);
    case 'read':
      return visible ? null : lineSkip('empty', name, lines);
  }
}

function* chunkBytes(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += TEXT_CHUNK) yield bytes.subarray(i, i + TEXT_CHUNK);
}

/** lets a cancel message or progress callback through between chunks of a big paste */
function tick(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}
