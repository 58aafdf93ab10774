// The report's findings as causal chains: each cause with the symptoms it explains folded under it,
// findings of one title as one, and every evidence line shown once (where it is first met).
import type { Evidence, Finding } from '../../engine/index';

export interface ChainLink {
  finding: Finding;
  /** the lines not already shown higher up */
  evidence: Evidence[];
}

export interface Chain {
  cause: ChainLink;
  /** what the cause explains, in the engine's reading order */
  symptoms: ChainLink[];
}

/** values that name one cloud resource: two findings of one title about different vSwitches stay two */
const RESOURCES = ['vsw', 'eni', 'instance'] as const;
const conflicts = (a: Finding, b: Finding) =>
  RESOURCES.some((k) => a.captures[k] !== undefined && b.captures[k] !== undefined && a.captures[k] !== b.captures[k]);

/** Findings with the same title are one finding: counts add up, evidence joins. */
export function mergeSameTitle(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const same = out.find((x) => x.title === f.title && !conflicts(x, f));
    if (!same) {
      out.push({ ...f, evidence: [...f.evidence] });
      continue;
    }
    same.count += f.count;
    same.evidenceTotal += f.evidenceTotal;
    for (const e of f.evidence) if (!same.evidence.some((x) => x.line === e.line)) same.evidence.push(e);
  }
  return out;
}

/** Each finding's top cause (following symptomOf), or itself. */
function topCause(f: Finding, byId: Map<string, Finding>): Finding {
  let x = f;
  const seen = new Set<Finding>([x]);
  for (let p = x.symptomOf ? byId.get(x.symptomOf) : undefined; p && !seen.has(p);) {
    seen.add(p);
    x = p;
    p = x.symptomOf ? byId.get(x.symptomOf) : undefined;
  }
  return x;
}

export function chainsOf(findings: readonly Finding[]): Chain[] {
  const merged = mergeSameTitle(findings);
  const byId = new Map<string, Finding>();
  for (const f of merged) if (!byId.has(f.id)) byId.set(f.id, f);
  const chains = new Map<Finding, { cause: Finding; symptoms: Finding[] }>();
  for (const f of merged) {
    const top = topCause(f, byId);
    let chain = chains.get(top);
    if (!chain) chains.set(top, (chain = { cause: top, symptoms: [] }));
    if (f !== top) chain.symptoms.push(f);
  }
  const shown = new Set<number>();
  const fresh = (f: Finding): ChainLink => {
    const evidence = f.evidence.filter((e) => !shown.has(e.line));
    for (const e of evidence) shown.add(e.line);
    return { finding: f, evidence };
  };
  return [...chains.values()].map((c) => ({ cause: fresh(c.cause), symptoms: c.symptoms.map(fresh) }));
}
