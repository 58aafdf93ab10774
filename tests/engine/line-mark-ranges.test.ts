import { describe, expect, it } from 'vitest';
import { LineMarkRanges } from '../../src/engine/analysis/line-mark-ranges';

const triples = (r: number[]) => Array.from({ length: r.length / 3 }, (_, i) => r.slice(3 * i, 3 * i + 3));

describe('line mark ranges', () => {
  it('folds runs of one code into one range, exactly while they fit', () => {
    const m = new LineMarkRanges(10);
    for (let n = 1; n <= 100; n++) m.add(n, 0);
    m.add(50, 1);
    m.add(200, 1);
    expect(m.finish()).toEqual({ ranges: [1, 100, 0, 50, 50, 1, 200, 200, 1], gap: 1 });
  });

  it('turns coarse instead of dropping marks when alternating codes overflow the limit', () => {
    const m = new LineMarkRanges(10);
    for (let n = 1; n <= 1000; n++) m.add(n, n % 2);
    const { ranges, gap } = m.finish();
    expect(ranges.length / 3).toBeLessThanOrEqual(10);
    expect(gap).toBeGreaterThan(1);
    // every marked line is still covered by a range of its own code, the last ones too
    for (const n of [1, 2, 499, 500, 999, 1000])
      expect(
        triples(ranges).some(([s, e, c]) => c === n % 2 && s! <= n && n <= e!),
        `line ${n}`,
      ).toBe(true);
  });
});
