// The marks each document holds, found by binary search, must be the ones a look at every mark finds, in
// the marks' own order (the earlier of two equal marks wins a tie), for any documents and marks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MarkRange } from '../../../src/engine/analysis/mark-ranges';
import type { InputDocument } from '../../../src/engine/records';
import { marksByDocument } from '../../../src/engine/reason/marks-by-document';

const doc = (start: number, end: number) => ({ lines: { start, end } }) as InputDocument;
const mark = (scope: MarkRange['scope'], start: number, end: number, producer = 'p') =>
  ({ scope, start, end, producer }) as MarkRange;

/** documents in line order without overlaps, from gaps and lengths */
const documents = fc.array(fc.tuple(fc.nat(3), fc.nat(6)), { maxLength: 12 }).map((parts) => {
  let at = 1;
  return parts.map(([gap, length]) => {
    const d = doc(at + gap, at + gap + length);
    at = d.lines.end + 1;
    return d;
  });
});
const marks = fc.array(
  fc
    .tuple(fc.constantFrom('stream', 'line', 'mention') as fc.Arbitrary<MarkRange['scope']>, fc.nat(90), fc.nat(20))
    .map(([scope, start, length]) => mark(scope, start, start + length)),
  { maxLength: 30 },
);

describe('marksByDocument', () => {
  it('finds what looking at every mark for every document finds, in the same order', () => {
    fc.assert(
      fc.property(documents, marks, (docs, ms) => {
        const by = marksByDocument(docs, ms)!;
        docs.forEach((d, k) => {
          const { start, end } = d.lines;
          const inside = (line: number) => start <= line && line <= end;
          expect(by.stream[k]).toEqual(ms.filter((m) => m.scope === 'stream' && m.end >= start && m.start <= end));
          expect(by.line[k]).toEqual(ms.filter((m) => m.scope === 'line' && (inside(m.start) || inside(m.end))));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives up on documents that overlap or come out of order (every mark is then looked at)', () => {
    expect(marksByDocument([doc(1, 5), doc(5, 9)], [mark('line', 5, 5)])).toBeUndefined();
    expect(marksByDocument([doc(10, 12), doc(1, 3)], [])).toBeUndefined();
  });
});
