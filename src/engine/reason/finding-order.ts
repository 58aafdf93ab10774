// The one order findings are read in, the engine's: the root cause first, then the other signals
// that are not consequences (independent causes, notes), then the consequences. Within each, what a
// catalog entry explains comes before error lines only their level flags (a known signal says more
// than an unknown one of higher severity), then by severity, and otherwise in the causal rank the
// reasoning gave them. The page, the CLI and the Markdown export keep this order and never sort again.
import type { Finding } from '../report';
import { KIND_TRAITS } from '../catalog/types';

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

export function readingOrder(findings: readonly Finding[], rootCause: string | undefined): Finding[] {
  const role = (f: Finding) => (f.id === rootCause ? 0 : f.symptomOf ? 2 : 1);
  const unknown = (f: Finding) =>
    (KIND_TRAITS as Partial<Record<string, { recognisedBy: string }>>)[f.kind]?.recognisedBy === 'level' ? 1 : 0;
  // Array.prototype.sort is stable: equal findings keep the reasoning's rank order
  return [...findings].sort(
    (a, b) => role(a) - role(b) || unknown(a) - unknown(b) || SEVERITY[a.severity] - SEVERITY[b.severity],
  );
}
