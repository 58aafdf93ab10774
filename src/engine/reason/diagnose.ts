// SOP reasoning over what the collector gathered: one context, the five step judges, the verdict
// rules, then findings, next steps and what to paste next.
import type { Collected } from '../analysis/collector';
import type { Report } from '../report';
import type { CompiledCatalog } from '../match/compiled-catalog';
import { buildReasonContext } from './build-context';
import { runSteps } from './steps';
import { decideVerdict } from './verdicts';
import { nextStepsOf } from './next-steps';
import { markAlreadyPasted } from './already-pasted';
import { decisiveCommandOf, doNowOf } from './do-now';
import { toFinding } from './findings';
import { gatherFacts } from './facts';
import { mergeFindings } from './merge';
import { readingOrder } from './finding-order';
import type { VersionSighting } from '../analysis/version-sightings';
import { versionAsk, withKnownBugs } from './known-bugs';
import { verdictBug, withKnownBug } from './known-bugs-verdict';
import { versionMismatch } from './version-mismatch';
import { publicVersion, shownVersion } from './version-facts';
import { podNodes } from './pod-nodes';
import { causeGroups, nodeZones, withObjects } from './groups';
import { buildTimeline } from './timeline';
import { lineMarks } from './line-marks';
import { sentencesOf } from '../text/joins';

export function diagnose(
  c: Collected,
  bytes: number,
  catalog: CompiledCatalog,
  sightings: readonly VersionSighting[] = [],
): Omit<Report, 'inputs'> {
  const ctx = buildReasonContext(c, catalog, sightings);
  const { checklist, pasteNext } = runSteps(ctx, catalog.sop);
  // problems first in causal order, then what the reasoning set aside (informational, other programs'
  // lines when Terway is not involved): every signal the paste holds is listed
  const shown = [...ctx.problems, ...c.groups.filter((g) => !ctx.problems.includes(g))];
  const merged = mergeFindings(
    shown.map((g) => {
      const f = toFinding(g, ctx.who.producerOf(g), ctx.categoryOf(g));
      const by = ctx.parent.get(g);
      if (by && by.entry.id !== g.entry.id) f.symptomOf = by.entry.id;
      return f;
    }),
  );
  const decided = decideVerdict(ctx);
  const nodes = podNodes(c);
  const findings = withObjects(
    readingOrder(withKnownBugs(merged, c, catalog, ctx.versions), decided.rootCause),
    c,
    nodes,
  );
  const bug = verdictBug(decided, findings);
  let verdict = withKnownBug(decided, bug);
  const mismatch = versionMismatch(ctx.versions);
  if (mismatch) {
    findings.push(mismatch.finding);
    verdict = { ...verdict, summary: sentencesOf([verdict.summary, mismatch.sentence]) };
  }
  const ask = versionAsk(bug);
  const version = shownVersion(ctx.versions);
  const documents: Report['documents'] = c.documents.map((d, i) => ({
    kind: d.kind,
    startLine: d.lines.start,
    endLine: d.lines.end,
    ...(ctx.who.documents[i] ? { producer: ctx.who.documents[i] } : {}),
    ...(d.command ? { command: d.command } : {}),
    ...(d.title ? { title: d.title } : {}),
  }));
  const nextSteps = markAlreadyPasted(nextStepsOf(ctx, pasteNext), documents);
  const doNow = doNowOf(ctx.root);
  const decisive = decisiveCommandOf(nextSteps);
  if (doNow) verdict = { ...verdict, doNow };
  if (decisive) verdict = { ...verdict, decisiveCommand: decisive };

  return {
    terway: ctx.involvement.terway,
    terwayEvidence: ctx.evidence.map(({ line, text, why }) => ({ line, text, why })),
    ipamMode: ctx.ipam.mode,
    ipamEvidence: ctx.ipam.evidence,
    verdict,
    findings,
    documents,
    checklist,
    nextSteps,
    pasteNext: [
      ...pasteNext.map(({ what, command, why, unfilled }) => ({
        what,
        command,
        why,
        ...(unfilled ? { unfilled } : {}),
      })),
      ...(ask ? [ask] : []),
    ],
    context: { ...ctx.context },
    stats: {
      lines: c.stats.lines,
      bytes,
      documents: c.stats.documents,
      events: c.stats.events,
      logLines: c.stats.logLines,
      objects: c.stats.objects,
    },
    credentialWarnings: c.credentialLines,
    facts: gatherFacts(c, ctx.versions),
    ...(version ? { terwayVersion: publicVersion(version) } : {}),
    ...(mismatch ? { controlplaneVersion: publicVersion(ctx.versions.controlplane!) } : {}),
    ...buildTimeline(c, findings, nodes, verdict.rootCause),
    groups: causeGroups(findings, nodeZones(c), verdict.rootCause, ctx.context),
    lineMarks: lineMarks(c, findings, verdict.rootCause),
  };
}
