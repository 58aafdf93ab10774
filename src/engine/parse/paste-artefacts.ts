// Artefacts that copying adds around the real output: Markdown `> ` quoting, a k9s pane border `│ `, and
// indentation added to every line (a whole block, or every line but the first: Azure/aks-engine#2064).

/** Removes quote markers and pane borders at the start (and a pane border at the end). */
export function stripQuote(line: string): string {
  const c = line.charCodeAt(0);
  if (c === 62 /* > */) {
    if (line.length === 1) return '';
    const d = line.charCodeAt(1);
    if (d !== 32 && d !== 62) return line;
    let i = 0;
    while (
      i < line.length &&
      (line.charCodeAt(i) === 62 || (line.charCodeAt(i) === 32 && line.charCodeAt(i - 1) === 62))
    )
      i++;
    return line.slice(i);
  }
  if (c === 0x2502 /* │ */) {
    let s = line.slice(line.charCodeAt(1) === 32 ? 2 : 1);
    if (s.endsWith('│')) s = s.slice(0, -1).trimEnd();
    return s;
  }
  return line;
}

/** Removes up to `n` leading whitespace characters. */
export function dedent(line: string, n: number): string {
  if (n <= 0) return line;
  let i = 0;
  while (i < n && i < line.length) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i === 0 ? line : line.slice(i);
}

/**
 * A comment prefix on every line (`#   ` from a shell script or a Markdown comment). It starts at a `#`
 * line whose text reads as output once the prefix is gone, and every following `#` line loses as much of it as
 * it carries, until a line without `#`. Root prompts (`# kubectl …`) and inspect headers are never a prefix.
 * Stateful, one line at a time, so line numbers and streaming are unaffected.
 */
export class CommentPrefix {
  /** `#` plus the spaces after it; 0 when not inside a commented block */
  private width = 0;
  private readonly readsAsOutput: (t: string) => boolean;
  private readonly isHard: (t: string) => boolean;

  /** `readsAsOutput`: the text starts a known output; `isHard`: a prompt or inspect header (kept as it is) */
  constructor(readsAsOutput: (t: string) => boolean, isHard: (t: string) => boolean) {
    this.readsAsOutput = readsAsOutput;
    this.isHard = isHard;
  }

  /** a line that does not start with `#` (what strip() does with one, without the line) */
  reset(): void {
    this.width = 0;
  }

  strip(line: string): string {
    if (line.charCodeAt(0) !== 35 /* # */) {
      this.width = 0;
      return line;
    }
    let n = 1;
    while (n < line.length && (line.charCodeAt(n) === 32 || line.charCodeAt(n) === 9)) n++;
    if (this.width > 0) {
      // a line with fewer spaces (`#   Events:` after `#     Type …`) narrows the prefix
      if (n < this.width && n < line.length) this.width = n;
      return line.slice(Math.min(n, this.width));
    }
    if (n === 1 || n === line.length || this.isHard(line)) return line;
    const rest = line.slice(n);
    // one space is how shell comments are written: only strip it when the rest is recognisable output
    if (n === 2 && !this.readsAsOutput(rest)) return line;
    this.width = n;
    return rest;
  }
}
