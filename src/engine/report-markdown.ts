// A Report as Markdown, for an incident ticket or a chat thread (pure: no DOM).
// Credentials are always masked; identifiers are redacted to stable pseudonyms unless the caller
// explicitly turns redaction off. The redaction mapping is returned for local display only.
// Every piece of text is cleaned (masked, redacted) and then escaped on its own: pasted values can
// never become links, images or HTML (markdown-safe.ts), and escaping never hides an identifier
// from the redactor.
import type { ChecklistItem, Finding, Report } from './report';
import { Redactor, maskCredentials, type RedactOptions, type RedactionEntry } from './redact';
import { mdCode, mdCodeBlock, mdPlain, mdRich } from './markdown-safe';
import { categoryLabel, confidenceLabel, ipamLabel, severityLabel, statusLabel, terwayLabel } from './labels';
import { msg } from './messages';
import { asideOf, labelOf, listOf } from './text/joins';

export interface MarkdownOptions {
  /** replace IPs, ENI/vSwitch/instance ids, node names, account and request ids (default true) */
  redact?: boolean;
  /** also replace pod names (default false) */
  redactPods?: boolean;
  /** findings listed in full (the rest are summarised in one line each); default 12 */
  maxFindings?: number;
  /** evidence lines per finding; default 3 */
  maxEvidence?: number;
}

export interface MarkdownResult {
  markdown: string;
  /** original → pseudonym; show it locally if you like, never export it */
  mapping: readonly RedactionEntry[];
}

/** icons beside the one status label: a ticket reads at a glance */
const STATUS_ICON: Record<ChecklistItem['status'], string> = { ok: '✅', problem: '❌', missing: '❔', 'n/a': '➖' };

/** Names the report knows, so the redactor can replace them even when no pattern would. */
function redactOptionsFor(report: Report, pods = false): RedactOptions {
  const nodes = new Set<string>();
  const podNames = new Set<string>();
  if (report.context.node) nodes.add(report.context.node);
  if (report.context.pod) podNames.add(report.context.pod);
  if (report.context.terwayPod) podNames.add(report.context.terwayPod);
  for (const f of report.findings) {
    if (f.captures['node']) nodes.add(f.captures['node']);
    if (f.captures['pod']) podNames.add(f.captures['pod']);
  }
  return { nodeNames: [...nodes], podNames: [...podNames], pods };
}

/** `code` with a fence that survives backticks in the text. */
export const inlineCode = mdCode;

/** Turns report text into Markdown: cleaned (credentials masked, identifiers redacted), then escaped. */
class MarkdownWriter {
  constructor(private readonly clean: (text: string) => string) {}
  /** text that may hold pasted values: nothing in it is interpreted */
  plain = (text: string) => mdPlain(this.clean(text));
  /** prose whose `code` spans stay code */
  rich = (text: string) => mdRich(this.clean(text));
  /** rich text in a table cell, where even a code span's `|` must be escaped */
  cell = (text: string) => mdRich(this.clean(text), true);
  code = (text: string) => mdCode(this.clean(text));
  block = (lines: string[], lang = '') => mdCodeBlock(lines.map(this.clean), lang);
  /** `key value` with the value as code, cleaned together: the key tells the redactor what the value is */
  pair = (key: string, value: string) => {
    const cleaned = this.clean(`${key}: ${value}`);
    const at = cleaned.indexOf(': ');
    return `${mdPlain(cleaned.slice(0, at))} ${mdCode(cleaned.slice(at + 2))}`;
  };
}

type Countable = 'documents' | 'events' | 'objects' | 'logLines' | 'lines';
function plural(n: number, what: Countable): string {
  return msg(n === 1 ? `md.count.${what}.one` : `md.count.${what}`, { count: n.toLocaleString('en-US') });
}

export function statsLine(report: Report): string {
  const s = report.stats;
  const parts = [plural(s.documents, 'documents'), plural(s.events, 'events')];
  if (s.objects) parts.push(plural(s.objects, 'objects'));
  parts.push(plural(s.logLines, 'logLines'));
  return msg('md.stats', { parts: listOf(parts), lines: plural(s.lines, 'lines') });
}

function seen(f: Finding): string {
  if (f.firstSeen && f.lastSeen && f.firstSeen !== f.lastSeen)
    return msg('md.seen', { first: f.firstSeen, last: f.lastSeen });
  return f.lastSeen ?? f.firstSeen ?? '';
}

function findingSection(
  md: MarkdownWriter,
  f: Finding,
  isRoot: boolean,
  maxEvidence: number,
  withheld: Set<number>,
  titleOf: (id: string) => string,
): string[] {
  const out: string[] = [];
  const tag = isRoot
    ? msg('md.rootCause')
    : f.symptomOf
      ? msg('md.symptomOf', { cause: md.plain(titleOf(f.symptomOf)) })
      : '';
  out.push(`### ${md.plain(f.title)}${tag}`, '');
  const meta = [
    msg('md.signal', { signal: md.code(f.signalText ?? f.signal) }),
    categoryLabel(f.category),
    severityLabel(f.severity),
    `×${f.count.toLocaleString('en-US')}`,
    md.plain(seen(f)),
    msg('md.sopStep', { step: f.sopStep }),
  ].filter(Boolean);
  out.push(meta.join(' · '), '');
  out.push(`- ${msg('md.where')} ${md.plain(f.origin)}`);
  const caps = Object.entries(f.captures);
  if (caps.length) out.push(`- ${msg('md.values')} ${listOf(caps.map(([k, v]) => md.pair(k, v)))}`);
  if (f.legacy) out.push(`- ${msg('md.legacy', { name: md.code(f.legacy.name) })} ${md.rich(f.legacy.hint)}`);
  for (const b of f.knownBugs ?? [])
    out.push(`- ${labelOf(msg(`finding.knownBug.${b.verdict}`))} ${md.rich(b.summary)}`);
  out.push(`- ${msg('md.why')} ${md.rich(f.explanation)}`);
  if (f.fix) out.push(`- ${msg('md.fix')} ${md.rich(f.fix)}`);
  const ev = f.evidence.slice(0, maxEvidence);
  if (ev.length) {
    const more = f.evidenceTotal - ev.length;
    out.push(
      '',
      msg(more > 0 ? 'md.evidenceMore' : 'md.evidence', { shown: ev.length, total: f.evidenceTotal, more }),
      '',
    );
    out.push(
      md.block(
        ev.map((e) => (withheld.has(e.line) ? `L${e.line}: ${msg('md.withheld')}` : `L${e.line}: ${e.text}`)),
        'text',
      ),
    );
  }
  out.push('');
  return out;
}

/** Builds the Markdown text; credentials are masked always, identifiers redacted unless `redact: false`. */
function writerFor(report: Report, redact: boolean, redactPods: boolean) {
  const redactor = redact ? new Redactor(redactOptionsFor(report, redactPods)) : undefined;
  const md = new MarkdownWriter((t) => (redactor ? redactor.redact(maskCredentials(t)) : maskCredentials(t)));
  return { md, mapping: () => redactor?.mapping ?? [] };
}

/** commands the summary lists: the decisive one first, then the others not already pasted */
const SUMMARY_COMMANDS = 3;
/** an evidence line in the summary is cut here: a chat message, not a log */
const SUMMARY_EVIDENCE_CHARS = 200;

/**
 * A few lines for a chat (at most 12): verdict, root cause, one evidence line, what to do, three
 * commands. Redacted like the full report; credentials masked and their lines withheld.
 */
export function reportSummary(report: Report, options: MarkdownOptions = {}): MarkdownResult {
  const { redact = true, redactPods = false } = options;
  const { md, mapping } = writerFor(report, redact, redactPods);
  const v = report.verdict;
  const withheld = new Set(report.credentialWarnings.map((w) => w.line));
  const root = report.findings.find((f) => f.id === v.rootCause);
  const out = [
    `**${msg('summary.heading', { category: categoryLabel(v.category), confidence: confidenceLabel(v.confidence) })}**`,
  ];
  if (root) out.push(msg('summary.rootCause', { title: md.plain(root.title) }));
  else out.push(md.rich(v.summary.length > 300 ? `${v.summary.slice(0, 299)}…` : v.summary));
  const line = root?.evidence.find((e) => !withheld.has(e.line));
  if (line) {
    const text = line.text.trim();
    const clipped = text.length > SUMMARY_EVIDENCE_CHARS ? `${text.slice(0, SUMMARY_EVIDENCE_CHARS - 1)}…` : text;
    out.push(msg('summary.evidence', { line: line.line, text: md.code(clipped) }));
  }
  if (v.doNow) out.push(msg('summary.doNow', { text: md.rich(v.doNow) }));
  const commands = [
    ...(v.decisiveCommand ? [v.decisiveCommand.command] : []),
    ...report.nextSteps.filter((s) => !s.alreadyPasted).map((s) => s.command),
  ];
  const unique = [...new Set(commands)].slice(0, SUMMARY_COMMANDS);
  if (unique.length) out.push(msg('summary.run'), ...unique.map((c) => `- ${md.code(c)}`));
  out.push(`_${msg(redact ? 'summary.redacted' : 'summary.notRedacted')}_`);
  return { markdown: out.join('\n'), mapping: mapping() };
}

export function reportToMarkdown(report: Report, options: MarkdownOptions = {}): MarkdownResult {
  const { redact = true, redactPods = false, maxFindings = 12, maxEvidence = 3 } = options;
  const withheld = new Set(report.credentialWarnings.map((w) => w.line));
  const { md, mapping } = writerFor(report, redact, redactPods);
  const v = report.verdict;
  const out: string[] = [];

  out.push(
    `## ${msg('md.heading', { category: categoryLabel(v.category), confidence: confidenceLabel(v.confidence) })}`,
    '',
  );
  out.push(md.rich(v.summary), '');
  const version = report.context.terwayVersion;
  out.push(`- ${terwayLabel(report.terway)}${version ? asideOf(md.plain(version)) : ''}`);
  out.push(
    `- ${msg('md.ipam')} ${ipamLabel(report.ipamMode)}${report.ipamEvidence ? ` — ${md.rich(report.ipamEvidence)}` : ''}`,
  );
  for (const f of report.facts ?? [])
    out.push(
      `- ${md.plain(f.label)}: ${md.rich(f.value)}${f.note ? ` (${md.rich(f.note)})` : ''}${f.line ? ` — ${msg('report.showLine', { line: f.line })}` : ''}`,
    );
  out.push(`- ${msg('md.input')} ${statsLine(report)}`);
  if (report.credentialWarnings.length) {
    const shown = report.credentialWarnings.slice(0, 10);
    const more = report.credentialWarnings.length - shown.length;
    const places = listOf(shown.map((w) => msg('md.credentialPlace', { key: md.code(w.key), line: w.line })));
    out.push(
      `- ⚠️ ${msg('md.credentials', { places: places + (more > 0 ? msg('md.andMore', { count: more }) : '') })}`,
    );
  }
  out.push('');

  // the engine's reading order (reason/finding-order.ts), never sorted again here
  const ordered = report.findings;
  if (ordered.length) {
    out.push(`## ${msg('md.findings', { count: ordered.length })}`, '');
    // several findings may share the root-cause entry: only the first is tagged
    const rootIndex = ordered.findIndex((f) => f.id === v.rootCause);
    const titles = new Map(ordered.map((f) => [f.id, f.title]));
    const titleOf = (id: string) => titles.get(id) ?? id;
    ordered
      .slice(0, maxFindings)
      .forEach((f, i) => out.push(...findingSection(md, f, i === rootIndex, maxEvidence, withheld, titleOf)));
    const rest = ordered.slice(maxFindings);
    if (rest.length) {
      out.push(msg('md.alsoSeen', { count: rest.length }), '');
      for (const f of rest) out.push(`- ${md.plain(f.title)} — ${md.code(f.signalText ?? f.signal)} ×${f.count}`);
      out.push('');
    }
  }

  if (report.checklist.length) {
    out.push(`## ${msg('md.checklist')}`, '', `| ${msg('md.checklistHeader')} |`, '|---|---|---|');
    for (const c of report.checklist)
      out.push(`| ${md.cell(c.step)} | ${STATUS_ICON[c.status]} ${statusLabel(c.status)} | ${md.cell(c.note)} |`);
    out.push('');
  }

  if (report.nextSteps.length) {
    out.push(`## ${msg('md.nextSteps')}`, '');
    for (const s of report.nextSteps) out.push(`- ${md.rich(s.why)}`, '', md.block([s.command], 'sh'), '');
  }

  if (report.pasteNext.length) {
    out.push(`## ${msg('md.stillMissing')}`, '');
    for (const p of report.pasteNext) out.push(`- ${md.plain(p.what)}: ${md.code(p.command)} — ${md.rich(p.why)}`);
    out.push('');
  }

  out.push(`_${msg(redact ? 'md.footer.redacted' : 'md.footer.plain')}_`);

  return { markdown: out.join('\n'), mapping: mapping() };
}
