// Per-line normalisation. It never merges, splits or removes lines: line N of the output is line N of the input,
// so evidence line numbers point at what the user pasted. Applying it twice gives the same result.

import { splitLines } from './lines';
import { stripAnsi } from './ansi';
import { toFixedPoint } from './fixed-point';

// Anything that may need work besides trailing whitespace: escapes, odd spaces, zero-width chars, full-width
// colon, curly double quotes, lost-ESC colour codes.
// a one-class pre-check that V8 scans fast; NEEDS_WORK only runs when it hits
// eslint-disable-next-line no-control-regex -- escape and NUL bytes are what these patterns look for
const MAYBE_WORK = /[\x1b^[\u00a0-\uffff]/;
// eslint-disable-next-line no-control-regex -- escape and NUL bytes are what these patterns look for
const NEEDS_WORK = /[\x1b\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\uff1a\u201c\u201d]|\^\[|\[[\d;]*m/;
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b\ufeff]/g;
// A full-width colon right after an ASCII key (`Name：`, `Status：Running`) splits a key from its value.
// After CJK text (`报错如下：`) it is prose and stays.
const FULLWIDTH_KEY_COLON = /(?<=[A-Za-z0-9_)\]"])\uff1a\s?/g;
const CURLY_DOUBLE = /[\u201c\u201d]/g;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

function normaliseOnce(line: string): string {
  let s = line;
  if (MAYBE_WORK.test(s) && NEEDS_WORK.test(s)) {
    s = stripAnsi(s);
    s = s.replace(ODD_SPACE, ' ').replace(ZERO_WIDTH, '');
    s = s.replace(FULLWIDTH_KEY_COLON, ': ');
    s = s.replace(CURLY_DOUBLE, '"');
  }
  const last = s.length - 1;
  if (last >= 0 && (s.charCodeAt(last) <= 32 || isSpaceCode(s.charCodeAt(last)))) s = s.trimEnd();
  return s;
}

// Characters of NEEDS_WORK above Latin-1.
const WIDE_WORK_CHARS = [
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u200b',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\uff1a',
  '\u201c',
  '\u201d',
];
const LOST_SGR_AT = /\[[\d;]*m/y;

/**
 * Whether no line of `text` needs more than trailing-whitespace trimming (no NEEDS_WORK match anywhere). Checked
 * once per chunk with indexOf, which is much faster than a regex scan per line; lines of a clean chunk then go
 * through normaliseCleanLine.
 */
export function isCleanText(text: string, mayHoldWideWork = true): boolean {
  if (text.indexOf('\x1b') !== -1 || text.indexOf('^[') !== -1 || text.indexOf('\u00a0') !== -1) return false;
  // V8 scans the whole string for each of these even when it holds only Latin-1, so the byte-level
  // answer (StreamDecoder.mayHoldWideWork) saves ~19 passes over every chunk of a big file
  if (mayHoldWideWork) for (const ch of WIDE_WORK_CHARS) if (text.indexOf(ch) !== -1) return false;
  let i = text.indexOf('[');
  while (i !== -1) {
    LOST_SGR_AT.lastIndex = i;
    if (LOST_SGR_AT.test(text)) return false;
    i = text.indexOf('[', i + 1);
  }
  return true;
}

/** normaliseLine for a line of a text that isCleanText accepted: only trailing whitespace can change. */
export function normaliseCleanLine(line: string): string {
  const last = line.length - 1;
  if (last >= 0 && (line.charCodeAt(last) <= 32 || isSpaceCode(line.charCodeAt(last)))) return line.trimEnd();
  return line;
}

/** Normalises one line (which must not contain line terminators). */
export function normaliseLine(line: string): string {
  return toFixedPoint(line, normaliseOnce);
}

/** Normalises a whole text; every output line ends with `\n` so the line count is preserved exactly. */
export function normaliseText(text: string): string {
  const lines = splitLines(text);
  let out = '';
  for (const line of lines) out += normaliseLine(line) + '\n';
  return out;
}

/**
 * `less -S` marks a chopped line with `>` at the right edge. We only flag it (the text stays): a long line
 * ending in `>` right after a non-space, that is not a closing `<none>`-style token or an arrow.
 */
export function isPagerChopped(line: string): boolean {
  const n = line.length;
  if (n < 60 || line.charCodeAt(n - 1) !== 62 /* > */) return false;
  const prev = line.charCodeAt(n - 2);
  if (prev === 32 || prev === 45 /* - */ || prev === 61 /* = */ || prev === 62) return false;
  const tail = line.slice(Math.max(0, n - 48), n - 1);
  return tail.lastIndexOf('<') === -1;
}
