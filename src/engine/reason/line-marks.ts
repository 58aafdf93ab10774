// What each recorded mark code means once the verdict is known: the root cause, a symptom it explains,
// another finding, or an error or warning line nothing explains (the catalog's `unrecognised-*` entries,
// and warning lines without any hit). The ranges themselves pass through unchanged.
import type { Collected } from '../analysis/collector';
import { UNEXPLAINED_WARNING } from '../analysis/timeline-recorder';
import type { Finding, LineMarkCode, LineMarks } from '../report';
import { msg } from '../messages';

export function lineMarks(c: Collected, findings: readonly Finding[], rootCause?: string): LineMarks {
  const rec = c.recorded;
  if (!rec) return { ranges: [], codes: [], gap: 1 };
  const byId = new Map<string, Finding>();
  for (const f of findings) if (!byId.has(f.id)) byId.set(f.id, f);
  const codes = rec.codes.map((id): LineMarkCode => {
    if (id === UNEXPLAINED_WARNING) return { kind: 'unexplained', title: msg('marks.unexplainedWarning') };
    const f = byId.get(id);
    const title = f?.title ?? id;
    const kind = id.startsWith('unrecognised-')
      ? 'unexplained'
      : id === rootCause
        ? 'root'
        : f?.symptomOf
          ? 'symptom'
          : 'finding';
    return { kind, ...(f ? { findingId: id } : {}), title };
  });
  return { ranges: rec.markRanges, codes, gap: rec.markGap };
}
