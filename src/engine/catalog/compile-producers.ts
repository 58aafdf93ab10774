// Compiles catalog/producers.yaml: the components whose lines turn up in pastes, their workloads,
// event sources, document kinds and text fingerprints. Checked here: fields and formats, every
// fingerprint passes the catalog's regex checks and matches its examples, `inTerway` names a Terway
// component, every component an entry names is written by exactly one producer (so every finding
// has one), and an event source or a document kind belongs to one producer at most.
import { at, isNonEmptyStr, isRec, isStr, isStrArray, MIN_PROSE, type Bad, type Rec } from './check-helpers';
import { compileList, type ItemCheck, type ListShape } from './compile-list';
import { checkPattern } from './pattern-check';
import {
  componentMatches,
  FINGERPRINT_SCOPES,
  PRODUCER_OWNERS,
  type CatalogEntry,
  type Fingerprint,
  type FingerprintScope,
  type Producer,
  type ProducerOwner,
  type Workload,
} from './types';
import type { DocumentKind } from '../records';

const LIST: ListShape = {
  one: 'producer',
  many: 'producers',
  fields: new Set([
    'id',
    'name',
    'owner',
    'title',
    'components',
    'workloads',
    'eventSources',
    'documentKinds',
    'fingerprints',
    'inTerway',
    'shared',
    'explanation',
    'nextChecks',
  ]),
};
const FINGERPRINT_FIELDS = new Set(['id', 'scope', 'pattern', 'flags', 'literals', 'examples']);
const WORKLOAD_FIELDS = new Set(['pod', 'container', 'default']);
const NAME_RE = /^[a-z0-9][a-z0-9-]*$/;
/** every kind of document the parser emits; typed so that a new kind must be listed here */
const DOCUMENT_KINDS: Record<DocumentKind, true> = {
  prompt: true,
  'describe-pod': true,
  'describe-node': true,
  'describe-node-cr': true,
  'describe-podeni': true,
  'describe-podnetworking': true,
  'describe-networkinterface': true,
  'describe-other': true,
  'get-events': true,
  'kubectl-events': true,
  'events-json': true,
  'events-yaml': true,
  'get-pods': true,
  configmap: true,
  'inspect-cluster': true,
  'inspect-node': true,
  'inspect-pod': true,
  'log-klog': true,
  'log-terway-legacy': true,
  'log-logrus': true,
  'log-json': true,
  'log-controller-runtime': true,
  'log-journal': true,
  'log-felix': true,
  text: true,
};
const isDocumentKind = (v: unknown): v is DocumentKind => isStr(v) && Object.hasOwn(DOCUMENT_KINDS, v);

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  isStr(v) && (list as readonly string[]).includes(v);

export function compileProducers(
  file: string,
  data: unknown,
  entries: ReadonlyMap<string, CatalogEntry>,
  problems: string[],
): Producer[] {
  const producers = compileList(file, data, LIST, problems, checkProducer);
  // without a list (a small test catalog has no producers file) there is nothing to check across
  if (Array.isArray(data)) crossCheck(file, producers, entries, problems);
  return producers;
}

function checkProducer(raw: Rec, { bad, clean }: ItemCheck): Producer | undefined {
  for (const f of ['name', 'title'] as const) if (!isNonEmptyStr(raw[f])) bad(f, 'required non-empty string');
  if (!oneOf(PRODUCER_OWNERS, raw.owner)) bad('owner', `must be one of ${PRODUCER_OWNERS.join(', ')}`);
  if (!isNonEmptyStr(raw.explanation) || raw.explanation.trim().length < MIN_PROSE)
    bad('explanation', `required, at least ${MIN_PROSE} characters`);
  for (const f of ['components', 'eventSources', 'documentKinds'] as const)
    if (raw[f] !== undefined && !isStrArray(raw[f])) bad(f, 'must be a list of strings');
  // a prompt line or plain text says nothing about who wrote it
  if (isStrArray(raw.documentKinds))
    for (const k of raw.documentKinds)
      if (!isDocumentKind(k) || k === 'prompt' || k === 'text')
        bad('documentKinds', `${k}: not a document kind one program writes`);
  if (raw.inTerway !== undefined && !isStr(raw.inTerway)) bad('inTerway', 'must be a producer id');
  if (raw.shared !== undefined && raw.shared !== true) bad('shared', 'true, or leave it out');
  const nextChecks = checkNextChecks(raw.nextChecks, bad);
  const workloads = checkWorkloads(raw.workloads, bad);
  const fingerprints = checkFingerprints(raw.fingerprints, bad);
  if (!clean()) return undefined;
  return {
    id: raw.id as string,
    name: raw.name as string,
    owner: raw.owner as ProducerOwner,
    title: raw.title as string,
    components: (raw.components as string[] | undefined) ?? [],
    workloads,
    eventSources: (raw.eventSources as string[] | undefined) ?? [],
    documentKinds: (raw.documentKinds as DocumentKind[] | undefined) ?? [],
    fingerprints,
    ...(isStr(raw.inTerway) ? { inTerway: raw.inTerway } : {}),
    ...(raw.shared === true ? { shared: true } : {}),
    explanation: (raw.explanation as string).trim(),
    nextChecks,
  };
}

function checkNextChecks(raw: unknown, bad: Bad): Producer['nextChecks'] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    bad('nextChecks', 'must be a list of {command, why}');
    return [];
  }
  return raw.flatMap((c: unknown, i) => {
    if (!isRec(c) || !isNonEmptyStr(c.command) || !isNonEmptyStr(c.why)) {
      bad(`nextChecks[${i}]`, 'needs command and why');
      return [];
    }
    return [{ command: c.command, why: c.why }];
  });
}

function checkWorkloads(raw: unknown, bad: Bad): Workload[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    bad('workloads', 'must be a list of {pod, container?, default?}');
    return [];
  }
  return raw.flatMap((w: unknown, i) => {
    const f = `workloads[${i}]`;
    if (!isRec(w)) {
      bad(f, 'must be a mapping');
      return [];
    }
    for (const k of Object.keys(w)) if (!WORKLOAD_FIELDS.has(k)) bad(`${f}.${k}`, 'unknown field');
    if (!isStr(w.pod) || !/^[a-z0-9][a-z0-9-]*-$/.test(w.pod)) bad(`${f}.pod`, 'a pod name prefix ending in -');
    if (w.container !== undefined && !(isStr(w.container) && NAME_RE.test(w.container)))
      bad(`${f}.container`, 'a container name');
    if (w.default !== undefined && w.default !== true) bad(`${f}.default`, 'true, or leave it out');
    return [
      {
        pod: w.pod as string,
        ...(isStr(w.container) ? { container: w.container } : {}),
        ...(w.default === true ? { default: true } : {}),
      },
    ];
  });
}

function checkFingerprints(raw: unknown, bad: Bad): Fingerprint[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    bad('fingerprints', 'must be a list');
    return [];
  }
  const out: Fingerprint[] = [];
  raw.forEach((fp: unknown, i) => {
    const f = `fingerprints[${i}]`;
    if (!isRec(fp)) {
      bad(f, 'must be a mapping');
      return;
    }
    const r = fp as Rec;
    for (const k of Object.keys(r)) if (!FINGERPRINT_FIELDS.has(k)) bad(`${f}.${k}`, 'unknown field');
    if (!isStr(r.id) || !NAME_RE.test(r.id)) bad(`${f}.id`, 'required, lower-case letters, digits and dashes');
    if (out.some((x) => x.id === r.id)) bad(`${f}.id`, 'duplicate within the producer');
    if (!oneOf(FINGERPRINT_SCOPES, r.scope)) bad(`${f}.scope`, `must be one of ${FINGERPRINT_SCOPES.join(', ')}`);
    const checked = checkPattern(r.pattern, r.flags, r.literals, (field, m) => bad(`${f}.${field}`, m));
    if (!isStrArray(r.examples) || r.examples.length === 0) bad(`${f}.examples`, 'at least one line as pasted');
    else if (checked)
      for (const ex of r.examples) if (!checked.regex.test(ex)) bad(`${f}.examples`, `does not match: ${ex}`);
    if (checked && isStr(r.id) && isStrArray(r.examples))
      out.push({
        id: r.id,
        scope: r.scope as FingerprintScope,
        pattern: checked.pattern,
        ...(checked.flags ? { flags: checked.flags } : {}),
        literals: checked.literals,
        examples: r.examples,
      });
  });
  return out;
}

function crossCheck(
  file: string,
  producers: readonly Producer[],
  entries: ReadonlyMap<string, CatalogEntry>,
  problems: string[],
): void {
  const byId = new Map(producers.map((p) => [p.id, p]));
  for (const p of producers) {
    if (p.inTerway === undefined) continue;
    const target = byId.get(p.inTerway);
    if (!target) problems.push(`${at(file, p.id, 'inTerway')}: no producer ${p.inTerway}`);
    else if (target.owner !== 'terway') problems.push(`${at(file, p.id, 'inTerway')}: ${p.inTerway} is not Terway's`);
    if (p.owner === 'terway')
      problems.push(`${at(file, p.id, 'inTerway')}: only a foreign producer can be Terway's in context`);
  }
  // unrecognised lines are attributed by provenance alone: no producer writes them as such
  const components = new Set([...entries.values()].filter((e) => e.kind !== 'unrecognised').map((e) => e.component));
  for (const c of components) {
    const writers = producers.filter((p) => p.components.some((x) => componentMatches(x, c)));
    if (writers.length !== 1)
      problems.push(
        `${file}: component ${c} must be written by exactly one producer (${writers.map((w) => w.id).join(', ') || 'none'})`,
      );
  }
  for (const field of ['eventSources', 'documentKinds'] as const) {
    const owners = new Map<string, string>();
    for (const p of producers)
      for (const s of p[field]) {
        const other = owners.get(s);
        if (other) problems.push(`${at(file, p.id, field)}: ${s} is already ${other}'s`);
        owners.set(s, p.id);
      }
  }
}
