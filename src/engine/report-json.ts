// The CLI's public JSON contract. Fields may be added; none may be removed or change meaning.
import type { Report } from './report';
import { maskCredentials } from './redact';

export const JSON_CONTRACT_VERSION = 1;

/** The fields that hold a value: an optional field that is unset is left out, never written empty. */
function present<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v)) as { [K in keyof T]?: NonNullable<T[K]> };
}

export function toJsonContract(r: Report) {
  return {
    contractVersion: JSON_CONTRACT_VERSION,
    terway: r.terway,
    terwayEvidence: r.terwayEvidence.map((e) => ({ line: e.line, text: maskCredentials(e.text), why: e.why })),
    ipamMode: r.ipamMode,
    ipamEvidence: r.ipamEvidence,
    verdict: r.verdict,
    findings: r.findings.map((f) => ({
      id: f.id,
      signal: f.signal,
      ...present({ signalText: f.signalText }),
      category: f.category,
      severity: f.severity,
      count: f.count,
      // credential values are masked here too: the JSON lands in tickets and CI logs
      evidence: f.evidence.map((e) => ({ line: e.line, text: maskCredentials(e.text) })),
      title: f.title,
      kind: f.kind,
      sopStep: f.sopStep,
      origin: f.origin,
      captures: Object.fromEntries(Object.entries(f.captures).map(([k, v]) => [k, maskCredentials(v)])),
      ...present({
        firstSeen: f.firstSeen,
        lastSeen: f.lastSeen,
        legacy: f.legacy,
        symptomOf: f.symptomOf,
        producer: f.producer,
      }),
      evidenceTotal: f.evidenceTotal,
      ...(f.objects ? { objects: f.objects, objectsTotal: f.objectsTotal ?? f.objects.length } : {}),
    })),
    documents: r.documents.map((d) => ({
      kind: d.kind,
      startLine: d.startLine,
      endLine: d.endLine,
      ...present({ capped: d.capped, producer: d.producer }),
    })),
    checklist: r.checklist.map((c) => ({ step: c.step, status: c.status, note: c.note })),
    nextSteps: r.nextSteps.map((n) => ({
      command: n.command,
      why: n.why,
      ...present({ unfilled: n.unfilled, alreadyPasted: n.alreadyPasted }),
    })),
    pasteNext: r.pasteNext,
    context: r.context,
    inputs: r.inputs,
    stats: r.stats,
    credentialWarnings: r.credentialWarnings,
    facts: r.facts,
    ...present({ terwayVersion: r.terwayVersion, controlplaneVersion: r.controlplaneVersion }),
    knownBugs: knownBugsOf(r),
    timeline: r.timeline.map((t) => ({ ...t, text: maskCredentials(t.text) })),
    timelineTotal: r.timelineTotal,
    ...present({ timelineAnchor: r.timelineAnchor }),
    groups: r.groups,
  };
}

/** Every known bug a finding shows, once per bug and finding id (findings of one entry may be several). */
function knownBugsOf(r: Report) {
  const seen = new Set<string>();
  return r.findings.flatMap((f) =>
    (f.knownBugs ?? []).flatMap((b) => {
      const key = `${b.id} ${f.id}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        {
          id: b.id,
          findingId: f.id,
          title: b.title,
          verdict: b.verdict,
          affected: b.affected,
          fixedIn: b.fixedIn,
          ...present({ version: b.version, upgradeTo: b.upgradeTo }),
          summary: b.summary,
        },
      ];
    }),
  );
}

export type JsonReport = ReturnType<typeof toJsonContract>;

/** Why the CLI could not produce a report: bad usage, an input it cannot open or read, or its own failure. */
export type JsonErrorCode = 'usage' | 'input' | 'internal';

/** What `--json` prints instead of a report when the CLI exits 2 (the message also goes to stderr). */
export function toJsonError(code: JsonErrorCode, message: string) {
  return { contractVersion: JSON_CONTRACT_VERSION, error: { code, message } };
}

export type JsonError = ReturnType<typeof toJsonError>;
