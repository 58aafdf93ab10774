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
import { fill } from '../commands/fill';
import { gatherFacts } from './facts';
import { explainers, namesNoCause, rankOf, symptomsOf } from './causality';
import { mergeFindings } from './merge';
import { placeOf } from './place';

const MAX_NEXT_STEPS = 8;

export function diagnose(c: Collected, bytes: number): Omit<Report, 'inputs'> {
  const groups = c.groups;
  const context = deriveContext(c);
  const involvement = detectInvolvement(c, groups, context.node);
  const ipam = detectIpam(c);
  const terwayPods = terwayPodHealth(c);
  const notTerway = involvement.terway === 'not-involved';

  const problems = groups.filter((g) => rootScore(g) > 0 && (!notTerway || g.entry.kind === 'foreign-cni'));
  const rank = rankOf(problems);
  // root causes rank above their symptoms; ties: more occurrences, then earlier in the paste
  const ordered = [...problems].sort(
    (a, b) => rank.get(b)! - rank.get(a)! || b.count - a.count || a.firstLine - b.firstLine,
  );
  // Terway's datapath v2 makes cilium-cni Terway's own; any other foreign CNI never is
  const candidates = notTerway
    ? []
    : ordered.filter(
        (g) => g.entry.kind !== 'foreign-cni' || (involvement.chainedCilium && g.entry.signal === 'cilium-cni'),
      );
  // a message that names no cause leads the investigation but is not a verdict (SOP step 5)
  const root = candidates.find((g) => !namesNoCause(g));
  const lead = root ?? candidates[0];
  const parent = explainers(ordered, lead, rank);
  const symptoms = symptomsOf(lead, parent);

  // several failing pods: the names follow the one the root cause was seen on
  const object = lead?.origin.kind === 'event' ? lead.origin.object : undefined;
  if (object?.name && /^pod$/i.test(object.kind ?? 'Pod') && object.name !== context.pod) {
    const terwayVersion = context.terwayVersion;
    for (const k of Object.keys(context) as (keyof typeof context)[]) delete context[k];
    Object.assign(
      context,
      deriveContext(c, { name: object.name, ...(object.namespace ? { namespace: object.namespace } : {}) }),
    );
    if (terwayVersion) context.terwayVersion = terwayVersion;
  }
  Object.assign(context, placeOf(c, context.node, lead));
  const names = (g?: Group): Record<string, string | undefined> => ({ ...context, ...(g?.captures ?? {}) });

  const verdict = decideVerdict({
    collected: c,
    problems: ordered,
    root,
    lead,
    symptoms,
    parent,
    involvement,
    ipam,
    terwayPods,
    context,
    names: names(lead),
  });
  const { checklist, pasteNext } = buildChecklist({
    collected: c,
    problems: ordered,
    ...(root ? { root } : {}),
    ...(lead ? { lead } : {}),
    symptoms,
    terwayPods,
    ipam,
    involvement,
    names: names(lead),
  });

  const nextSteps: NextStep[] = [];
  const seen = new Set<string>();
  // the same command with another --since/--tail is the same step
  const key = (command: string) => command.replace(/\s--(?:since|tail)=\S+/g, '');
  const push = (step: NextStep) => {
    if (seen.has(key(step.command)) || nextSteps.length >= MAX_NEXT_STEPS) return;
    seen.add(key(step.command));
    nextSteps.push(step);
  };
  // when the events name no cause, the log that has it comes first
  if (lead && !root)
    for (const p of pasteNext.filter((p) => p.step === 5))
      push({ command: p.command, why: p.why, ...(p.unfilled ? { unfilled: p.unfilled } : {}) });
  for (const g of lead ? [lead, ...ordered.filter((p) => p !== lead)] : [])
    for (const check of g.entry.nextChecks) {
      const { command, kept } = fill(check.command, names(g));
      push({ command, why: check.why, ...(kept.length ? { unfilled: kept } : {}) });
    }

  const findings = mergeFindings(
    (notTerway ? ordered : [...ordered, ...groups.filter((g) => !problems.includes(g))]).map((g) => {
      const f = toFinding(g);
      const by = parent.get(g);
      if (by && by.entry.id !== g.entry.id) f.symptomOf = by.entry.id;
      return f;
    }),
  );

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
    pasteNext: pasteNext.map(({ what, command, why, unfilled }) => ({
      what,
      command,
      why,
      ...(unfilled ? { unfilled } : {}),
    })),
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
