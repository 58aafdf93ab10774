// One finding per catalog entry and identifying values: the same OpenAPI code seen on the Node's
// event and inside the pod's event is one problem with two places of evidence, not two findings.
import type { Finding } from '../report';
import { findingKey } from '../analysis/finding-key';
import { clausesOf } from '../text/joins';
const MAX_EVIDENCE = 5;

export function mergeFindings(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const key = findingKey(f.id, f.captures);
    const into = byKey.get(key);
    if (!into) {
      const copy = { ...f, captures: { ...f.captures }, evidence: [...f.evidence] };
      byKey.set(key, copy);
      out.push(copy);
      continue;
    }
    into.count += f.count;
    into.evidenceTotal += f.evidenceTotal;
    const lines = new Set(into.evidence.map((e) => e.line));
    into.evidence = [...into.evidence, ...f.evidence.filter((e) => !lines.has(e.line))]
      .sort((a, b) => a.line - b.line)
      .slice(0, MAX_EVIDENCE);
    if (f.firstSeen && (!into.firstSeen || f.firstSeen < into.firstSeen)) into.firstSeen = f.firstSeen;
    if (f.lastSeen && (!into.lastSeen || f.lastSeen > into.lastSeen)) into.lastSeen = f.lastSeen;
    for (const [k, v] of Object.entries(f.captures)) into.captures[k] ??= v;
    if (!into.origin.includes(f.origin)) into.origin = clausesOf([into.origin, f.origin]);
    // the root's own finding is never a symptom, whatever its other half was
    if (!f.symptomOf || into.symptomOf !== f.symptomOf) delete into.symptomOf;
    into.legacy ??= f.legacy;
    into.signalText ??= f.signalText;
  }
  return out;
}
