// Bytes → text. Pastes and uploaded files come as UTF-8, UTF-8 with BOM, or UTF-16 (PowerShell `>` writes
// UTF-16 LE with a BOM). Invalid sequences become U+FFFD; decoding never throws.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** bytes of byte-order mark at the start (0 when none) */
  bomLength: number;
}

/** How many leading bytes the NUL-pattern heuristic looks at. */
export const DETECT_SAMPLE_BYTES = 512;

/**
 * Detects the encoding from a BOM, else from the NUL-byte pattern of BOM-less UTF-16
 * (ASCII-heavy UTF-16 text has a NUL in every other byte). Needs only the first bytes.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const n = Math.min(bytes.length, DETECT_SAMPLE_BYTES) & ~1;
  if (n < 4) return { encoding: 'utf-8', bomLength: 0 };
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** A non-fatal decoder that does not swallow the BOM itself (we strip it by length, so the result is explicit). */
export function newTextDecoder(encoding: TextEncoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
}

/** One-shot decode of a whole buffer. */
export function decodeBytes(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes);
  return newTextDecoder(encoding).decode(bomLength > 0 ? bytes.subarray(bomLength) : bytes);
}
