// An input's bytes made ready for the text decoder: the first bytes are peeked and sniffed; gzip is
// decompressed as a stream (DecompressionStream, in the worker and in Node alike), so a compressed
// 1 GB log costs no more memory than a plain one; any other binary is refused before it is read.
// Failures say whose they were: reading the input (SourceReadError) or its gzip data (GzipDataError).

import { sniffBytes, SNIFF_BYTES } from './sniff';
import type { BinaryFormat } from './formats';

/** Reading the input itself failed: a file moved or deleted after the drop, a broken pipe. */
export class SourceReadError extends Error {
  override name = 'SourceReadError';
}

/** The gzip data could not be decompressed: it ends early or is damaged (zlib cannot tell which reliably). */
export class GzipDataError extends Error {
  override name = 'GzipDataError';
}

export type OpenedBytes =
  | { type: 'text'; chunks: AsyncIterable<Uint8Array>; gzip: boolean }
  | { type: 'binary'; format: BinaryFormat; gzip: boolean };

type Chunks = AsyncIterator<Uint8Array, undefined>;

/** A ReadableStream or a list of chunks as one iterator that cancels its stream when given up early. */
export function chunksOf(source: ReadableStream<Uint8Array> | Iterable<Uint8Array>): Chunks {
  if (!(source instanceof ReadableStream)) {
    const it = source[Symbol.iterator]();
    return { next: async () => it.next() as IteratorResult<Uint8Array, undefined> };
  }
  const reader = source.getReader();
  return {
    next: async () => {
      const r = await reader.read();
      return r.done ? { done: true, value: undefined } : r;
    },
    return: async () => {
      await reader.cancel().catch(() => {});
      return { done: true, value: undefined };
    },
  };
}

/**
 * Sniffs the input and returns its text bytes (decompressed when gzip), or the binary format it is.
 * `onRead` gets the size of every chunk read from the source (compressed bytes for gzip), for progress.
 */
export async function openBytes(source: Chunks, onRead: (bytes: number) => void): Promise<OpenedBytes> {
  const raw = new CountedSource(source, onRead);
  const outer = await peek(raw, SNIFF_BYTES);
  const sniff = sniffBytes(outer.head, outer.ended);
  if (sniff.type === 'text') return { type: 'text', chunks: iterable(outer.all), gzip: false };
  if (sniff.type === 'binary') {
    await outer.all.return?.();
    return { type: 'binary', format: sniff.format, gzip: false };
  }
  const inner = await peek(gunzip(outer.all), SNIFF_BYTES);
  const again = sniffBytes(inner.head, inner.ended);
  if (again.type === 'text') return { type: 'text', chunks: iterable(inner.all), gzip: true };
  await inner.all.return?.();
  return { type: 'binary', format: again.type === 'gzip' ? 'gzip' : again.format, gzip: true };
}

/** The source as read: counts bytes and marks its failures as its own. */
class CountedSource implements Chunks {
  readonly #source: Chunks;
  readonly #onRead: (bytes: number) => void;
  constructor(source: Chunks, onRead: (bytes: number) => void) {
    this.#source = source;
    this.#onRead = onRead;
  }
  async next(): Promise<IteratorResult<Uint8Array, undefined>> {
    let r: IteratorResult<Uint8Array, undefined>;
    try {
      r = await this.#source.next();
    } catch (e) {
      throw new SourceReadError(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    }
    if (!r.done) this.#onRead(r.value.length);
    return r;
  }
  async return(): Promise<IteratorResult<Uint8Array, undefined>> {
    await this.#source.return?.();
    return { done: true, value: undefined };
  }
}

interface Peeked {
  /** the first `min` bytes (fewer when the input is shorter) */
  head: Uint8Array;
  /** the input ends within the head */
  ended: boolean;
  /** every chunk from the start again, the peeked ones first (then a read failure, if one cut the peek short) */
  all: Chunks;
}

async function peek(source: Chunks, min: number): Promise<Peeked> {
  const held: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  let failure: unknown = null;
  while (size < min) {
    let r: IteratorResult<Uint8Array, undefined>;
    try {
      r = await source.next();
    } catch (e) {
      // the bytes before a failure are still worth reading: the failure comes after them
      if (held.length === 0) throw e;
      failure = e;
      break;
    }
    if (r.done) {
      ended = true;
      break;
    }
    held.push(r.value);
    size += r.value.length;
  }
  const head = new Uint8Array(Math.min(size, min));
  let at = 0;
  for (const c of held) {
    if (at >= head.length) break;
    const part = c.subarray(0, head.length - at);
    head.set(part, at);
    at += part.length;
  }
  let replay = 0;
  const all: Chunks = {
    next: async () => {
      if (replay < held.length) {
        const value = held[replay] as Uint8Array;
        held[replay++] = EMPTY; // let it go once handed on
        return { done: false, value };
      }
      if (failure !== null) throw failure;
      return ended ? { done: true, value: undefined } : source.next();
    },
    return: async () => {
      await source.return?.();
      return { done: true, value: undefined };
    },
  };
  return { head, ended, all };
}

const EMPTY = new Uint8Array(0);

function gunzip(compressed: Chunks): Chunks {
  const stream = new ReadableStream<BufferSource>({
    async pull(ctrl) {
      const r = await compressed.next();
      if (r.done) ctrl.close();
      else ctrl.enqueue(r.value as Uint8Array<ArrayBuffer>); // never a SharedArrayBuffer: read from a file or a pipe
    },
    async cancel() {
      await compressed.return?.();
    },
  });
  const reader = stream.pipeThrough(new DecompressionStream('gzip')).getReader();
  return {
    next: async () => {
      try {
        const r = await reader.read();
        return r.done ? { done: true, value: undefined } : r;
      } catch (e) {
        if (e instanceof SourceReadError) throw e;
        throw new GzipDataError(e instanceof Error ? e.message : String(e));
      }
    },
    return: async () => {
      await reader.cancel().catch(() => {});
      return { done: true, value: undefined };
    },
  };
}

function iterable(chunks: Chunks): AsyncIterable<Uint8Array> {
  return { [Symbol.asyncIterator]: () => chunks };
}
