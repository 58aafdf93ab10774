// Several workers for a big file: the file is cut into segments of about SEGMENT_BYTES, each ending right
// after a line break, and other workers decode and scan them (the costly, line-blind part) while the one
// analysing it parses them in order. Every worker cuts by the same rule, so the segments tile the file;
// UTF-8 is cut safely after a line feed (no character spans it), and decoding a segment from there gives
// the text one decoder would have given. Parsing stays in one worker, in order, so the report is the one a
// single worker writes.

import type { CompiledCatalog } from '../match/compiled-catalog';
import { SourceReadError } from '../input/open-bytes';
import { sniffBytes, SNIFF_BYTES } from '../input/sniff';
import { detectEncoding } from '../text/decode';
import { mayHoldWideWork } from '../text/stream-decoder';
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
 * One segment, decoded and scanned: plain data that crosses workers. Its text travels as the file's own
 * UTF-8 bytes in a buffer the sender transfers (`transferables`): a cloned string would land in the
 * receiving worker's heap, where V8 collects such strings late (a 1 GB file left hundreds of MB of them),
 * and the bytes are what the segment already is, so nothing is copied or re-encoded to send it.
 */
export interface ScannedSegment {
  /** bytes of the file it covers */
  bytes: number;
  texts: PackedText[];
}

/**
 * A ScannedText as the UTF-8 bytes that decode, on their own, to its text. `text` is that text while the
 * segment stays in the worker that scanned it (it is not sent: see forTransfer).
 */
export interface PackedText extends Omit<ScannedText, 'text'> {
  units: Uint8Array;
  text?: string;
}

// a U+FEFF inside the file is text here: only the file's first bytes can be a byte-order mark (cut below)
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The ScannedText a PackedText was made from. */
export function unpacked({ units, text, clean, marks }: PackedText): ScannedText {
  return { text: text ?? utf8.decode(units), clean, marks };
}

/** The segment as it is sent to another worker: its bytes without their decoded text. */
export function forTransfer(segment: ScannedSegment): ScannedSegment {
  return { bytes: segment.bytes, texts: segment.texts.map(({ units, clean, marks }) => ({ units, clean, marks })) };
}

/** The buffers of a segment, for postMessage to move rather than copy (its texts share one). */
export function transferables(segment: ScannedSegment): ArrayBuffer[] {
  return [...new Set(segment.texts.map((t) => t.units.buffer as ArrayBuffer))];
}

/** Bytes `start`..`end` of the input, in one buffer. */
export type ReadRange = (start: number, end: number) => Promise<Uint8Array>;

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
 * Where to end a piece of `bytes` that starts at `at` and may run to `limit`: right after its last line
 * feed, else (a line longer than a piece) after the character that straddles `limit`, so the piece
 * decodes on its own to the text a streaming decoder gives.
 */
function pieceEnd(bytes: Uint8Array, at: number, limit: number): number {
  if (limit >= bytes.length) return bytes.length;
  const nl = bytes.subarray(at, limit).lastIndexOf(10);
  if (nl !== -1) return at + nl + 1;
  let cut = limit;
  // on over at most three continuation bytes (10xxxxxx) to the next character's lead byte
  for (let k = 0; k < 3 && cut < bytes.length && (bytes[cut]! & 0xc0) === 0x80; k++) cut++;
  return cut;
}

/**
 * Segment `index` of a UTF-8 text input of `size` bytes, decoded and scanned for `catalog`'s collector,
 * in pieces of at most `pieceBytes`. Every worker must cut with the same `segmentBytes`.
 */
export async function scanSegment(
  catalog: CompiledCatalog,
  read: ReadRange,
  size: number,
  index: number,
  segmentBytes = SEGMENT_BYTES,
  pieceBytes = TEXT_BYTES,
): Promise<ScannedSegment> {
  const from = index * segmentBytes;
  const to = Math.min(size, from + segmentBytes);
  const start = index === 0 ? 0 : await lineStartFrom(read, from, size);
  const end = to >= size ? size : await lineStartFrom(read, to, size);
  const texts: PackedText[] = [];
  if (start >= end) return { bytes: 0, texts };
  const literals = scanLiteralsOf(catalog);
  const bytes = await readRange(read, start, end);
  // the file's byte-order mark is not text (a single-worker read strips it too)
  let at = index === 0 ? detectEncoding(bytes).bomLength : 0;
  while (at < bytes.length) {
    const cut = pieceEnd(bytes, at, at + pieceBytes);
    const units = bytes.subarray(at, cut);
    const text = utf8.decode(units);
    const { clean, marks } = scanText(text, mayHoldWideWork(units, text.length), literals);
    texts.push({ units, text, clean, marks });
    at = cut;
  }
  return { bytes: end - start, texts };
}

/** Where the line after the first line break at or after `at - 1` starts (`size` when there is none). */
async function lineStartFrom(read: ReadRange, at: number, size: number): Promise<number> {
  for (let pos = at - 1; pos < size; pos += PROBE_BYTES) {
    const nl = (await readRange(read, pos, Math.min(size, pos + PROBE_BYTES))).indexOf(10);
    if (nl !== -1) return pos + nl + 1;
  }
  return size;
}

/** Reads bytes start..end; a failure is the source's. */
async function readRange(read: ReadRange, start: number, end: number): Promise<Uint8Array> {
  try {
    return await read(start, end);
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
  ahead: number | (() => number),
): AsyncGenerator<ScannedSegment> {
  const most = typeof ahead === 'number' ? () => ahead : ahead;
  const inFlight: Promise<ScannedSegment>[] = [];
  let next = 0;
  const request = () => {
    const p = scan(next++);
    p.catch(() => {}); // awaited in order below; a failure after an earlier one is never looked at
    inFlight.push(p);
  };
  try {
    while (next < count && inFlight.length < most()) request();
    while (inFlight.length > 0) {
      const segment = await (inFlight.shift() as Promise<ScannedSegment>);
      while (next < count && inFlight.length < most()) request();
      yield segment;
    }
  } finally {
    inFlight.length = 0;
  }
}
