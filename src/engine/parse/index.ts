// Public API of the front half. parseText and parseBytes are built on the streaming parser with a collecting
// sink, so one-shot and streaming results cannot diverge.

import type { ParsedInput, RecordSink } from '../records';
import { createStreamDecoder } from '../text/stream-decoder';
import { createLineParser, type LineParser } from './line-parser';
import { createCollectingSink, type CollectingSink } from './collect';

export { createLineParser, type LineParser } from './line-parser';
export { createCollectingSink, type CollectingSink } from './collect';

/** Parses a whole text in one call. */
export function parseText(text: string): ParsedInput {
  const sink = createCollectingSink();
  const parser = createLineParser(sink);
  parser.push(text);
  parser.end();
  return sink.result();
}

export interface ByteParser {
  push(chunk: Uint8Array): void;
  end(): void;
  readonly lineCount: number;
}

/** Streaming bytes → records: decoding (BOM / UTF-16 / split multi-byte sequences) plus the line parser. */
export function createByteParser(sink: RecordSink): ByteParser {
  const decoder = createStreamDecoder();
  const parser: LineParser = createLineParser(sink);
  return {
    push(chunk: Uint8Array): void {
      const text = decoder.push(chunk);
      if (text.length > 0) parser.push(text, decoder.mayHoldWideWork);
    },
    end(): void {
      parser.push(decoder.end());
      parser.end();
    },
    get lineCount(): number {
      return parser.lineCount;
    },
  };
}

/** Parses a whole file's bytes (UTF-8, UTF-8 BOM, UTF-16 LE/BE with or without BOM). */
export function parseBytes(bytes: Uint8Array): ParsedInput {
  const sink: CollectingSink = createCollectingSink();
  const parser = createByteParser(sink);
  parser.push(bytes);
  parser.end();
  return sink.result();
}
