// What the engine worker exposes. Plain data in and out, so comlink can clone it.
// `type Api = typeof api` is the single typed contract between the page and the worker.
import catalogData from 'virtual:terway-catalog/engine';
import { applyOverlay, type CatalogOverlay, type Report } from '../engine/index';
import { analyze as runAnalysis, CompiledCatalog, type EngineSource, type Progress } from '../engine/pipeline';
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

const compiled = new Map<Lang, CompiledCatalog>();
function compiledCatalog(language: Language): CompiledCatalog {
  let c = compiled.get(language.lang);
  if (!c) {
    c = new CompiledCatalog(language.lang === 'en' ? catalogData : applyOverlay(catalogData, language.overlay));
    compiled.set(language.lang, c);
  }
  return c;
}

export const api = {
  /** Handshake: proves the worker started and comlink works. */
  ping(): { ok: true; apiVersion: number } {
    return { ok: true, apiVersion: ENGINE_API_VERSION };
  },
  /** Analyses inputs in order (each starts on a new line); progress is reported several times a second. */
  async analyze(
    inputs: AnalyzeInput[],
    onProgress?: (p: Progress) => void,
    language: Language = { lang: 'en' },
  ): Promise<Report> {
    const sources: EngineSource[] = inputs.map((i) =>
      'text' in i ? { name: i.name, text: i.text } : { name: i.name, stream: i.file.stream(), size: i.file.size },
    );
    return runAnalysis(sources, compiledCatalog(language), {
      ...(onProgress ? { onProgress } : {}),
      lang: language.lang,
      ...('messages' in language ? { messages: language.messages } : {}),
    });
  },
};

export type Api = typeof api;
