// Shared test helpers for the parser specs.

import { expect } from 'vitest';
import { createByteParser, createCollectingSink, createLineParser } from '../../../src/engine/parse/index';
import type { LineRange, ParsedInput } from '../../../src/engine/records';

/** Every line range a parse produced (documents, records, and events nested in described objects). */
export function recordRanges(p: ParsedInput): LineRange[] {
  const out: LineRange[] = [];
  for (const d of p.documents) out.push(d.lines);
  for (const e of p.events) out.push(e.lines);
  for (const l of p.logs) out.push(l.lines);
  for (const r of p.pods) out.push(r.lines);
  for (const o of p.objects) {
    out.push(o.lines);
    for (const e of o.events) out.push(e.lines);
  }
  for (const c of p.configs) out.push(c.lines);
  for (const i of p.inspects) out.push(i.lines);
  return out;
}

export function expectRangesInside(p: ParsedInput): void {
  for (const r of recordRanges(p)) {
    expect(r.start).toBeGreaterThanOrEqual(1);
    expect(r.end).toBeGreaterThanOrEqual(r.start);
    expect(r.end).toBeLessThanOrEqual(p.lineCount);
  }
}

/** Parses `text` pushed in pieces cut at `cuts` (taken modulo the length, so any numbers do). */
export function parseChunked(text: string, cuts: number[]): ParsedInput {
  const sink = createCollectingSink();
  pushInPieces(createLineParser(sink), text.length, (from, to) => text.slice(from, to), cuts);
  return sink.result();
}

/** Parses bytes pushed in pieces cut at `cuts` (inside multi-byte sequences, BOMs and CRLF too). */
export function parseByteChunks(bytes: Uint8Array, cuts: number[]): ParsedInput {
  const sink = createCollectingSink();
  pushInPieces(createByteParser(sink), bytes.length, (from, to) => bytes.subarray(from, to), cuts);
  return sink.result();
}

/** Pushes an input of `length` to a streaming parser piece by piece, cut where `cuts` say, then ends it. */
function pushInPieces<T>(
  parser: { push(piece: T): void; end(): void },
  length: number,
  piece: (from: number, to: number) => T,
  cuts: number[],
): void {
  const points = [...new Set(cuts.map((c) => (length === 0 ? 0 : c % (length + 1))))].sort((a, b) => a - b);
  let prev = 0;
  for (const p of points) {
    parser.push(piece(prev, p));
    prev = p;
  }
  parser.push(piece(prev, length));
  parser.end();
}

/** UTF-16 code units as bytes, little- or big-endian, with or without a BOM (PowerShell's `>` and Out-File). */
export function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  let o = 0;
  const put = (c: number): void => {
    out[o++] = bigEndian ? c >> 8 : c & 0xff;
    out[o++] = bigEndian ? c & 0xff : c >> 8;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}
