// Chunked bytes → text. Multi-byte sequences split across chunks are carried over by TextDecoder's stream mode;
// the encoding is decided once, from the first bytes (held back until enough arrived to see the NUL pattern).

import { DETECT_SAMPLE_BYTES, detectEncoding, newTextDecoder } from './decode';

export interface StreamDecoder {
  /** decodes a chunk; returns the text that is complete so far (may be empty) */
  push(chunk: Uint8Array): string;
  /**
   * False when the text the last push returned surely holds none of the non-ASCII characters the
   * normaliser rewrites (NBSP, odd and zero-width spaces, BOM, full-width colon, curly quotes). Known
   * from the UTF-8 bytes with a few memchr-speed scans, which is far cheaper than searching the text
   * for each of those characters (see isCleanText).
   */
  readonly mayHoldWideWork: boolean;
  /** flushes held-back bytes; a dangling partial sequence becomes U+FFFD */
  end(): string;
}

// UTF-8 lead bytes of every character the normaliser rewrites above U+007F: C2 (U+00A0), E2
// (U+2000–U+205F), E3 (U+3000), EF (U+FEFF, U+FF1A)
const WIDE_WORK_LEADS = [0xc2, 0xe2, 0xe3, 0xef];

function hasWideWorkLead(bytes: Uint8Array): boolean {
  for (const b of WIDE_WORK_LEADS) if (bytes.indexOf(b) !== -1) return true;
  return false;
}

/**
 * For bytes that decode on their own (no character cut at either end) to `chars` code units: false when
 * the text surely holds none of the characters the normaliser rewrites. One character per byte means no
 * character above ASCII at all (each takes two or more bytes; an invalid byte stands alone as one U+FFFD).
 */
export function mayHoldWideWork(bytes: Uint8Array, chars: number): boolean {
  return chars !== bytes.length && hasWideWorkLead(bytes);
}

/** Whether one of the last 3 bytes is above ASCII: a character cut at the chunk's end starts there. */
function openTail(bytes: Uint8Array): boolean {
  for (let i = Math.max(0, bytes.length - 3); i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * `midStream`: the bytes continue a UTF-8 text right after a line break (a segment of a big file decoded in
 * another worker), so there is no byte-order mark to strip and no encoding to detect.
 */
export function createStreamDecoder({ midStream = false }: { midStream?: boolean } = {}): StreamDecoder {
  let decoder: TextDecoder | null = midStream ? newTextDecoder('utf-8') : null;
  let utf8 = midStream;
  let head: Uint8Array | null = null; // bytes held back until the encoding is known
  let mayHoldWideWork = true;
  // a character split across chunks is decoded with the next chunk: its lead byte was in this one
  let tailHadLead = false;
  // the last chunk ended in a byte above ASCII: part of a character may have been held back
  let tailOpen = false;

  function note(bytes: Uint8Array, chars: number): void {
    if (!utf8) return;
    const wasOpen = tailOpen;
    tailOpen = openTail(bytes);
    // nothing held back on either side and one character per byte: no character above ASCII at all
    // (each one takes two or more bytes; an invalid byte stands alone as one U+FFFD), so no scan is needed
    if (!wasOpen && !tailOpen && chars === bytes.length) {
      mayHoldWideWork = false;
      tailHadLead = false;
      return;
    }
    const lead = hasWideWorkLead(bytes);
    mayHoldWideWork = lead || tailHadLead;
    tailHadLead = lead && hasWideWorkLead(bytes.subarray(Math.max(0, bytes.length - 3)));
  }

  function start(bytes: Uint8Array): string {
    const { encoding, bomLength } = detectEncoding(bytes);
    decoder = newTextDecoder(encoding);
    utf8 = encoding === 'utf-8';
    head = null;
    const body = bytes.subarray(bomLength);
    const text = decoder.decode(body, { stream: true });
    note(body, text.length);
    return text;
  }

  function append(chunk: Uint8Array): Uint8Array {
    if (head === null) return chunk;
    const joined = new Uint8Array(head.length + chunk.length);
    joined.set(head, 0);
    joined.set(chunk, head.length);
    return joined;
  }

  return {
    push(chunk: Uint8Array): string {
      if (decoder !== null) {
        const text = decoder.decode(chunk, { stream: true });
        note(chunk, text.length);
        return text;
      }
      const bytes = append(chunk);
      if (bytes.length < DETECT_SAMPLE_BYTES) {
        head = bytes;
        return '';
      }
      return start(bytes);
    },
    get mayHoldWideWork(): boolean {
      return mayHoldWideWork;
    },
    end(): string {
      mayHoldWideWork = true;
      let text = '';
      if (decoder === null) text = start(head ?? new Uint8Array(0));
      text += (decoder as TextDecoder | null)?.decode() ?? '';
      return text;
    },
  };
}
