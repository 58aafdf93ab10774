// LineGate must mark exactly the lines that hold a literal of a group (at least one offset per such line,
// none on any other), with ASCII case ignored only where a literal asks for it, however many literals share
// the automaton and wherever the scan cuts the text in two.
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
      fc.property(input, ([groups, random]) => {
        // as it is (a line's one pass), and amid filler no literal holds, long enough to be walked as two
        // halves whose cut falls inside the random text
        for (const text of [random, 'q'.repeat(2100) + random + 'q'.repeat(2100)]) {
          const marks = new LineGate(groups).scan(text);
          const want = linesWith(text, groups);
          marks.forEach((offsets, g) => {
            expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
            expect([...new Set(offsets.map((o) => lineOf(text, o)))]).toEqual(want[g]);
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a literal that straddles the middle, where the scan cuts a long text in two', () => {
    const gate = new LineGate([[{ text: 'needle', ignoreCase: false }]]);
    const filler = 'x'.repeat(2100);
    for (let k = 0; k < 12; k++) {
      // the cut (half the length) falls k characters before the needle's end, or after it
      const text = filler.slice(0, 2050 - k) + 'needle\n' + filler.slice(0, 2050 - k);
      expect(gate.scan(text), `k ${k}`).toEqual([[2050 - k]]);
    }
  });

  it('tells apart literals longer than the trie holds that differ only near their end', () => {
    const stem = 'failed to allocate the pod network for sandbox ';
    const gate = new LineGate([
      [{ text: `${stem}alpha`, ignoreCase: false }],
      [{ text: `${stem}beta`, ignoreCase: false }],
    ]);
    expect(gate.scan(`${stem}beta\n${stem}gamma\n${stem}alpha\n`)).toEqual([[2 * stem.length + 11], [0]]);
  });

  it('stays exact when the literals use more characters than the table has classes', () => {
    // 90 distinct characters: the last ones share a class, and the check behind the automaton keeps it exact
    const chars = Array.from({ length: 90 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const literals = chars.map((c) => ({ text: `${c}${c}${c}${c}`, ignoreCase: false }));
    const shared = chars[80]! + chars[81]! + chars[82]! + chars[83]!;
    expect(new LineGate([literals]).scan(`${shared}\n${chars[85]!.repeat(4)}\n`)).toEqual([[shared.length + 1]]);
  });

  it('refuses a literal that holds a line feed (a mark must fall inside one line)', () => {
    expect(() => new LineGate([[{ text: 'two\nlines', ignoreCase: false }]])).toThrow(/line feed/);
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
