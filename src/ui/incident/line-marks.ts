// Reading the report's line marks ([start, end, code] triples over report lines) for the gutter and
// the minimap: the mark of each visible line, bands for a strip, and the ranges nothing explains.
// Work is per visible row or per range, never per input line.
import type { LineMarkCode, LineMarks } from '../../engine/index';

export type MarkKind = LineMarkCode['kind'];

/** When a line carries several marks, the one shown: the root cause, then what nothing explains. */
const RANK: Record<MarkKind, number> = { root: 0, unexplained: 1, symptom: 2, finding: 3 };

export interface LineMark {
  line: number;
  kind: MarkKind;
  /** every finding or note on the line, most telling first */
  codes: LineMarkCode[];
}

/**
 * The marks of report lines `from`..`to` (inclusive). Ranges are sorted by start; a binary search finds
 * the first range that can reach `from` once the longest range is known.
 */
export function marksBetween(marks: LineMarks, from: number, to: number): LineMark[] {
  const r = marks.ranges;
  const byLine = new Map<number, LineMarkCode[]>();
  for (let i = firstRangeFrom(r, from, longestRange(marks)); i < r.length && r[i]! <= to; i += 3) {
    const start = Math.max(from, r[i]!);
    const end = Math.min(to, r[i + 1]!);
    const code = marks.codes[r[i + 2]!];
    if (!code) continue;
    for (let n = start; n <= end; n++) byLine.set(n, [...(byLine.get(n) ?? []), code]);
  }
  return [...byLine]
    .map(([line, codes]) => {
      codes.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
      return { line, kind: codes[0]!.kind, codes };
    })
    .sort((a, b) => a.line - b.line);
}

const longest = new WeakMap<LineMarks, number>();
function longestRange(marks: LineMarks): number {
  let n = longest.get(marks);
  if (n === undefined) {
    n = 0;
    for (let i = 0; i < marks.ranges.length; i += 3) n = Math.max(n, marks.ranges[i + 1]! - marks.ranges[i]!);
    longest.set(marks, n);
  }
  return n;
}

/** index (a multiple of 3) of the first range whose start is ≥ from − span */
function firstRangeFrom(r: readonly number[], from: number, span: number): number {
  let lo = 0;
  let hi = r.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r[mid * 3]! < from - span) lo = mid + 1;
    else hi = mid;
  }
  return lo * 3;
}

export interface Band {
  /** fraction of the input's height, 0..1 */
  top: number;
  height: number;
  kind: MarkKind;
  line: number;
}

/**
 * Bands for a minimap strip over report lines `first`..`last`: one per bucket of lines (at most
 * `buckets`), the most telling kind in it winning, so a million marks draw as a few hundred bands.
 */
export function stripBands(marks: LineMarks, first: number, last: number, buckets = 200): Band[] {
  const lines = Math.max(1, last - first + 1);
  const size = Math.max(1, Math.ceil(lines / buckets));
  const best = new Map<number, { kind: MarkKind; line: number }>();
  const r = marks.ranges;
  for (let i = 0; i < r.length; i += 3) {
    const code = marks.codes[r[i + 2]!];
    const start = Math.max(first, r[i]!);
    const end = Math.min(last, r[i + 1]!);
    if (!code || start > end) continue;
    for (let b = Math.floor((start - first) / size); b <= Math.floor((end - first) / size); b++) {
      const had = best.get(b);
      if (!had || RANK[code.kind] < RANK[had.kind])
        best.set(b, { kind: code.kind, line: Math.max(start, first + b * size) });
    }
  }
  return [...best]
    .sort((a, b) => a[0] - b[0])
    .map(([b, { kind, line }]) => ({ top: (b * size) / lines, height: size / lines, kind, line }));
}

/** Ranges of lines nothing explains, in input order (at most `limit`); how many ranges and lines in all. */
export function unexplainedRanges(marks: LineMarks, limit: number) {
  const out: { start: number; end: number; title: string }[] = [];
  let lines = 0;
  let total = 0;
  const r = marks.ranges;
  for (let i = 0; i < r.length; i += 3) {
    const code = marks.codes[r[i + 2]!];
    if (code?.kind !== 'unexplained') continue;
    lines += r[i + 1]! - r[i]! + 1;
    total++;
    if (out.length < limit) out.push({ start: r[i]!, end: r[i + 1]!, title: code.title });
  }
  return { ranges: out, lines, total };
}
