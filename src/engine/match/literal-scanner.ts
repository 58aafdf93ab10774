// Multi-literal prefilter: one pass over a line finds which catalog literals it contains, so the
// full regexes run only on candidate lines. This is Wu–Manber: a window as long as the shortest
// literal slides along the line; the hash of its last four characters (ASCII-lowercased) says how
// far the window can jump without skipping a possible match. Long literals therefore let the scan
// touch only a fraction of the characters, and the cost does not grow with the number of literals.

const TABLE_BITS = 15;
const B = 4; // characters per hashed block
/** literals shorter than this would shrink every jump; they are found by one combined regex instead */
const SHORT = 10;
/** windows longer than this do not skip further in practice but make the shift table coarser */
const MAX_WINDOW = 12;

const LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

import { escapeRegExp, type ScanLiteral } from '../text/line-gate';

export type { ScanLiteral };

function blockSlot(s: string, end: number): number {
  // hash of s[end-B+1 .. end]
  let h = 0;
  for (let i = end - B + 1; i <= end; i++) {
    const c = s.charCodeAt(i);
    h = (h << 8) | (c < 128 ? LOWER[c]! : c & 0xff);
  }
  return Math.imul(h, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

export class LiteralScanner {
  /** window length: the shortest literal (at least B), capped */
  private readonly m: number;
  private readonly shift: Uint8Array;
  private readonly buckets: (number[] | undefined)[];
  /** short literals, found by one alternation per case mode (V8 scans those quickly) */
  private readonly short: number[] = [];
  private readonly shortSensitive: RegExp | undefined;
  private readonly shortInsensitive: RegExp | undefined;

  constructor(private readonly literals: readonly ScanLiteral[]) {
    const long = literals.map((l, id) => ({ l, id })).filter(({ l }) => l.text.length >= SHORT);
    for (const [id, l] of literals.entries()) if (l.text.length < SHORT) this.short.push(id);
    const alternation = (ignoreCase: boolean) => {
      const texts = this.short.map((id) => literals[id]!).filter((l) => l.ignoreCase === ignoreCase);
      return texts.length === 0
        ? undefined
        : new RegExp(texts.map((l) => escapeRegExp(l.text)).join('|'), ignoreCase ? 'i' : '');
    };
    this.shortSensitive = alternation(false);
    this.shortInsensitive = alternation(true);
    this.m = Math.min(MAX_WINDOW, ...long.map(({ l }) => l.text.length), MAX_WINDOW);
    const m = this.m;
    this.shift = new Uint8Array(1 << TABLE_BITS).fill(m - B + 1);
    this.buckets = new Array(1 << TABLE_BITS);
    for (const { l, id } of long) {
      // blocks of the literal's first m characters; the one ending at m-1 gets shift 0
      for (let end = B - 1; end < m; end++) {
        const s = blockSlot(l.text, end);
        this.shift[s] = Math.min(this.shift[s]!, m - 1 - end);
      }
      const s = blockSlot(l.text, m - 1);
      (this.buckets[s] ??= []).push(id);
    }
  }

  get shortLiteralCount(): number {
    return this.short.length;
  }

  /** Calls `found(id)` for every distinct literal present in `line` (order unspecified). */
  scan(line: string, found: (id: number) => void): void {
    const n = line.length;
    const m = this.m;
    const shift = this.shift;
    let lower: string | undefined;
    let seen: number[] | undefined;
    for (let pos = m - 1; pos < n;) {
      // inline block hash of line[pos-3..pos]
      let h = 0;
      for (let i = pos - B + 1; i <= pos; i++) {
        const c = line.charCodeAt(i);
        h = (h << 8) | (c < 128 ? LOWER[c]! : c & 0xff);
      }
      const s = Math.imul(h, 0x9e3779b1) >>> (32 - TABLE_BITS);
      const step = shift[s]!;
      if (step !== 0) {
        pos += step;
        continue;
      }
      const start = pos - m + 1;
      for (const id of this.buckets[s]!) {
        const lit = this.literals[id]!;
        const hit = lit.ignoreCase
          ? (lower ??= line.toLowerCase()).startsWith(lit.text, start)
          : line.startsWith(lit.text, start);
        if (hit && !(seen ??= []).includes(id)) {
          seen.push(id);
          found(id);
        }
      }
      pos++;
    }
    if (this.short.length === 0) return;
    // cheap gate: most lines contain none of the short literals
    if (!(this.shortSensitive?.test(line) || this.shortInsensitive?.test(line))) return;
    for (const id of this.short) {
      const lit = this.literals[id]!;
      if (lit.ignoreCase ? (lower ??= line.toLowerCase()).includes(lit.text) : line.includes(lit.text)) {
        if (!(seen ??= []).includes(id)) {
          seen.push(id);
          found(id);
        }
      }
    }
  }
}
