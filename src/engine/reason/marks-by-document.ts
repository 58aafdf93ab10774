// Which fingerprint marks each document holds, found once for all documents: a mixed paste can hold
// thousands of documents and thousands of marks, and looking through every mark for every document
// cost more than the rest of the reasoning. The documents come in line order without overlapping, so a
// mark's documents are found by binary search; each list keeps the marks' own order (ties go to the
// earlier mark).

import type { MarkRange } from '../analysis/mark-ranges';
import type { InputDocument } from '../records';

export interface MarksByDocument {
  /** per document: the stream marks whose lines overlap it */
  stream: MarkRange[][];
  /** per document: the line marks whose first or last line is inside it */
  line: MarkRange[][];
}

/** undefined when the documents are not in line order without overlaps (then every mark is looked at) */
export function marksByDocument(
  documents: readonly InputDocument[],
  marks: readonly MarkRange[],
): MarksByDocument | undefined {
  for (let i = 1; i < documents.length; i++)
    if ((documents[i] as InputDocument).lines.start <= (documents[i - 1] as InputDocument).lines.end) return undefined;
  const stream: MarkRange[][] = documents.map(() => []);
  const line: MarkRange[][] = documents.map(() => []);
  /** the first document that ends at or after `at` */
  const firstEndingFrom = (at: number) => {
    let lo = 0;
    let hi = documents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((documents[mid] as InputDocument).lines.end < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const holding = (at: number) => {
    const k = firstEndingFrom(at);
    return k < documents.length && (documents[k] as InputDocument).lines.start <= at ? k : -1;
  };
  for (const m of marks) {
    if (m.scope === 'stream') {
      for (let k = firstEndingFrom(m.start); k < documents.length; k++) {
        if ((documents[k] as InputDocument).lines.start > m.end) break;
        (stream[k] as MarkRange[]).push(m);
      }
    } else if (m.scope === 'line') {
      const a = holding(m.start);
      const b = holding(m.end);
      if (a !== -1) (line[a] as MarkRange[]).push(m);
      if (b !== -1 && b !== a) (line[b] as MarkRange[]).push(m);
    }
  }
  return { stream, line };
}
