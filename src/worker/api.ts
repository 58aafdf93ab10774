// What the engine worker exposes. Plain data in and out, so comlink can clone it.
// `type Api = typeof api` is the single typed contract between the page and the worker.
import catalogData from 'virtual:terway-catalog/engine';
import type { Catalog, Report } from '../engine/index';
import { analyze as runAnalysis, CompiledCatalog, type EngineSource, type Progress } from '../engine/pipeline';

export type { Progress };
export const ENGINE_API_VERSION = 1;

/** A pasted text or a dropped file (a File/Blob is posted by handle, never copied). */
export type AnalyzeInput = { name: string; text: string } | { name: string; file: Blob };

let compiled: CompiledCatalog | undefined;
const compiledCatalog = () => (compiled ??= new CompiledCatalog(catalogData));

export const api = {
  /** Handshake: proves the worker started and comlink works. */
  ping(): { ok: true; apiVersion: number } {
    return { ok: true, apiVersion: ENGINE_API_VERSION };
  },
  /** Counts lines the way the engine numbers them (LF, CRLF, CR). */
  countLines(text: string): number {
    if (text.length === 0) return 0;
    let n = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        n++;
      }
    }
    // a trailing newline does not open a new line
    const last = text.charCodeAt(text.length - 1);
    return last === 10 || last === 13 ? n - 1 : n;
  },
  /** Analyses inputs in order (each starts on a new line); progress is reported several times a second. */
  async analyze(inputs: AnalyzeInput[], onProgress?: (p: Progress) => void): Promise<Report> {
    const sources: EngineSource[] = inputs.map((i) =>
      'text' in i ? { name: i.name, text: i.text } : { name: i.name, stream: i.file.stream(), size: i.file.size },
    );
    return runAnalysis(sources, compiledCatalog(), onProgress ? { onProgress } : {});
  },
  /** The catalog as the engine uses it (no examples or sources: the reference view imports the full one lazily). */
  catalog(): Catalog {
    return catalogData;
  },
};

export type Api = typeof api;
