// Text layer: bytes → text → lines → normalised lines.
export { decodeBytes, detectEncoding, type TextEncoding, type DetectedEncoding } from './decode.ts';
export { createStreamDecoder, type StreamDecoder } from './stream-decoder.ts';
export { createLineSplitter, splitLines, MAX_LINE_CHARS, type LineSplitter } from './lines.ts';
export { stripAnsi, stripAnsiText } from './ansi.ts';
export { normaliseLine, normaliseText, isPagerChopped } from './normalise.ts';
