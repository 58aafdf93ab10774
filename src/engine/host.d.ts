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
  cancel(reason?: unknown): Promise<void>;
}

interface ReadableStreamDefaultController<T> {
  enqueue(chunk: T): void;
  close(): void;
}

interface UnderlyingSource<T> {
  pull?(controller: ReadableStreamDefaultController<T>): void | Promise<void>;
  cancel?(reason?: unknown): void | Promise<void>;
}

/** what a transform stream exposes to pipeThrough (DecompressionStream) */
interface ReadableWritablePair<R, W> {
  readable: ReadableStream<R>;
  writable: unknown;
  /** phantom: ties the pair to its input type */
  readonly __writes?: W;
}

interface ReadableStream<T> {
  getReader(): ReadableStreamDefaultReader<T>;
  pipeThrough<R>(transform: ReadableWritablePair<R, T>): ReadableStream<R>;
}

declare const ReadableStream: {
  prototype: ReadableStream<unknown>;
  new <T>(source: UnderlyingSource<T>): ReadableStream<T>;
};

/** the bytes a stream may carry into a decompressor */
type BufferSource = ArrayBufferView | ArrayBuffer;

/** gzip streams are decompressed by the host (browsers and Node 18+ have DecompressionStream) */
declare class DecompressionStream implements ReadableWritablePair<Uint8Array, BufferSource> {
  constructor(format: 'gzip' | 'deflate' | 'deflate-raw');
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: unknown;
}

declare class DOMException extends Error {
  constructor(message?: string, name?: string);
}

declare function setTimeout(handler: () => void, timeout?: number): unknown;
