// The one order findings are read in, the engine's: the root cause first, then the other signals
// that are not consequences (independent causes, notes), then the consequences; by severity within
// each, and otherwise in the causal rank the reasoning gave them. The page, the CLI and the Markdown
// export list findings in exactly this order and never sort them again.
import type { Finding } from '../report';

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

export function readingOrder(findings: readonly Finding[], rootCause: string | undefined): Finding[] {
  const role = (f: Finding) => (f.id === rootCause ? 0 : f.symptomOf ? 2 : 1);
  // Array.prototype.sort is stable: equal findings keep the reasoning's rank order
  return [...findings].sort((a, b) => role(a) - role(b) || SEVERITY[a.severity] - SEVERITY[b.severity]);
}
