// The lines each catalog entry marked, as [start, end, code] triples: a run of lines of one code is
// one range. At most MAX_RANGES are kept: when a paste holds more (a log where every other line is a
// different signal), ranges of one code within `gap` lines of each other merge and `gap` doubles, so
// the marks stay bounded and turn coarse rather than stop. `gap` says how coarse they are.
const MAX_RANGES = 50_000;

export interface MarkRangesOut {
  /** [start, end, code] triples, sorted by start */
  ranges: number[];
  /** 1 when every range is exact; else a range may bridge up to gap − 1 unmarked lines */
  gap: number;
}

export class LineMarkRanges {
  private ranges: number[] = [];
  /** index of the last range of each code */
  private lastOf = new Map<number, number>();
  private gap = 1;

  constructor(private readonly max = MAX_RANGES) {}

  add(line: number, code: number): void {
    const i = this.lastOf.get(code);
    const r = this.ranges;
    if (i !== undefined && line >= r[i]! && line <= r[i + 1]! + this.gap) {
      if (line > r[i + 1]!) r[i + 1] = line;
      return;
    }
    if (r.length / 3 >= this.max) {
      this.coarsen();
      return this.add(line, code);
    }
    this.lastOf.set(code, r.length);
    r.push(line, line, code);
  }

  finish(): MarkRangesOut {
    return { ranges: sortTriples(this.ranges), gap: this.gap };
  }

  /** doubles the gap until merging ranges of one code within it leaves at most half the limit */
  private coarsen(): void {
    let merged = this.ranges;
    while (merged.length / 3 > this.max / 2) {
      this.gap *= 2;
      merged = mergeWithin(this.ranges, this.gap);
    }
    this.ranges = merged;
    this.lastOf.clear();
    for (let i = 0; i < merged.length; i += 3) {
      const code = merged[i + 2]!;
      const last = this.lastOf.get(code);
      if (last === undefined || merged[i]! > merged[last]!) this.lastOf.set(code, i);
    }
  }
}

/** Ranges of the same code that come within `gap` lines of each other, merged. */
function mergeWithin(ranges: number[], gap: number): number[] {
  const sorted = tripleList(ranges).sort((a, b) => a[2] - b[2] || a[0] - b[0]);
  const out: [number, number, number][] = [];
  for (const t of sorted) {
    const last = out.at(-1);
    if (last && last[2] === t[2] && t[0] <= last[1] + gap) last[1] = Math.max(last[1], t[1]);
    else out.push([...t]);
  }
  return out.sort((a, b) => a[0] - b[0]).flat();
}

function sortTriples(ranges: number[]): number[] {
  return tripleList(ranges)
    .sort((a, b) => a[0] - b[0] || a[2] - b[2])
    .flat();
}

function tripleList(r: number[]): [number, number, number][] {
  return Array.from({ length: r.length / 3 }, (_, i) => [r[3 * i]!, r[3 * i + 1]!, r[3 * i + 2]!]);
}
