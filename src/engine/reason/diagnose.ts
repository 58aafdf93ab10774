// SOP reasoning over what the collector gathered: health gate, pod events, node / Node CR,
// IPAM mode, logs — then the verdict, next steps and what to paste next.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { NextStep, Report } from '../report';
import { deriveContext, terwayPodHealth } from './context';
import { detectIpam } from './ipam';
import { detectInvolvement } from './involvement';
import { rootScore, toFinding } from './findings';
import { buildChecklist } from './checklist';
import { decideVerdict } from './verdict';
import { fillCommand } from './fill';
import { gatherFacts } from './facts';

const MAX_NEXT_STEPS = 8;

export function diagnose(c: Collected, bytes: number): Omit<Report, 'inputs'> {
  const groups = c.groups;
  const involvement = detectInvolvement(c, groups);
  const ipam = detectIpam(c);
  const context = deriveContext(c);
  const terwayPods = terwayPodHealth(c);

  // root causes rank above their symptoms; ties: more occurrences, then earlier in the paste
  const ranked = [...groups].sort(
    (a, b) => rootScore(b) - rootScore(a) || b.count - a.count || a.firstLine - b.firstLine,
  );
  const problems = ranked.filter(
    (g) => rootScore(g) > 0 && (involvement.terway !== 'not-involved' || g.entry.kind === 'foreign-cni'),
  );
  const root = involvement.terway === 'not-involved' ? undefined : problems.find((g) => g.entry.kind !== 'foreign-cni');
  const symptoms = root ? problems.filter((g) => g !== root && isSymptom(g, root)) : [];

  const names = (g?: Group): Record<string, string | undefined> => ({
    namespace: context.namespace,
    pod: context.pod,
    node: context.node,
    terwayPod: context.terwayPod,
    ...(g?.captures ?? {}),
  });

  const verdict = decideVerdict({
    collected: c,
    problems,
    ...(root ? { root } : {}),
    symptoms,
    involvement,
    ipam,
    terwayPods,
  });
  const { checklist, pasteNext } = buildChecklist({
    collected: c,
    problems,
    ...(root ? { root } : {}),
    terwayPods,
    ipam,
    involvement,
    names: names(root),
  });

  const nextSteps: NextStep[] = [];
  const seen = new Set<string>();
  for (const g of root ? [root, ...problems.filter((p) => p !== root)] : []) {
    for (const check of g.entry.nextChecks) {
      const command = fillCommand(check.command, names(g));
      if (seen.has(command)) continue;
      seen.add(command);
      nextSteps.push({ command, why: check.why });
      if (nextSteps.length >= MAX_NEXT_STEPS) break;
    }
    if (nextSteps.length >= MAX_NEXT_STEPS) break;
  }

  const findings = (involvement.terway === 'not-involved' ? problems : ranked).map((g) => {
    const f = toFinding(g);
    if (root && symptoms.includes(g)) f.symptomOf = root.entry.id;
    return f;
  });

  return {
    terway: involvement.terway,
    ipamMode: ipam.mode,
    ipamEvidence: ipam.evidence,
    verdict,
    findings,
    documents: c.documents.map((d) => ({
      kind: d.kind,
      startLine: d.lines.start,
      endLine: d.lines.end,
      ...(d.command ? { command: d.command } : {}),
      ...(d.title ? { title: d.title } : {}),
    })),
    checklist,
    nextSteps,
    pasteNext,
    context,
    stats: {
      lines: c.stats.lines,
      bytes,
      documents: c.stats.documents,
      events: c.stats.events,
      logLines: c.stats.logLines,
      objects: c.stats.objects,
    },
    credentialWarnings: c.credentialLines,
    facts: gatherFacts(c, context.terwayVersion),
  };
}

/** Lower-ranked signals the root explains: the pod-side and kubelet-side echoes of the same failure. */
function isSymptom(g: Group, root: Group): boolean {
  if (rootScore(g) >= rootScore(root)) return false;
  const kind = g.entry.kind;
  if (kind === 'kubelet-error' || kind === 'cni-error' || kind === 'condition') return true;
  if (kind === 'event') return true;
  // an independent fatal error or OpenAPI code is reported as "also found", not as a symptom
  return false;
}
