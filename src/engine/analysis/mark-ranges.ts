// Where each producer's fingerprints were seen, kept as line ranges: a 1 GB cilium log with a
// `subsys=` on every line is one range, not millions of marks. Marks closer than GAP lines extend
// the range; each range keeps the text of its first line as evidence. Bounded per producer and scope.
import type { FingerprintScope } from '../catalog/types';
import type { Mark } from '../match/compiled-catalog';

export interface MarkRange {
  producer: string;
  scope: FingerprintScope;
  /** the fingerprint id of the range's first mark */
  fingerprint: string;
  start: number;
  end: number;
  /** the first marked line, clipped */
  text: string;
}

const GAP = 200;
const MAX_RANGES = 500;
const TEXT_CHARS = 300;

export class MarkRanges {
  private readonly byKey = new Map<string, MarkRange[]>();

  add(line: number, text: string, mark: Mark): void {
    const key = `${mark.producer.id}|${mark.fingerprint.scope}`;
    let list = this.byKey.get(key);
    if (!list) this.byKey.set(key, (list = []));
    const last = list.at(-1);
    // a new range only when far from the last one, and never more than MAX_RANGES of them
    if (last && (line - last.end <= GAP || list.length >= MAX_RANGES)) {
      if (line > last.end) last.end = line;
      return;
    }
    list.push({
      producer: mark.producer.id,
      scope: mark.fingerprint.scope,
      fingerprint: mark.fingerprint.id,
      start: line,
      end: line,
      text: text.slice(0, TEXT_CHARS),
    });
  }

  all(): MarkRange[] {
    return [...this.byKey.values()].flat().sort((a, b) => a.start - b.start);
  }
}
