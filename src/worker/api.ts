// What the engine worker exposes. Plain data in and out, so comlink can clone it.
// `type Api = typeof api` is the single typed contract between the page and the worker. Every engine
// worker can also help another one: the page connects them with message ports (connect / serve), and the
// one analysing a big file has its helpers decode and scan its segments while it parses them in order.
import { expose, transfer, wrap, type Remote } from 'comlink';
import catalogData from 'virtual:terway-catalog/engine';
import { applyOverlay, type CatalogOverlay, type Report } from '../engine/index';
import {
  analyze as runAnalysis,
  canSplit,
  CompiledCatalog,
  forTransfer,
  MIN_SPLIT_BYTES,
  SPLIT_HEAD_BYTES,
  scanSegment,
  segmentCount,
  segmentsInOrder,
  transferables,
  type EngineSource,
  type Progress,
  type ScannedSegment,
  warmScan,
  warmUp,
} from '../engine/pipeline';
import type { Lang, MessageTable } from '../engine/messages';

export type { Progress };
export const ENGINE_API_VERSION = 1;

/** A pasted text or a dropped file (a File/Blob is posted by handle, never copied). */
export type AnalyzeInput = { name: string; text: string } | { name: string; file: Blob };

/**
 * The language of the report: the worker bundles English only; for another language the page posts
 * its message table and the slim catalog overlay (`virtual:terway-catalog/zh-engine`), both lazy chunks.
 */
export type Language = { lang: 'en' } | { lang: Exclude<Lang, 'en'>; messages: MessageTable; overlay: CatalogOverlay };

/** segments in flight per helper: one being scanned, one waiting to be parsed (and two while there is none) */
const AHEAD_PER_HELPER = 2;

const compiled = new Map<Lang, CompiledCatalog>();
function compiledCatalog(language: Language): CompiledCatalog {
  let c = compiled.get(language.lang);
  if (!c) {
    c = new CompiledCatalog(language.lang === 'en' ? catalogData : applyOverlay(catalogData, language.overlay));
    compiled.set(language.lang, c);
  }
  return c;
}

let helpers: Remote<Api>[] = [];

// the English catalog serves every first run and every helper: its scan tables are built at once; the
// engine (the worker the page pings) also runs the pipeline once, while the page waits for input anyway
let warmed = false;
function warm(): void {
  if (warmed) return;
  warmed = true;
  warmScan(compiledCatalog({ lang: 'en' }));
}
setTimeout(warm, 0);

/** Bytes start..end of a file, in one read. */
const readOf = (file: Blob) => async (start: number, end: number) =>
  new Uint8Array(await file.slice(start, end).arrayBuffer());

/**
 * A file as segments when it is big plain UTF-8 text. Helpers scan them once they are connected (the page
 * starts them with the analysis, which does not wait for them); until then this worker scans them itself.
 * The English catalog serves every language: overlays translate prose, never the patterns scanned for.
 */
async function sourceOf(input: { name: string; file: Blob }): Promise<EngineSource> {
  const { name, file } = input;
  const whole = (): EngineSource => ({ name, stream: file.stream(), size: file.size });
  if (file.size < MIN_SPLIT_BYTES) return whole();
  // a file that cannot be read now is read as one stream, whose failure the report then names
  const head = await file
    .slice(0, SPLIT_HEAD_BYTES)
    .arrayBuffer()
    .catch(() => undefined);
  if (head === undefined || !canSplit(new Uint8Array(head), file.size)) return whole();
  let turn = 0;
  const scan = (index: number): Promise<ScannedSegment> => {
    const team = helpers;
    if (team.length === 0) return scanSegment(compiledCatalog({ lang: 'en' }), readOf(file), file.size, index);
    return (team[turn++ % team.length] as Remote<Api>).scanSegment(file, index);
  };
  const ahead = () => Math.max(1, helpers.length) * AHEAD_PER_HELPER;
  return { name, segments: segmentsInOrder(segmentCount(file.size), scan, ahead), size: file.size };
}

export const api = {
  /** Handshake: proves the worker started and comlink works. */
  ping(): { ok: true; apiVersion: number } {
    setTimeout(() => {
      warm();
      void warmUp(compiledCatalog({ lang: 'en' })).catch(() => {});
    }, 0);
    return { ok: true, apiVersion: ENGINE_API_VERSION };
  },
  /** Analyses inputs in order (each starts on a new line); progress is reported several times a second. */
  async analyze(
    inputs: AnalyzeInput[],
    onProgress?: (p: Progress) => void,
    language: Language = { lang: 'en' },
  ): Promise<Report> {
    const sources: EngineSource[] = [];
    for (const i of inputs) sources.push('text' in i ? { name: i.name, text: i.text } : await sourceOf(i));
    return runAnalysis(sources, compiledCatalog(language), {
      ...(onProgress ? { onProgress } : {}),
      lang: language.lang,
      ...('messages' in language ? { messages: language.messages } : {}),
    });
  },
  /** The helpers this worker hands segments of big files to: ports to other engine workers (serve). */
  connect(ports: MessagePort[]): void {
    helpers = ports.map((port) => wrap<Api>(port));
  },
  /**
   * Answers calls from the engine worker at the other end of `port`, once its scan tables are built: the
   * page connects a helper when this returns, and until then the engine scans segments itself.
   */
  serve(port: MessagePort): void {
    warm();
    expose(api, port);
  },
  /**
   * Segment `index` of `file`, decoded and scanned (engine/analysis/segments.ts). The English catalog
   * serves every language: overlays translate prose, never the patterns whose literals are scanned for.
   */
  async scanSegment(file: Blob, index: number): Promise<ScannedSegment> {
    const segment = forTransfer(await scanSegment(compiledCatalog({ lang: 'en' }), readOf(file), file.size, index));
    return transfer(segment, transferables(segment));
  },
};

export type Api = typeof api;
