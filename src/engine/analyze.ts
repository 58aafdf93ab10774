// The whole pipeline for one analysis: inputs (text, bytes or byte streams) → streaming decode →
// streaming parse → Collector (catalog matching as records arrive) → SOP reasoning → Report.
// Memory is bounded by the chunk size plus what the collector aggregates, whatever the input size.
import type { Report, ReportInput } from './report';
import type { DocumentKind } from './records';
import type { CompiledCatalog } from './match/compiled-catalog';
import { Collector } from './analysis/collector';
import { diagnose } from './reason/diagnose';
import { createStreamDecoder } from './text/index.ts';
import { createLineParser } from './parse/index.ts';

export type EngineSource =
  | { name: string; text: string }
  | { name: string; bytes: Uint8Array }
  | { name: string; stream: ReadableStream<Uint8Array>; size: number };

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
  const collector = new Collector(catalog);
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
  progress('reading', true);
  for (const source of sources) {
    const startLine = collector.startInput();
    const kinds = new Set<DocumentKind>();
    const docsBefore = collector.out.documents.length;
    const parser = createLineParser(collector);
    if ('text' in source) {
      for (let i = 0; i < source.text.length; i += TEXT_CHUNK) {
        checkAbort();
        parser.push(source.text.slice(i, i + TEXT_CHUNK));
        bytesDone += Math.min(TEXT_CHUNK, source.text.length - i);
        progress('reading');
        await tick();
      }
    } else {
      const decoder = createStreamDecoder();
      const chunks = 'bytes' in source ? chunkBytes(source.bytes) : readStream(source.stream);
      for await (const chunk of chunks) {
        checkAbort();
        const text = decoder.push(chunk);
        parser.push(text, decoder.mayHoldWideWork);
        bytesDone += chunk.length;
        progress('reading');
      }
      parser.push(decoder.end());
    }
    parser.end();
    for (const d of collector.out.documents.slice(docsBefore)) kinds.add(d.kind);
    inputs.push({
      name: source.name,
      bytes: sizeOf(source),
      startLine,
      endLine: Math.max(startLine - 1, collector.linesSoFar),
      kinds: [...kinds],
    });
  }
  checkAbort();
  progress('reasoning', true);
  const report: Report = { inputs, ...diagnose(collector.finish(), bytesTotal) };
  progress('done', true);
  return report;
}

async function* chunkBytes(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += TEXT_CHUNK) yield bytes.subarray(i, i + TEXT_CHUNK);
}

async function* readStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** lets a cancel message or progress callback through between chunks of a big paste */
function tick(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}
