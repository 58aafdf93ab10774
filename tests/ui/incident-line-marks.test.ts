import { describe, expect, it } from 'vitest';
import { marksBetween, stripBands, unexplainedRanges } from '../../src/ui/incident/line-marks';
import type { LineMarks } from '../../src/engine/report';

const marks: LineMarks = {
  codes: [
    { kind: 'finding', findingId: 'cni-add-failed', title: 'CNI ADD failed' },
    { kind: 'root', findingId: 'openapi-vswitch-ip-not-enough', title: 'vSwitch out of IPs' },
    { kind: 'unexplained', title: 'Warning line no catalog entry explains' },
  ],
  // a long run of one finding, the root on a line inside it, a warning nothing explains later
  ranges: [1, 500, 0, 250, 250, 1, 900, 902, 2],
  gap: 1,
};

describe('line marks for the gutter and the minimap', () => {
  it('gives each visible line its most telling mark, reaching back into a range that started earlier', () => {
    const shown = marksBetween(marks, 248, 252);
    expect(shown.map((m) => [m.line, m.kind])).toEqual([
      [248, 'finding'],
      [249, 'finding'],
      [250, 'root'],
      [251, 'finding'],
      [252, 'finding'],
    ]);
    expect(shown[2]!.codes.map((c) => c.kind)).toEqual(['root', 'finding']);
    expect(marksBetween(marks, 600, 899)).toEqual([]);
    expect(marksBetween(marks, 902, 950).map((m) => m.kind)).toEqual(['unexplained']);
  });

  it('draws a long input as a bounded number of bands, the root cause and the unexplained lines kept', () => {
    const bands = stripBands(marks, 1, 1_000_000, 100);
    expect(bands.length).toBeLessThanOrEqual(100);
    expect(bands.map((b) => b.kind)).toEqual(['root']);
    const near = stripBands(marks, 1, 1000, 100);
    expect(near.some((b) => b.kind === 'unexplained' && b.line === 900)).toBe(true);
    expect(near.find((b) => b.kind === 'root')!.line).toBe(250);
  });

  it('lists the unexplained ranges with their line count', () => {
    expect(unexplainedRanges(marks, 10)).toEqual({
      ranges: [{ start: 900, end: 902, title: 'Warning line no catalog entry explains' }],
      lines: 3,
      total: 1,
    });
  });
});
