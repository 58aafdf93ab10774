// Catalog signals are Terway's format strings (`task: %serror: %v`, `cmdAdd: error alloc ip %w`):
// exact for search and for the JSON `signal`, unreadable in a summary. `signalText` is the same
// string with its holes filled from the evidence line that matched.

import { trimEndMatching } from '../text/trim-end';

const HOLE = /%[-+# 0-9.]*[a-zA-Z]/g;
const MAX = 300;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One bounded regex per hole, so a long line cannot make the match quadratic. */
function holePattern(verb: string, last: boolean, first: boolean): string {
  const v = verb.at(-1);
  if (v === 'd') return '-?\\d{1,20}';
  if (v === 't') return '(?:true|false)';
  if (v === 'q') return '"[^"\\n]{0,300}"';
  if (last) return `[^\\n]{1,${MAX}}`;
  if (first) return '\\S{1,253}';
  return `[^\\n]{0,${MAX}}?`;
}

const cache = new Map<string, RegExp | null>();

/** The regex that finds a signal in a line: its literal text with a bounded pattern per hole (null without holes). */
export function signalRegex(signal: string): RegExp | null {
  let re = cache.get(signal);
  if (re !== undefined) return re;
  const holes = signal.replace(/%%/g, '').match(HOLE);
  if (!holes) {
    cache.set(signal, null);
    return null;
  }
  const parts = signal.split(HOLE);
  let src = '';
  parts.forEach((lit, i) => {
    src += escape(lit);
    if (i < holes.length)
      src += holePattern(holes[i]!, i === holes.length - 1 && parts[i + 1] === '', i === 0 && lit === '');
  });
  re = new RegExp(src);
  cache.set(signal, re);
  return re;
}

/** The signal as it appears in the first evidence text that shows it, or undefined when it has no holes. */
export function fillSignal(signal: string, texts: readonly string[]): string | undefined {
  const re = signalRegex(signal);
  if (!re) return undefined;
  for (const t of texts) {
    const m = re.exec(t);
    // klog quotes values (err="…") and controlplane events append `, elapsedTime: 3ms`: both
    // belong to the line, not to the message
    if (m) return trimEndMatching(m[0].replace(/,? elapsedTime: [\w.µ]+$/, ''), /["'\\]/).slice(0, MAX);
  }
  return undefined;
}
