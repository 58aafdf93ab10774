// What the inspect scripts' output says is wrong by itself: an entry's `inspect` readings (catalog
// data) name the script, the readings that show its problem and the lines to quote. For example
// inspect-terway-cluster.sh prints `eni_conf: invalid JSON` when terway-init will stop on every node.
import type { InspectRecord } from '../records';
import type { CompiledCatalog } from '../match/compiled-catalog';
import type { Occurrence } from '../match/aggregate';

export function inspectOccurrences(
  rec: InspectRecord,
  catalog: CompiledCatalog,
  textOf: (line: number) => string | undefined,
): Occurrence[] {
  const out: Occurrence[] = [];
  for (const entry of catalog.entries) {
    const reading = entry.inspect;
    if (!reading || reading.script !== rec.script) continue;
    const shown = reading.when.some((w) => Object.entries(w).every(([k, v]) => rec.values[k] === v));
    if (!shown) continue;
    const { line, text } = quotedLine(rec, reading.lines, textOf);
    const detail = reading.detail ? rec.values[reading.detail] : undefined;
    out.push({
      entry,
      captures: { detail: detail ?? text.trim() },
      count: 1,
      line,
      text,
      origin: { kind: 'inspect', script: `inspect-terway-${rec.script}.sh` },
    });
  }
  return out;
}

/** the first printed line that starts with one of `starts`, tried in order; else the record's first line */
function quotedLine(
  rec: InspectRecord,
  starts: readonly string[],
  textOf: (line: number) => string | undefined,
): { line: number; text: string } {
  for (const start of starts)
    for (let n = rec.lines.start; n <= rec.lines.end; n++) {
      const t = textOf(n);
      if (t !== undefined && t.trim().startsWith(start)) return { line: n, text: t };
    }
  return { line: rec.lines.start, text: textOf(rec.lines.start) ?? '' };
}
