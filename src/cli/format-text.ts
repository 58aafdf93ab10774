// The CLI's human-readable report for a terminal.
import {
  categoryLabel,
  confidenceLabel,
  asideOf,
  ipamLabel,
  labelOf,
  listOf,
  maskCredentials,
  severityLabel,
  statusLabel,
  terwayLabel,
  type Report,
} from '../engine/index';
import { printable } from '../engine/commands/index';
import { msg } from '../engine/messages';

const STATUS_MARK: Record<string, string> = { ok: '✔', problem: '✘', missing: '?', 'n/a': '–' };

export function formatText(r: Report): string {
  const out: string[] = [];
  out.push(
    msg('cli.text.verdict', {
      category: categoryLabel(r.verdict.category),
      confidence: confidenceLabel(r.verdict.confidence),
      terway: terwayLabel(r.terway),
      ipam: ipamLabel(r.ipamMode),
    }),
  );
  out.push('', wrap(r.verdict.summary), '');
  // why the paste is about Terway: the lines Terway's own components wrote or that name them
  if (r.terwayEvidence.length > 0) {
    out.push(labelOf(msg('cli.terwayEvidence')));
    for (const e of r.terwayEvidence.slice(0, 3))
      out.push(`  ${msg('involvement.evidence', { why: e.why, line: e.line })}`);
    out.push('');
  }
  const notRead = [...r.inputs.map((i) => i.skipped?.message), ...r.documents.map((d) => d.capped?.message)];
  if (notRead.some(Boolean)) {
    out.push(msg('cli.notReadInFull'));
    for (const m of notRead) if (m) out.push(`  ! ${wrap(m).replaceAll('\n', '\n    ')}`);
    out.push('');
  }
  if (r.facts.length > 0) {
    out.push(msg('cli.text.facts'));
    for (const f of r.facts) out.push(`  ${labelOf(f.label)} ${f.value}${f.note ? ` — ${f.note}` : ''}`);
    out.push('');
  }
  out.push(msg('cli.text.checklist'));
  for (const c of r.checklist)
    out.push(`  ${STATUS_MARK[c.status] ?? ' '} ${c.step} [${statusLabel(c.status)}] ${c.note}`);
  if (r.findings.length > 0) {
    out.push('', msg('cli.text.findings'));
    for (const f of r.findings) {
      const role = f.symptomOf ? msg('cli.text.symptomOf', { id: f.symptomOf }) : '';
      out.push(
        `  [${severityLabel(f.severity)}] ${f.signalText ?? f.signal} — ${f.title} ×${f.count}${asideOf(categoryLabel(f.category))}${role}`,
      );
      out.push(`      ${f.origin}${f.producer ? ` · ${msg('report.writtenBy', { producer: f.producer })}` : ''}`);
      for (const e of f.evidence.slice(0, 2))
        out.push(`      ${msg('cli.text.evidence', { line: e.line, text: e.text.trim().slice(0, 160) })}`);
      for (const b of f.knownBugs ?? []) out.push(`      ${wrap(b.summary, 94).replaceAll('\n', '\n      ')}`);
    }
  }
  out.push(...timelineLines(r));
  if (r.nextSteps.length > 0) {
    out.push('', msg('cli.text.nextSteps'));
    for (const n of r.nextSteps) out.push(`  $ ${n.command}`, `      ${n.why}`);
  }
  if (r.pasteNext.length > 0) {
    out.push('', msg('cli.text.pasteNext'));
    for (const p of r.pasteNext) out.push(`  ${labelOf(p.what)} $ ${p.command}`, `      ${p.why}`);
  }
  if (r.credentialWarnings.length > 0) {
    out.push('', msg('cli.text.credentials', { places: credentialPlaces(r) }));
  }
  out.push('', msg('cli.text.stats', { ...r.stats }));
  // credential values never reach the terminal (evidence lines, captures in the summary…), nor do
  // pasted control characters that a terminal would act on
  return printable(maskCredentials(out.join('\n'))) + '\n';
}

/** timeline entries a terminal shows: those of a finding (or all, when none is), in time order */
const TIMELINE_SHOWN = 12;

/**
 * The incident in time: when each finding's lines were printed, the root cause's first one marked. A long
 * timeline shows its entries that belong to a finding; --json carries every entry.
 */
function timelineLines(r: Report): string[] {
  if (r.timeline.length === 0) return [];
  const problems = r.timeline.filter((t) => t.findingId !== undefined);
  const shown = (problems.length > 0 ? problems : r.timeline).slice(0, TIMELINE_SHOWN);
  const out = ['', msg('cli.text.timeline', { shown: shown.length, total: r.timeline.length })];
  for (const t of shown) {
    const root = t.rootCause ? ` [${msg('timeline.rootFirst')}]` : '';
    const what = [t.source, t.level, t.object].filter(Boolean).join(' ');
    out.push(`  ${t.at}${root}  ${what}  L${t.line}`, `      ${t.text.trim().slice(0, 140)}`);
  }
  if (r.timeline.length > shown.length)
    out.push(`  ${msg('cli.text.timelineMore', { hidden: r.timeline.length - shown.length })}`);
  return out;
}

/** `line 7 (access_key), line 9 (AccessKey ID)`: where, never what. */
function credentialPlaces(r: Report): string {
  return listOf(r.credentialWarnings.map((c) => msg('cli.text.credentialPlace', { line: c.line, key: c.key })));
}

function wrap(text: string, width = 100): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + w.length + 1 > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.join('\n');
}
