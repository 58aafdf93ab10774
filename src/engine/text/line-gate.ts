// Scan first: one pass over a whole chunk of text says which lines hold literals of which group, so that
// only those lines are matched and parsed in full. Literals are rare in big logs, so the pass must cost a
// fraction of a read per character. Two kinds of tier do it: literals of 12 characters or more slide a
// Wu–Manber window of 12 keyed by its last 4 (jumps of up to 9); the shorter ones are regex alternations of
// at most ALTERNATION_SIZE literals of like length, whose start-character skipping beats any window of 4
// (measured on the catalog's literals of 4 to 11 characters: about twice the speed of Wu–Manber on
// 2-character blocks; one alternation of all 75 ran at half the speed of two of about 40).
//
// A hit is a superset of what a regex could match: ASCII letters compare without case for literals
// marked so (their blocks enter the tables in every case), every other character exactly.

export interface ScanLiteral {
  text: string;
  /** compare case-insensitively (text must then be lower-case) */
  ignoreCase: boolean;
}

/** literals at least this long go to the Wu–Manber tier, whose window is that long */
const LONG = 12;
/** literals per alternation: V8 skips ahead less the more alternatives there are */
const ALTERNATION_SIZE = 40;
const LONG_WINDOW = 12;
const LONG_BITS = 15;

interface Entry {
  literal: ScanLiteral;
  group: number;
}

/** A block's key: the low byte of each character (a collision only costs a comparison). */
function quadAt(s: string, end: number): number {
  return (
    ((s.charCodeAt(end - 3) & 0xff) << 24) |
    ((s.charCodeAt(end - 2) & 0xff) << 16) |
    ((s.charCodeAt(end - 1) & 0xff) << 8) |
    (s.charCodeAt(end) & 0xff)
  );
}

function slot(quad: number, bits: number): number {
  return Math.imul(quad, 0x9e3779b1) >>> (32 - bits);
}

/** `s` in every ASCII case when `ignoreCase` (s is short: a block of at most 4 characters) */
function spellings(s: string, ignoreCase: boolean): string[] {
  let out = [''];
  for (const ch of s) {
    const up = ch.toUpperCase();
    const both = ignoreCase && ch.charCodeAt(0) < 128 && up !== ch;
    out = out.flatMap((p) => (both ? [p + ch, p + up] : [p + ch]));
  }
  return out;
}

function matchesAt(text: string, at: number, lit: ScanLiteral): boolean {
  const s = lit.text;
  if (at < 0 || at + s.length > text.length) return false;
  if (!lit.ignoreCase) return text.startsWith(s, at);
  for (let k = 0; k < s.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== s.charCodeAt(k)) return false;
  }
  return true;
}

/** Per line and group, the first hit: what a tier found so far on the line it is in. */
class Hits {
  readonly out: number[][];
  private lineEnd = -1;
  private seen = 0;
  constructor(
    private readonly text: string,
    groups: number,
  ) {
    this.out = Array.from({ length: groups }, () => []);
  }

  /** Checks the bucket's literals at `at` and notes the first hit of each group on the line. */
  check(bucket: readonly Entry[], at: number): void {
    for (const e of bucket) {
      if (!matchesAt(this.text, at, e.literal)) continue;
      if (at > this.lineEnd) {
        const nl = this.text.indexOf('\n', at);
        this.lineEnd = nl === -1 ? this.text.length : nl;
        this.seen = 0;
      }
      const bit = 1 << e.group;
      if ((this.seen & bit) !== 0) continue;
      this.seen |= bit;
      (this.out[e.group] as number[]).push(at);
    }
  }
}

/** Wu–Manber over 4-character blocks: literals of at least LONG characters. */
class LongTier {
  private readonly m: number;
  private readonly shift: Uint8Array;
  private readonly buckets: (Entry[] | undefined)[];

  constructor(entries: readonly Entry[]) {
    this.m = Math.min(LONG_WINDOW, ...entries.map((e) => e.literal.text.length));
    const m = this.m;
    this.shift = new Uint8Array(1 << LONG_BITS).fill(m - 3);
    this.buckets = new Array<Entry[] | undefined>(1 << LONG_BITS);
    for (const e of entries) {
      const { text, ignoreCase } = e.literal;
      for (let end = 3; end < m; end++)
        for (const block of spellings(text.slice(end - 3, end + 1), ignoreCase)) {
          const s = slot(quadAt(block, 3), LONG_BITS);
          this.shift[s] = Math.min(this.shift[s]!, m - 1 - end);
        }
      for (const block of spellings(text.slice(m - 4, m), ignoreCase)) {
        const bucket = (this.buckets[slot(quadAt(block, 3), LONG_BITS)] ??= []);
        if (!bucket.includes(e)) bucket.push(e);
      }
    }
  }

  scan(text: string, hits: Hits): void {
    const n = text.length;
    const m = this.m;
    const shift = this.shift;
    let pos = m - 1;
    while (pos < n) {
      const s =
        Math.imul(
          ((text.charCodeAt(pos - 3) & 0xff) << 24) |
            ((text.charCodeAt(pos - 2) & 0xff) << 16) |
            ((text.charCodeAt(pos - 1) & 0xff) << 8) |
            (text.charCodeAt(pos) & 0xff),
          0x9e3779b1,
        ) >>>
        (32 - LONG_BITS);
      const step = shift[s]!;
      if (step !== 0) {
        pos += step;
        continue;
      }
      hits.check(this.buckets[s]!, pos - m + 1);
      pos++;
    }
  }
}

/**
 * Shorter literals as one alternation: V8's regex engine skips ahead on the characters the literals
 * start with faster than a Wu–Manber window of 4 could jump. Each match position is confirmed against
 * every literal of the tier (matches are rare), and the search goes on from the next character, so
 * overlapping literals are all found. Linear: at each position at most every literal is tried once.
 */
class AlternationTier {
  private readonly regex: RegExp;

  constructor(private readonly entries: readonly Entry[]) {
    const alternatives = new Set(entries.map((e) => spelling(e.literal)));
    this.regex = new RegExp([...alternatives].join('|'), 'g');
  }

  scan(text: string, hits: Hits): void {
    const re = this.regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      hits.check(this.entries, m.index);
      re.lastIndex = m.index + 1;
    }
  }
}

/** The literal as a regex source: escaped, ASCII letters in both cases when it ignores case. */
function spelling({ text, ignoreCase }: ScanLiteral): string {
  const escaped = escapeRegExp(text);
  return ignoreCase ? escaped.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`) : escaped;
}

/** `s` as a regex source that matches exactly it. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class LineGate {
  private readonly groups: number;
  private readonly long: LongTier | undefined;
  private readonly short: AlternationTier[] = [];

  /** `groups`: lists of literals of at least 4 characters (at most 30 lists) */
  constructor(groups: readonly (readonly ScanLiteral[])[]) {
    this.groups = groups.length;
    const entries = groups.flatMap((literals, group) => literals.map((literal) => ({ literal, group })));
    if (entries.some((e) => e.literal.text.length < 4)) throw new Error('LineGate: a literal is shorter than 4');
    const long = entries.filter((e) => e.literal.text.length >= LONG);
    const short = entries.filter((e) => e.literal.text.length < LONG);
    this.long = long.length > 0 ? new LongTier(long) : undefined;
    short.sort((a, b) => a.literal.text.length - b.literal.text.length);
    for (let i = 0; i < short.length; i += ALTERNATION_SIZE)
      this.short.push(new AlternationTier(short.slice(i, i + ALTERNATION_SIZE)));
  }

  /**
   * Per group, offsets in `text`, ascending, inside every line that holds a literal of the group (at least
   * one per such line). A line with no offset of a group holds none of its literals.
   */
  scan(text: string): number[][] {
    // each tier finds its hits in order, so each notes them apart
    const long = new Hits(text, this.groups);
    this.long?.scan(text, long);
    let out = long.out;
    for (const tier of this.short) {
      const short = new Hits(text, this.groups);
      tier.scan(text, short);
      out = out.map((a, g) => merge(a, short.out[g] as number[]));
    }
    return out;
  }
}

function merge(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) out.push(a[i++] as number);
    else out.push(b[j++] as number);
  }
  return out;
}
