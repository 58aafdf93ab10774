// Text layer: bytes → text → lines → normalised lines.
export { decodeBytes, detectEncoding, type TextEncoding, type DetectedEncoding } from './decode';
export { createStreamDecoder, type StreamDecoder } from './stream-decoder';
export { createLineSplitter, splitLines, MAX_LINE_CHARS, type LineSplitter } from './lines';
export { stripAnsi, stripAnsiText } from './ansi';
export { normaliseLine, normaliseText, isPagerChopped } from './normalise';
