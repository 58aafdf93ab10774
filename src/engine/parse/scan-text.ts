// Scan first: what the line parser needs to know about a chunk of text before it splits it into lines,
// computed wherever the chunk was decoded (in another worker for a big file, see input/segments.ts).

import type { ScanFirst } from '../records';
import { LineGate } from '../text/line-gate';
import { isCleanText } from '../text/normalise';
import { SKIM_STOPS } from './handler';

/** A chunk of text and what scanning it found. Plain data: it crosses workers by structured clone. */
export interface ScannedText {
  text: string;
  /** nothing in it for the normaliser but trailing whitespace (isCleanText) */
  clean: boolean;
  /**
   * When clean and scanned: offsets inside every line that holds one of the sink's literals (group 0) or
   * `SKIM_STOPS[i]` (group i + 1), see LineGate; null otherwise (every line is looked at in full).
   */
  marks: number[][] | null;
}

/** One gate per sink's literal list (a catalog's): its tables take a few milliseconds to build. */
const gates = new WeakMap<ScanFirst['literals'], LineGate>();

function gateFor(literals: ScanFirst['literals']): LineGate {
  let gate = gates.get(literals);
  if (gate === undefined) {
    gate = new LineGate([literals, ...SKIM_STOPS.map((text) => [{ text, ignoreCase: false }])]);
    gates.set(literals, gate);
  }
  return gate;
}

/**
 * Scans a chunk for the sink's literals (`undefined`: a sink that does not scan first). `mayHoldWideWork:
 * false` promises no non-ASCII character the normaliser rewrites (StreamDecoder knows it from the bytes).
 */
export function scanText(
  text: string,
  mayHoldWideWork: boolean,
  literals: ScanFirst['literals'] | undefined,
): ScannedText {
  const clean = isCleanText(text, mayHoldWideWork);
  return { text, clean, marks: clean && literals !== undefined ? gateFor(literals).scan(text) : null };
}
