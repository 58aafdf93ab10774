// Chunked bytes → text. Multi-byte sequences split across chunks are carried over by TextDecoder's stream mode;
// the encoding is decided once, from the first bytes (held back until enough arrived to see the NUL pattern).

import { DETECT_SAMPLE_BYTES, detectEncoding, newTextDecoder } from './decode.ts';

export interface StreamDecoder {
  /** decodes a chunk; returns the text that is complete so far (may be empty) */
  push(chunk: Uint8Array): string;
  /** flushes held-back bytes; a dangling partial sequence becomes U+FFFD */
  end(): string;
}

export function createStreamDecoder(): StreamDecoder {
  let decoder: TextDecoder | null = null;
  let head: Uint8Array | null = null; // bytes held back until the encoding is known

  function start(bytes: Uint8Array): string {
    const { encoding, bomLength } = detectEncoding(bytes);
    decoder = newTextDecoder(encoding);
    head = null;
    return decoder.decode(bytes.subarray(bomLength), { stream: true });
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
      if (decoder !== null) return decoder.decode(chunk, { stream: true });
      const bytes = append(chunk);
      if (bytes.length < DETECT_SAMPLE_BYTES) {
        head = bytes;
        return '';
      }
      return start(bytes);
    },
    end(): string {
      let text = '';
      if (decoder === null) text = start(head ?? new Uint8Array(0));
      text += (decoder as TextDecoder | null)?.decode() ?? '';
      return text;
    },
  };
}
