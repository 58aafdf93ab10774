// One harness for every fixture that runs through the whole engine: the team's scenarios, the bundled
// UI samples and the real pastes gathered from public threads. Expectations are checked against the
// CLI's JSON contract; an expectation file with a key this harness does not know is an error, so a
// misspelled key can never pass silently.
import { expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import type { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { toJsonContract, type JsonReport } from '../../src/engine/report-json';
import { splitFixture } from '../fixtures/real/real-fixture';
import { normaliseLine } from '../../src/engine/text/normalise';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { maskCredentials } from '../../src/engine/redact';
import { withCatalogProse } from '../../src/engine/report-prose';
import type { RepoCatalog } from './repo-catalog';

export interface Expectation {
  terway?: string;
  /** allowed involvement values (real fixtures: what the thread supports) */
  terwayIn?: string[];
  ipamMode?: string;
  verdict?: { category?: string; confidence?: string };
  /** allowed verdict categories */
  verdictIn?: string[];
  /** the paste holds an error/fatal/panic line: the verdict must not be `none` */
  notNone?: boolean;
  /** the producer of the decisive line, in the real fixtures' vocabulary (PRODUCER_IDS maps it to the catalog's) */
  producer?: string;
  rootSignal?: string;
  signals?: string[];
  summaryIncludes?: string[];
  checklist?: Record<string, string>;
  context?: Record<string, string>;
  pasteNextIncludes?: string[];
  legacy?: { name: string; hintIncludes: string };
  /** every legacy name listed must appear with its hint */
  legacyAll?: { name: string; hintIncludes: string }[];
  noTerwayFindings?: boolean;
  noProblemFindings?: boolean;
  /** verdict.rootCause, or null when the verdict must name no root cause */
  rootId?: string | null;
  summaryExcludes?: string[];
  nextStepsIncludes?: string[];
  pasteNextExcludes?: string[];
  nextStepsExcludes?: string[];
  checklistNoteIncludes?: Record<string, string>;
  /** per finding id: the parent that explains it (null: explained by nothing), captures, signalText */
  findings?: Record<string, { symptomOf?: string | null; signalText?: string; category?: string }>;
  absentFindings?: string[];
  /** the top-level version facts: the one the report leads with, and the controlplane's when it differs */
  terwayVersion?: VersionExpectation;
  controlplaneVersion?: VersionExpectation;
  /** per known bug id: how it is judged, on which finding, the release to upgrade to (null: none) */
  knownBugs?: Record<string, { verdict?: string; findingId?: string; upgradeTo?: string | null }>;
}

export interface VersionExpectation {
  value?: string;
  component?: string;
  source?: string;
}

const KEYS: readonly (keyof Expectation)[] = [
  'terway',
  'terwayIn',
  'ipamMode',
  'verdict',
  'verdictIn',
  'notNone',
  'producer',
  'rootSignal',
  'signals',
  'summaryIncludes',
  'checklist',
  'context',
  'pasteNextIncludes',
  'legacy',
  'legacyAll',
  'noTerwayFindings',
  'noProblemFindings',
  'rootId',
  'summaryExcludes',
  'nextStepsIncludes',
  'pasteNextExcludes',
  'nextStepsExcludes',
  'checklistNoteIncludes',
  'findings',
  'absentFindings',
  'terwayVersion',
  'controlplaneVersion',
  'knownBugs',
];
const VERSION_KEYS = ['value', 'component', 'source'];
const NESTED: Partial<Record<keyof Expectation, readonly string[]>> = {
  verdict: ['category', 'confidence'],
  legacy: ['name', 'hintIncludes'],
  terwayVersion: VERSION_KEYS,
  controlplaneVersion: VERSION_KEYS,
};
/** keys of the expectations kept per id (findings, known bugs) */
const PER_ID: Partial<Record<keyof Expectation, readonly string[]>> = {
  findings: ['symptomOf', 'signalText', 'category'],
  knownBugs: ['verdict', 'findingId', 'upgradeTo'],
};

/** Every key of an expectation file that the harness would ignore. */
export function unknownKeys(exp: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(exp)) {
    if (!(KEYS as readonly string[]).includes(k)) out.push(k);
    const nested = NESTED[k as keyof Expectation];
    if (nested && v && typeof v === 'object')
      for (const n of Object.keys(v)) if (!nested.includes(n)) out.push(`${k}.${n}`);
    const perId = PER_ID[k as keyof Expectation];
    if (perId && v && typeof v === 'object')
      for (const [id, f] of Object.entries(v as Record<string, object>))
        for (const n of Object.keys(f)) if (!perId.includes(n)) out.push(`${k}.${id}.${n}`);
  }
  return out;
}

export interface FixtureCase {
  /** directory-qualified name, e.g. `scenarios/01-vswitch-exhausted-crd` */
  id: string;
  /** the text the engine sees (front matter of real fixtures removed) */
  text: string;
  expectPath: string;
  /** where the golden report lives */
  goldenPath: string;
}

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** `.txt` fixtures of a directory with their `.expect.json` and golden `.report.json` beside them. */
export function fixtureCases(dir: 'scenarios' | 'real'): FixtureCase[] {
  const base = join(FIXTURES, dir);
  return readdirSync(base)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const raw = readFileSync(join(base, f), 'utf8');
      return {
        id: `${dir}/${name}`,
        text: dir === 'real' ? (splitFixture(raw)?.paste ?? '') : raw,
        expectPath: join(base, `${name}.expect.json`),
        goldenPath: join(base, `${name}.report.json`),
      };
    });
}

/** The bundled UI samples: text in src/samples, expectations and goldens in tests/fixtures/samples. */
export function sampleCases(): FixtureCase[] {
  const src = join(import.meta.dirname, '../../src/samples');
  const base = join(FIXTURES, 'samples');
  return readdirSync(src)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      return {
        id: `samples/${name}`,
        text: readFileSync(join(src, f), 'utf8'),
        expectPath: join(base, `${name}.expect.json`),
        goldenPath: join(base, `${name}.report.json`),
      };
    });
}

/** Every fixture that runs through the whole engine: the scenarios, the bundled samples, the real pastes. */
export function allFixtureCases(): FixtureCase[] {
  return [...fixtureCases('scenarios'), ...sampleCases(), ...fixtureCases('real')];
}

export function readExpectation(c: FixtureCase): Expectation {
  return JSON.parse(readFileSync(c.expectPath, 'utf8')) as Expectation;
}

/** the case as the engine's input, named after its file */
const inputOf = (c: FixtureCase) => [{ name: c.id.split('/')[1]!, text: c.text }];

export async function runCase(c: FixtureCase, catalog: CompiledCatalog): Promise<JsonReport> {
  return toJsonContract(await analyze(inputOf(c), catalog));
}

/**
 * Runs a case on the whole catalog and checks what every report must be, whatever the case expects:
 * well-formed, and the same from the slim catalog as the page reads it (its prose from the whole one).
 */
export async function runCheckedCase(c: FixtureCase, repo: RepoCatalog): Promise<JsonReport> {
  const r = await runCase(c, repo.whole);
  expectWellFormed(r, c.text, `${c.id}: ${contextOf(r)}`);
  const inBrowser = await analyze(inputOf(c), repo.slim);
  expect(
    { ...toJsonContract(withCatalogProse(inBrowser, repo.data)), inputs: [] },
    `${c.id}: the slim engine catalog reasons differently`,
  ).toEqual({ ...r, inputs: [] });
  return r;
}

const TERWAY_PRODUCERS = new Set(
  loadCatalogFromDir()
    .producers.filter((p) => p.owner === 'terway')
    .map((p) => p.id),
);
const NOT_TERWAY_KINDS = new Set(['foreign-cni', 'kubelet-error', 'unrecognised']);

/**
 * The real fixtures name producers as their threads do; the catalog's producers (catalog/producers.yaml)
 * group some of them: Cilium's agent and operator are one producer, felix in Terway's policy container
 * is the policy container. `unknown` is not checked.
 */
const PRODUCER_IDS: Record<string, readonly string[]> = {
  terwayd: ['terwayd'],
  'terway-init': ['terway-init'],
  'terway-cni': ['terway-cni'],
  'terway-controlplane': ['terway-controlplane'],
  'terway-qos': ['terway-qos'],
  'cilium-in-terway': ['cilium-in-terway', 'terway-policy'],
  'felix-in-terway': ['terway-policy'],
  // the fixtures' `kubelet` is the Kubernetes side in front of every CNI, the scheduler's events included
  kubelet: ['kubelet', 'kube-scheduler'],
  containerd: ['containerd'],
  'cri-o': ['cri-o'],
  ccm: ['ccm'],
  'cilium-operator': ['cilium'],
  'cilium-agent': ['cilium'],
  calico: ['calico', 'felix'],
  flannel: ['flannel'],
  'aws-vpc-cni': ['aws-vpc-cni'],
  multus: ['multus'],
  'kube-ovn': ['kube-ovn'],
  kata: ['kata'],
  eci: ['eci'],
  terraform: ['terraform'],
  ros: ['ros'],
  'ack-api': ['ack-api'],
};

/** the identifying captures findings are merged by (src/engine/reason/merge.ts) */
const IDENTITY = ['vsw', 'zone', 'eni', 'instance', 'code', 'type'];

/** What went wrong, one line per unmet expectation; empty when the report meets them all. */
export function unmet(r: JsonReport, exp: Expectation): string[] {
  const out: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  const has = (list: readonly string[], s: string) => list.some((x) => x.includes(s));
  if (exp.terway) need(r.terway === exp.terway, `terway ${r.terway}, expected ${exp.terway}`);
  if (exp.terwayIn) need(exp.terwayIn.includes(r.terway), `terway ${r.terway}, expected one of ${exp.terwayIn}`);
  if (exp.ipamMode) need(r.ipamMode === exp.ipamMode, `ipamMode ${r.ipamMode}, expected ${exp.ipamMode}`);
  const v = r.verdict;
  if (exp.verdict?.category)
    need(v.category === exp.verdict.category, `verdict ${v.category}, expected ${exp.verdict.category}`);
  if (exp.verdict?.confidence)
    need(v.confidence === exp.verdict.confidence, `confidence ${v.confidence}, expected ${exp.verdict.confidence}`);
  if (exp.verdictIn)
    need(exp.verdictIn.includes(v.category), `verdict ${v.category}, expected one of ${exp.verdictIn}`);
  if (exp.notNone) need(v.category !== 'none', 'verdict none over an error line');
  if (exp.producer && exp.producer !== 'unknown') {
    const want = PRODUCER_IDS[exp.producer] ?? [exp.producer];
    const seen = [...r.findings.map((f) => f.producer), ...r.documents.map((d) => d.producer)].filter(
      (p): p is string => !!p,
    );
    need(
      seen.some((p) => want.includes(p)),
      `producer ${exp.producer} not named (named: ${[...new Set(seen)].join(', ') || 'none'})`,
    );
  }
  const signals = r.findings.map((f) => f.signal);
  for (const s of exp.signals ?? []) need(has(signals, s), `missing signal ${s}`);
  if (exp.rootSignal) {
    const root = r.findings.find((f) => f.id === v.rootCause);
    need(!!root?.signal.includes(exp.rootSignal), `root signal ${root?.signal}, expected ${exp.rootSignal}`);
  }
  const summary = v.summary.toLowerCase();
  for (const s of exp.summaryIncludes ?? []) need(summary.includes(s.toLowerCase()), `summary lacks "${s}"`);
  for (const s of exp.summaryExcludes ?? []) need(!summary.includes(s.toLowerCase()), `summary holds "${s}"`);
  for (const [step, status] of Object.entries(exp.checklist ?? {})) {
    const item = r.checklist.find((c) => c.step === step);
    need(item?.status === status, `${step}: ${item?.status} (${item?.note}), expected ${status}`);
  }
  for (const [step, text] of Object.entries(exp.checklistNoteIncludes ?? {})) {
    const note = r.checklist.find((c) => c.step === step)?.note ?? '';
    need(note.toLowerCase().includes(text.toLowerCase()), `${step} note lacks "${text}": ${note}`);
  }
  for (const [k, want] of Object.entries(exp.context ?? {})) {
    const got = (r.context as Record<string, string | undefined>)[k];
    need(got === want, `context.${k} ${got}, expected ${want}`);
  }
  const pasteNext = r.pasteNext.map((p) => p.command);
  const nextSteps = r.nextSteps.map((n) => n.command);
  for (const c of exp.pasteNextIncludes ?? [])
    need(has(pasteNext, c), `pasteNext lacks ${c}: ${pasteNext.join(' | ')}`);
  for (const c of exp.pasteNextExcludes ?? []) need(!has(pasteNext, c), `pasteNext holds ${c}`);
  for (const c of exp.nextStepsIncludes ?? [])
    need(has(nextSteps, c), `nextSteps lacks ${c}: ${nextSteps.join(' | ')}`);
  for (const c of exp.nextStepsExcludes ?? []) need(!has(nextSteps, c), `nextSteps holds ${c}`);
  for (const l of [...(exp.legacy ? [exp.legacy] : []), ...(exp.legacyAll ?? [])]) {
    const f = r.findings.find((x) => x.legacy?.name === l.name);
    need(!!f?.legacy?.hint.includes(l.hintIncludes), `legacy ${l.name}: ${f?.legacy?.hint}`);
  }
  if (exp.noTerwayFindings) {
    // written by a Terway component, or (when the producer is unknown) a Terway entry
    const own = r.findings
      .filter((f) => (f.producer ? TERWAY_PRODUCERS.has(f.producer) : !NOT_TERWAY_KINDS.has(f.kind)))
      .map((f) => f.signal);
    need(own.length === 0, `Terway findings: ${own.join(', ')}`);
  }
  if (exp.noProblemFindings) {
    const problems = r.findings.filter((f) => f.category !== 'informational').map((f) => f.signal);
    need(problems.length === 0, `problem findings: ${problems.join(', ')}`);
  }
  if (exp.rootId !== undefined)
    need((v.rootCause ?? null) === exp.rootId, `rootCause ${v.rootCause ?? null}, expected ${exp.rootId}`);
  for (const [id, want] of Object.entries(exp.findings ?? {})) {
    const f = r.findings.find((x) => x.id === id);
    if (!f) {
      out.push(`no finding ${id}`);
      continue;
    }
    if (want.symptomOf !== undefined)
      need(
        (f.symptomOf ?? null) === want.symptomOf,
        `${id}.symptomOf ${f.symptomOf ?? null}, expected ${want.symptomOf}`,
      );
    if (want.signalText !== undefined)
      need(f.signalText === want.signalText, `${id}.signalText ${f.signalText}, expected ${want.signalText}`);
    if (want.category !== undefined)
      need(f.category === want.category, `${id}.category ${f.category}, expected ${want.category}`);
  }
  for (const id of exp.absentFindings ?? []) need(!r.findings.some((f) => f.id === id), `finding ${id} present`);
  for (const key of ['terwayVersion', 'controlplaneVersion'] as const) {
    const got = r[key] as Record<string, unknown> | undefined;
    for (const [k, want] of Object.entries(exp[key] ?? {}))
      need(got?.[k] === want, `${key}.${k} ${String(got?.[k])}, expected ${want}`);
  }
  for (const [id, want] of Object.entries(exp.knownBugs ?? {})) {
    const b = r.knownBugs.find((x) => x.id === id && (!want.findingId || x.findingId === want.findingId));
    if (!b) {
      out.push(`no known bug ${id}${want.findingId ? ` on ${want.findingId}` : ''}`);
      continue;
    }
    if (want.verdict !== undefined)
      need(b.verdict === want.verdict, `${id}.verdict ${b.verdict}, expected ${want.verdict}`);
    if (want.upgradeTo !== undefined)
      need(
        (b.upgradeTo ?? null) === want.upgradeTo,
        `${id}.upgradeTo ${b.upgradeTo ?? null}, expected ${want.upgradeTo}`,
      );
  }
  return out;
}

/** Properties every report has, whatever the fixture expects. */
function expectWellFormed(r: JsonReport, text: string, ctx: string): void {
  // summaries never print an empty parenthesis or a format string's holes
  expect(r.verdict.summary, ctx).not.toContain('()');
  expect(r.verdict.summary, ctx).not.toMatch(/%[-+# 0-9.]*[svwdqt]\b/);
  // one finding per entry and identifying values: the same problem seen twice is merged
  const ids = r.findings.map((f) => `${f.id}|${IDENTITY.map((k) => f.captures[k] ?? '').join('|')}`);
  expect(new Set(ids).size, `${ctx}\n${ids.join('\n')}`).toBe(ids.length);
  // one finding per entry, origin and first evidence line: no variant of the same entry twice
  const keys = r.findings.map((f) => `${f.id}|${f.origin}|${f.evidence[0]?.line}`);
  expect(new Set(keys).size, `${ctx}\n${keys.join('\n')}`).toBe(keys.length);
  // every evidence line points into the input and quotes it (as the engine reads it: colour codes gone,
  // and as the JSON contract shows it: credential values masked)
  const lines = text.split(/\r?\n/);
  for (const f of r.findings)
    for (const e of f.evidence)
      expect(maskCredentials(normaliseLine(lines[e.line - 1] ?? '')).trimEnd(), `${ctx} line ${e.line}`).toBe(
        e.text.trimEnd(),
      );
}

export function contextOf(r: JsonReport): string {
  return `${r.verdict.summary}\nfindings: ${r.findings.map((f) => `${f.signal}[${f.category}]`).join(', ')}`;
}
