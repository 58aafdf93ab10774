// Several workers for a big file: the file is cut into segments of about SEGMENT_BYTES, each ending right
// after a line break, and other workers decode and scan them (the costly, line-blind part) while the one
// analysing it parses them in order. Every worker cuts by the same rule, so the segments tile the file;
// UTF-8 is cut safely after a line feed (no character spans it), and decoding a segment from there gives
// the text one decoder would have given. Parsing stays in one worker, in order, so the report is the one a
// single worker writes.

import type { CompiledCatalog } from '../match/compiled-catalog';
import { chunksOf, SourceReadError } from '../input/open-bytes';
import { sniffBytes, SNIFF_BYTES } from '../input/sniff';
import { detectEncoding } from '../text/decode';
import { createStreamDecoder } from '../text/stream-decoder';
import { scanText, type ScannedText } from '../parse/scan-text';
import { scanLiteralsOf } from './collector';

export const SEGMENT_BYTES = 4 << 20;
/** smaller files are not worth the round trips */
export const MIN_SPLIT_BYTES = 16 << 20;
/** decoded text per ScannedText: what one chunk of a single-worker read would be */
const TEXT_BYTES = 1 << 20;
/** bytes read at a time when looking for the line break a segment starts after */
const PROBE_BYTES = 64 << 10;

/**
 * One segment, decoded and scanned: plain data that crosses workers. Its text travels as code units in
 * buffers the sender transfers (`transferables`): a cloned string would land in the receiving worker's
 * heap, where V8 collects such strings late (a 1 GB file left hundreds of MB of them).
 */
export interface ScannedSegment {
  /** bytes of the file it covers */
  bytes: number;
  texts: PackedText[];
}

/** A ScannedText whose text is code units: one byte each when all are ASCII, else two. */
export interface PackedText extends Omit<ScannedText, 'text'> {
  units: Uint8Array | Uint16Array;
}

function packed({ text, clean, marks }: ScannedText): PackedText {
  let units: Uint8Array | Uint16Array = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) {
      units = new Uint16Array(text.length);
      for (let j = 0; j < text.length; j++) units[j] = text.charCodeAt(j);
      break;
    }
    units[i] = c;
  }
  return { units, clean, marks };
}

// a leading U+FEFF is text here, not a byte order mark
const fromAscii = new TextDecoder('utf-8', { ignoreBOM: true });
const fromUtf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The ScannedText a PackedText was made from. */
export function unpacked({ units, clean, marks }: PackedText): ScannedText {
  const text =
    units instanceof Uint8Array
      ? fromAscii.decode(units)
      : fromUtf16.decode(new Uint8Array(units.buffer, units.byteOffset, units.byteLength));
  return { text, clean, marks };
}

/** The buffers of a segment, for postMessage to move rather than copy. */
export function transferables(segment: ScannedSegment): ArrayBuffer[] {
  return segment.texts.map((t) => t.units.buffer as ArrayBuffer);
}

/** Bytes `start`..`end` of the input. */
export type ReadRange = (start: number, end: number) => ReadableStream<Uint8Array>;

/** How much of an input's start canSplit looks at. */
export const SPLIT_HEAD_BYTES = SNIFF_BYTES;

/** Whether an input of `size` bytes that starts with `head` (SPLIT_HEAD_BYTES of it) can be cut into segments. */
export function canSplit(head: Uint8Array, size: number): boolean {
  if (size < MIN_SPLIT_BYTES || head.length < SPLIT_HEAD_BYTES) return false;
  return sniffBytes(head, false).type === 'text' && detectEncoding(head).encoding === 'utf-8';
}

export function segmentCount(size: number, segmentBytes = SEGMENT_BYTES): number {
  return Math.max(1, Math.ceil(size / segmentBytes));
}

/**
 * Segment `index` of a UTF-8 text input of `size` bytes, decoded and scanned for `catalog`'s collector.
 * Every worker must cut with the same `segmentBytes`.
 */
export async function scanSegment(
  catalog: CompiledCatalog,
  read: ReadRange,
  size: number,
  index: number,
  segmentBytes = SEGMENT_BYTES,
): Promise<ScannedSegment> {
  const from = index * segmentBytes;
  const to = Math.min(size, from + segmentBytes);
  const start = index === 0 ? 0 : await lineStartFrom(read, from, size);
  const end = to >= size ? size : await lineStartFrom(read, to, size);
  const texts: PackedText[] = [];
  if (start >= end) return { bytes: 0, texts };
  const literals = scanLiteralsOf(catalog);
  const decoder = createStreamDecoder({ midStream: index > 0 });
  const scan = (text: string) => {
    if (text.length > 0) texts.push(packed(scanText(text, decoder.mayHoldWideWork, literals)));
  };
  let held = new Uint8Array(TEXT_BYTES);
  let heldBytes = 0;
  await readRange(read, start, end, (chunk) => {
    for (let at = 0; at < chunk.length;) {
      const n = Math.min(chunk.length - at, TEXT_BYTES - heldBytes);
      held.set(chunk.subarray(at, at + n), heldBytes);
      heldBytes += n;
      at += n;
      if (heldBytes === TEXT_BYTES) {
        scan(decoder.push(held));
        held = new Uint8Array(TEXT_BYTES);
        heldBytes = 0;
      }
    }
  });
  scan(decoder.push(held.subarray(0, heldBytes)));
  scan(decoder.end());
  return { bytes: end - start, texts };
}

/** Where the line after the first line break at or after `at - 1` starts (`size` when there is none). */
async function lineStartFrom(read: ReadRange, at: number, size: number): Promise<number> {
  for (let pos = at - 1; pos < size; pos += PROBE_BYTES) {
    let found = -1;
    let seen = 0;
    await readRange(read, pos, Math.min(size, pos + PROBE_BYTES), (chunk) => {
      const nl = found === -1 ? chunk.indexOf(10) : -1;
      if (nl !== -1) found = pos + seen + nl + 1;
      seen += chunk.length;
    });
    if (found !== -1) return found;
  }
  return size;
}

/** Reads bytes start..end chunk by chunk; a failure is the source's. */
async function readRange(
  read: ReadRange,
  start: number,
  end: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  try {
    const chunks = chunksOf(read(start, end));
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) onChunk(r.value);
  } catch (e) {
    throw new SourceReadError(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  }
}

/**
 * The segments of an input as `scan` returns them (each from whichever worker it asks), yielded in order
 * with up to `ahead` of them in flight, so memory stays bounded.
 */
export async function* segmentsInOrder(
  count: number,
  scan: (index: number) => Promise<ScannedSegment>,
  ahead: number,
): AsyncGenerator<ScannedSegment> {
  const inFlight: Promise<ScannedSegment>[] = [];
  let next = 0;
  const request = () => {
    const p = scan(next++);
    p.catch(() => {}); // awaited in order below; a failure after an earlier one is never looked at
    inFlight.push(p);
  };
  try {
    while (next < count && inFlight.length < ahead) request();
    while (inFlight.length > 0) {
      const segment = await (inFlight.shift() as Promise<ScannedSegment>);
      if (next < count) request();
      yield segment;
    }
  } finally {
    inFlight.length = 0;
  }
}
