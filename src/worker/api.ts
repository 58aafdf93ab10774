// What the engine worker exposes. Plain data in and out, so comlink can clone it.
// `type Api = typeof api` is the single typed contract between the page and the worker.
import catalogData from 'virtual:terway-catalog/engine';
import type { Report } from '../engine/index';
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
  /** Analyses inputs in order (each starts on a new line); progress is reported several times a second. */
  async analyze(inputs: AnalyzeInput[], onProgress?: (p: Progress) => void): Promise<Report> {
    const sources: EngineSource[] = inputs.map((i) =>
      'text' in i ? { name: i.name, text: i.text } : { name: i.name, stream: i.file.stream(), size: i.file.size },
    );
    return runAnalysis(sources, compiledCatalog(), onProgress ? { onProgress } : {});
  },
};

export type Api = typeof api;
