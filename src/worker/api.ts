// What the engine worker exposes. Pure functions over plain data, so comlink can clone them.
// `type Api = typeof api` is the single typed contract between the page and the worker.

export const ENGINE_API_VERSION = 1;

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
};

export type Api = typeof api;
