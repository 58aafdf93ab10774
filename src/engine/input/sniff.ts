// Is an input text, gzip, or some other binary? Judged from its first bytes only, so a 1 GB file costs
// the same as a 1 KB one: a known signature first, then the share of control bytes (NUL and other C0
// codes text never holds) and of bytes that are not valid UTF-8. UTF-16 text, full of NULs by design,
// is recognised by the text decoder's own detection before any of that.

import { detectEncoding } from '../text/decode';
import { formatByMagic, type BinaryFormat } from './formats';

export type Sniff = { type: 'text' } | { type: 'gzip' } | { type: 'binary'; format: BinaryFormat };

/** How much of an input's start is looked at. */
export const SNIFF_BYTES = 16 * 1024;

/** Above these shares of the sample, the input is binary: text has (next to) none of either. */
const MAX_CONTROL_SHARE = 0.05;
const MAX_INVALID_SHARE = 0.2;

/**
 * `head` is the input's start (SNIFF_BYTES or all of it); `complete` says the input ends there, so a
 * multi-byte sequence cut at the end is invalid rather than continued in the next chunk.
 */
export function sniffBytes(head: Uint8Array, complete: boolean): Sniff {
  const format = formatByMagic(head);
  if (format === 'gzip') return { type: 'gzip' };
  if (format !== null) return { type: 'binary', format };
  const { encoding, bomLength } = detectEncoding(head);
  if (encoding !== 'utf-8') return { type: 'text' };
  return looksBinary(head, bomLength, complete) ? { type: 'binary', format: 'unknown' } : { type: 'text' };
}

/** The same judgement for text that arrives as a string (a paste): control characters and U+FFFD. */
export function sniffText(text: string): Sniff {
  const n = Math.min(text.length, SNIFF_BYTES);
  const from = leadingNuls(text, n);
  let control = 0;
  let replaced = 0;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) control++;
    else if (c === 0xfffd) replaced++;
  }
  const seen = n - from;
  return seen > 0 && (control > seen * MAX_CONTROL_SHARE || replaced > seen * MAX_INVALID_SHARE)
    ? { type: 'binary', format: 'unknown' }
    : { type: 'text' };
}

function looksBinary(head: Uint8Array, bomLength: number, complete: boolean): boolean {
  // a log truncated in place by logrotate's copytruncate starts with a run of NULs, then text
  const from = Math.max(bomLength, leadingNuls(head, head.length));
  const seen = head.length - from;
  if (seen <= 0) return false;
  let control = 0;
  for (let i = from; i < head.length; i++) if (isControl(head[i] as number)) control++;
  if (control > seen * MAX_CONTROL_SHARE) return true;
  return invalidUtf8Bytes(head, from, complete) > seen * MAX_INVALID_SHARE;
}

/** NUL and the C0 codes that never appear in text; tab, line ends, form feed, backspace and ESC do. */
function isControl(c: number): boolean {
  return c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 8 && c !== 0x1b;
}

function leadingNuls(s: Uint8Array | string, n: number): number {
  let i = 0;
  if (typeof s === 'string') while (i < n && s.charCodeAt(i) === 0) i++;
  else while (i < n && s[i] === 0) i++;
  return i;
}

/** Bytes that do not start a well-formed UTF-8 sequence (overlong and surrogate forms are not told apart). */
export function invalidUtf8Bytes(b: Uint8Array, from: number, complete: boolean): number {
  let bad = 0;
  let i = from;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need > 0 && i + need >= b.length && !complete) break; // continues in the next chunk
    let ok = need > 0 && i + need < b.length;
    for (let k = 1; ok && k <= need; k++) ok = ((b[i + k] as number) & 0xc0) === 0x80;
    if (ok) i += need + 1;
    else {
      bad++;
      i++;
    }
  }
  return bad;
}
