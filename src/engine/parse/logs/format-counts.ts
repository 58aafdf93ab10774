// Which log format a document mostly holds (its document kind). Records are counted per run of one format, so a
// 100 MB log of one format costs one Map update per run rather than one per record.

import type { LogRecord } from '../../records';

type Format = LogRecord['format'];

export class FormatCounts {
  private readonly counts = new Map<Format, number>();
  private runFormat: Format | null = null;
  private runCount = 0;

  add(format: Format, delta: number): void {
    if (format === this.runFormat) {
      this.runCount += delta;
      return;
    }
    this.flush();
    this.runFormat = format;
    this.runCount = delta;
  }

  /** the most frequent format other than `plain` (`plain` when there is none) */
  best(): Format {
    this.flush();
    let best: Format = 'plain';
    let bestCount = 0;
    for (const [format, n] of this.counts) {
      if (format !== 'plain' && n > bestCount) {
        best = format;
        bestCount = n;
      }
    }
    return best;
  }

  private flush(): void {
    if (this.runFormat === null) return;
    this.counts.set(this.runFormat, (this.counts.get(this.runFormat) ?? 0) + this.runCount);
    this.runFormat = null;
    this.runCount = 0;
  }
}
