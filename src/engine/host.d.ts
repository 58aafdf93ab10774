// The only host APIs the engine may use. Its tsconfig (tsconfig.engine.json) loads no DOM and no Node
// types, so `document`, `window` or `node:fs` fail to compile; each name below exists with the same
// behaviour in a browser page, a worker and Node 20, and is declared with just the members the engine
// calls. Other realms compile engine files against their full lib, where these declarations are absent.

interface TextDecodeOptions {
  stream?: boolean;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: TextDecodeOptions): string;
}

type ReadableStreamReadResult<T> = { done: true; value?: undefined } | { done: false; value: T };

interface ReadableStreamDefaultReader<T> {
  read(): Promise<ReadableStreamReadResult<T>>;
  releaseLock(): void;
}

interface ReadableStream<T> {
  getReader(): ReadableStreamDefaultReader<T>;
}

declare class DOMException extends Error {
  constructor(message?: string, name?: string);
}

declare function setTimeout(handler: () => void, timeout?: number): unknown;
