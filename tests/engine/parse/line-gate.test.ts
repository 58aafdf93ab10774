// LineGate must mark exactly the lines that hold a literal of a group (at least one offset per such line,
// none on any other), whichever tier finds it: the Wu–Manber window for long literals, the alternation for
// short ones, with ASCII case ignored only where a literal asks for it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineGate, type ScanLiteral } from '../../../src/engine/text/line-gate';

/** per group, the set of line indexes that hold one of its literals, the slow way */
function linesWith(text: string, groups: readonly (readonly ScanLiteral[])[]): number[][] {
  const lines = text.split('\n');
  return groups.map((lits) =>
    lines.flatMap((line, i) =>
      lits.some((l) => (l.ignoreCase ? line.replace(/[A-Z]/g, (c) => c.toLowerCase()) : line).includes(l.text))
        ? [i]
        : [],
    ),
  );
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const piece = fc.constantFrom('a', 'b', 'A', 'B', '-', '.', '[', ':', ' ', '\n', 'é', 'ab', 'Ab', 'b.a', 'aab');
const literalText = fc
  .array(fc.constantFrom(...'abcdefghijkl-.[: é'), { minLength: 4, maxLength: 14 })
  .map((cs) => cs.join(''));
const literal = fc
  .record({ text: literalText, ignoreCase: fc.boolean() })
  .map((l) => ({ ...l, text: l.ignoreCase ? l.text.toLowerCase() : l.text }));

describe('LineGate', () => {
  it('marks exactly the lines that hold a literal of each group', () => {
    // the literals, in some case, among random text; up to 120 of them, so several alternations share a scan
    const input = fc
      .array(fc.array(literal, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 3 })
      .chain((groups) => {
        const spelt = groups.flat().flatMap((l) => (l.ignoreCase ? [l.text, l.text.toUpperCase()] : [l.text]));
        const text = fc.array(fc.oneof(piece, fc.constantFrom(...spelt)), { maxLength: 200 }).map((p) => p.join(''));
        return fc.tuple(fc.constant(groups), text);
      });
    fc.assert(
      fc.property(input, ([groups, text]) => {
        const marks = new LineGate(groups).scan(text);
        const want = linesWith(text, groups);
        marks.forEach((offsets, g) => {
          expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
          expect([...new Set(offsets.map((o) => lineOf(text, o)))]).toEqual(want[g]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('finds a literal of the second alternation on a line before the last hit of the first', () => {
    // 40 literals of 4 characters fill the first alternation; the longer one goes to a second
    const literals = [
      ...Array.from({ length: 40 }, (_, i) => ({ text: `x${String(i).padStart(3, '0')}`, ignoreCase: false })),
      { text: 'yyyyyyy', ignoreCase: false },
    ];
    expect(new LineGate([literals]).scan('yyyyyyy\nfoo\nx001\n')).toEqual([[0, 12]]);
  });

  it('finds overlapping literals of different groups and ignores case only when asked', () => {
    const gate = new LineGate([
      [{ text: 'error: ', ignoreCase: false }],
      [{ text: 'or: x', ignoreCase: false }],
      [{ text: 'cluster', ignoreCase: true }],
      [{ text: 'a-long-literal-here', ignoreCase: false }],
    ]);
    const text = 'error: x\nCLUSTER\nERROR: X\nsome a-long-literal-here\n';
    expect(gate.scan(text)).toEqual([[0], [3], [9], [31]]);
  });
});
