// Turns the catalog's YAML files into a validated `Catalog`. Pure (no fs): runs in the page, a
// worker or Node. Every problem found is collected and reported at once, each naming the file, the
// entry id and the field, so a broken catalog is fixed in one pass.
import { parseDocument } from 'yaml';
import {
  CATEGORIES,
  ENTRY_KINDS,
  EVENT_OBJECTS,
  KIND_TRAITS,
  SEVERITIES,
  type Alias,
  type Catalog,
  type CatalogEntry,
  type Category,
  type EntryKind,
  type EventObject,
  type InspectReading,
  type MatchVariant,
  type Severity,
  type SopStep,
} from './types';
import { isCatchAllPattern } from './regex-lint';
import { checkPattern } from './pattern-check';
import {
  at,
  ID_RE,
  isNonEmptyStr,
  isRec,
  isStr,
  isStrArray,
  MIN_PROSE,
  TERWAY_SOURCE_RE,
  type Rec,
} from './check-helpers';
import { compileKnownBugs } from './compile-known-bugs';
import { compileProducers } from './compile-producers';
import { compileCauses } from './compile-causes';
import { compileSop } from './compile-sop';
import { PLACEHOLDERS } from '../commands/placeholders';

export interface CatalogFile {
  path: string;
  text: string;
}

export class CatalogError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`catalog has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

const ENTRY_FIELDS = new Set([
  'id',
  'kind',
  'title',
  'reason',
  'type',
  'objects',
  'eventReasons',
  'component',
  'aliases',
  'versions',
  'signal',
  'match',
  'category',
  'severity',
  'sopStep',
  'explanation',
  'fix',
  'nextChecks',
  'seeAlso',
  'explains',
  'source',
  'shared',
  'inspect',
]);
const VARIANT_FIELDS = new Set([
  'id',
  'pattern',
  'flags',
  'literals',
  'signal',
  'category',
  'severity',
  'envelope',
  'opaque',
  'shared',
  'examples',
]);
const ALIAS_FIELDS = new Set(['name', 'versions', 'note']);

const VARIANT_ID_RE = /^[a-z0-9][a-z0-9-]*$/;
const REASON_RE = /^[A-Z][A-Za-z]+$/;
/** a Terway tag (pre-releases such as v1.2.0-rc.0 included) or an 8-hex commit of main */
const VERSION_RE = /^(v\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?|[0-9a-f]{8})$/;
const ALIAS_VERSIONS_RE = /^(sop|v\d+\.\d+\.\d+(\+|[–-]v\d+\.\d+\.\d+)?)$/;
const COMPONENT_RE =
  /^(terway-daemon|cni-via-daemon|terway-cni|terway-init|policy|kubelet|containerd|alibaba-cloud-openapi|terway-controlplane(\/[a-z-]+)?|foreign\/[a-z0-9-]+|unrecognised)$/;
/** `owner/repo:path[:line]@ref` outside Terway, or a URL */
const OTHER_SOURCE_RE = /^([\w.-]+\/[\w.-]+:[\w./-]+(:\d+)?@[\w.-]+|https:\/\/\S+)$/;

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  isStr(v) && (list as readonly string[]).includes(v);

interface Parsed {
  entry: CatalogEntry;
  file: string;
}

/** Cheap stable fingerprint of the input texts (FNV-1a, 32 bit). */
function fingerprint(files: readonly CatalogFile[]): string {
  let h = 0x811c9dc5;
  for (const f of files)
    for (const s of [f.path, '\0', f.text, '\0'])
      for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
  return h.toString(16).padStart(8, '0');
}

/** The parts of the catalog that are not entries. */
type Sections = Omit<Catalog, 'version' | 'entries'>;

/**
 * Top-level files that are not lists of entries: each compiles into its own section, after the
 * entries (which it may refer to). A missing file gives the section compiled from nothing. The
 * next such file (an SOP, producers) is one more row here and one more field in `Catalog`.
 */
const SECTIONS: {
  [K in keyof Sections]: {
    file: string;
    compile: (
      path: string,
      data: unknown,
      entries: ReadonlyMap<string, CatalogEntry>,
      problems: string[],
    ) => Sections[K];
  };
} = {
  knownBugs: { file: 'known-bugs.yaml', compile: compileKnownBugs },
  producers: { file: 'producers.yaml', compile: compileProducers },
  causes: { file: 'causes.yaml', compile: compileCauses },
  sop: { file: 'sop.yaml', compile: compileSop },
};

/** The file name a path ends in (`catalog/known-bugs.yaml` → `known-bugs.yaml`). */
const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Whether a top-level catalog file holds a section rather than entries. */
function isSectionFile(path: string): boolean {
  return Object.values(SECTIONS).some((s) => s.file === baseName(path));
}

export function compileCatalog(files: CatalogFile[]): Catalog {
  const problems: string[] = [];
  const parsed: Parsed[] = [];
  const sectionData = new Map<string, { path: string; data: unknown }>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const f of sorted) {
    const doc = parseDocument(f.text, { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) problems.push(`${f.path}: YAML error: ${e.message.split('\n')[0]}`);
      continue;
    }
    const data: unknown = doc.toJS();
    if (isSectionFile(f.path)) {
      sectionData.set(baseName(f.path), { path: f.path, data });
      continue;
    }
    if (data === null || data === undefined) continue; // an empty file
    if (!Array.isArray(data)) {
      problems.push(`${f.path}: the file must be a YAML list of entries`);
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const entry = checkEntry(f.path, index, raw, problems);
      if (entry) parsed.push({ entry, file: f.path });
    });
  }

  crossCheck(parsed, problems);
  const entries = new Map(parsed.map((p) => [p.entry.id, p.entry]));
  const section = <K extends keyof Sections>(key: K): Sections[K] => {
    const { file, compile } = SECTIONS[key];
    const found = sectionData.get(file);
    return compile(found?.path ?? `catalog/${file}`, found?.data, entries, problems);
  };
  const knownBugs = section('knownBugs');
  const producers = section('producers');
  const causes = section('causes');
  const sop = section('sop');
  if (problems.length > 0) throw new CatalogError(problems);
  return {
    version: `fnv1a-${fingerprint(sorted)}`,
    entries: parsed.map((p) => p.entry),
    knownBugs,
    producers,
    causes,
    sop,
  };
}

function checkEntry(file: string, index: number, raw: unknown, problems: string[]): CatalogEntry | undefined {
  if (!isRec(raw)) {
    problems.push(`${file} › entry #${index + 1}: must be a mapping`);
    return undefined;
  }
  const id = isStr(raw.id) ? raw.id : undefined;
  const where = (field?: string): string => at(file, id ?? `entry #${index + 1}`, field);
  const bad = (field: string, msg: string): void => {
    problems.push(`${where(field)}: ${msg}`);
  };
  const before = problems.length;

  for (const k of Object.keys(raw)) if (!ENTRY_FIELDS.has(k)) bad(k, 'unknown field');
  if (!id) bad('id', 'required string');
  else if (!ID_RE.test(id)) bad('id', `"${id}" must be lower-case letters, digits and dashes (URL-safe)`);

  const kind = raw.kind;
  if (!oneOf(ENTRY_KINDS, kind)) bad('kind', `must be one of ${ENTRY_KINDS.join(', ')}`);
  if (!isNonEmptyStr(raw.title)) bad('title', 'required non-empty string');
  if (!isNonEmptyStr(raw.component)) bad('component', 'required non-empty string');
  else if (!COMPONENT_RE.test(raw.component)) bad('component', `"${raw.component}" is not a known component`);
  if (!isNonEmptyStr(raw.signal)) bad('signal', 'required non-empty string');
  if (!oneOf(CATEGORIES, raw.category)) bad('category', `must be one of ${CATEGORIES.join(', ')}`);
  if (!oneOf(SEVERITIES, raw.severity)) bad('severity', `must be one of ${SEVERITIES.join(', ')}`);
  if (!(typeof raw.sopStep === 'number' && [1, 2, 3, 4, 5].includes(raw.sopStep)))
    bad('sopStep', 'must be 1, 2, 3, 4 or 5');

  const isEvent = kind === 'event';
  if (isEvent) {
    if (!isStr(raw.reason) || !REASON_RE.test(raw.reason)) bad('reason', 'events need the reason, e.g. AllocIPFailed');
    if (raw.type !== 'Normal' && raw.type !== 'Warning') bad('type', 'events need type Normal or Warning');
    if (!Array.isArray(raw.objects) || raw.objects.length === 0)
      bad('objects', 'events need a non-empty list of objects');
    else
      for (const o of raw.objects)
        if (!oneOf(EVENT_OBJECTS, o)) bad('objects', `"${String(o)}" is not one of ${EVENT_OBJECTS.join(', ')}`);
    if (raw.eventReasons !== undefined) bad('eventReasons', 'only for non-event entries (events have reason)');
  } else {
    for (const f of ['reason', 'type', 'objects'] as const)
      if (raw[f] !== undefined)
        bad(
          f,
          `only event entries have ${f} (use eventReasons for the kubelet/controller reasons a line appears under)`,
        );
    if (
      raw.eventReasons !== undefined &&
      (!isStrArray(raw.eventReasons) || raw.eventReasons.some((r) => !REASON_RE.test(r)))
    )
      bad('eventReasons', 'must be a list of reasons such as FailedCreatePodSandBox');
  }

  // aliases
  const aliases: Alias[] = [];
  if (!Array.isArray(raw.aliases)) bad('aliases', 'required list (may be empty)');
  else
    raw.aliases.forEach((a: unknown, k) => {
      const f = `aliases[${k}]`;
      if (!isRec(a)) return bad(f, 'must be a mapping with name and versions');
      for (const key of Object.keys(a)) if (!ALIAS_FIELDS.has(key)) bad(`${f}.${key}`, 'unknown field');
      if (!isNonEmptyStr(a.name)) bad(`${f}.name`, 'required non-empty string');
      if (!isStr(a.versions) || !ALIAS_VERSIONS_RE.test(a.versions))
        bad(`${f}.versions`, 'must be `sop`, `vX.Y.Z`, `vX.Y.Z+` or `vX.Y.Z–vA.B.C`');
      if (a.note !== undefined && !isNonEmptyStr(a.note)) bad(`${f}.note`, 'must be a non-empty string when present');
      if (isStr(a.name) && isStr(a.versions))
        aliases.push({ name: a.name, versions: a.versions, ...(isStr(a.note) ? { note: a.note } : {}) });
    });

  // versions
  const versions: { first?: string; last?: string } = {};
  if (!isRec(raw.versions)) bad('versions', 'required mapping {first, last} (either may be omitted)');
  else
    for (const k of Object.keys(raw.versions)) {
      const v = raw.versions[k];
      if (k !== 'first' && k !== 'last') bad(`versions.${k}`, 'unknown field');
      else if (!isStr(v) || !VERSION_RE.test(v))
        bad(`versions.${k}`, 'must be a tag such as v1.17.5 or an 8-hex commit');
      else versions[k] = v;
    }

  for (const f of ['explanation', 'fix'] as const) {
    const v = raw[f];
    if (!isNonEmptyStr(v)) bad(f, 'required non-empty string');
    else if (v.trim().length < MIN_PROSE)
      bad(f, `too short to be useful (${v.trim().length} < ${MIN_PROSE} characters)`);
  }
  if (isStr(raw.explanation) && isStr(raw.fix) && raw.explanation.trim() === raw.fix.trim())
    bad('fix', 'must not repeat the explanation');

  // nextChecks
  const nextChecks: { command: string; why: string }[] = [];
  // an entry recognised by level gets its commands from the producer of its line
  const levelKind = oneOf(ENTRY_KINDS, kind) && KIND_TRAITS[kind].recognisedBy === 'level';
  if (!Array.isArray(raw.nextChecks) || (raw.nextChecks.length === 0 && !levelKind))
    bad('nextChecks', 'required non-empty list');
  else
    raw.nextChecks.forEach((c: unknown, k) => {
      const f = `nextChecks[${k}]`;
      if (!isRec(c) || !isNonEmptyStr(c.command) || !isNonEmptyStr(c.why)) return bad(f, 'needs command and why');
      for (const key of Object.keys(c)) if (key !== 'command' && key !== 'why') bad(`${f}.${key}`, 'unknown field');
      // kubectl, or the aliyun CLI for what only the cloud knows (a vSwitch's free IPs)
      if (!/^(?:kubectl|aliyun) /.test(c.command)) bad(`${f}.command`, 'must be a kubectl or aliyun command');
      // `{word}` is a placeholder; jsonpath such as `{.status}`, `{range …}` or `{end}` is not
      for (const m of c.command.matchAll(/\{([A-Za-z]\w*)\}/g))
        if (!Object.hasOwn(PLACEHOLDERS, m[1]!) && m[1] !== 'end')
          bad(`${f}.command`, `unknown placeholder {${m[1]}} (known: ${Object.keys(PLACEHOLDERS).join(', ')})`);
      nextChecks.push({ command: c.command, why: c.why });
    });

  if (!isStrArray(raw.seeAlso)) bad('seeAlso', 'required list of entry ids to read next (may be empty)');
  if (!isStrArray(raw.explains))
    bad('explains', 'required list of entry ids whose signals this problem causes (may be empty)');
  if (raw.shared !== undefined && raw.shared !== true) bad('shared', 'true, or leave it out');
  const inspect = raw.inspect === undefined ? undefined : checkInspect(raw.inspect, bad);
  // an entry recognised by its log level alone has no string of its own, so nothing to cite
  const byLevel = levelKind;
  if (!isStrArray(raw.source) || (raw.source.length === 0 && !byLevel)) bad('source', 'required non-empty list');
  else {
    // other projects' strings are sourced from those projects
    const foreign = oneOf(ENTRY_KINDS, kind) && (KIND_TRAITS[kind].foreign || KIND_TRAITS[kind].wrapper);
    for (const s of raw.source) {
      if (TERWAY_SOURCE_RE.test(s)) continue;
      if (
        OTHER_SOURCE_RE.test(s) &&
        (foreign || !s.startsWith('https://') || raw.source.some((x) => TERWAY_SOURCE_RE.test(x)))
      )
        continue;
      bad(
        'source',
        `"${s}" must be path:line@tag (Terway), owner/repo:path[:line]@ref or a URL; Terway entries need at least one path:line@tag`,
      );
    }
  }

  // variants
  const match: MatchVariant[] = [];
  if (byLevel) {
    if (!Array.isArray(raw.match) || raw.match.length > 0)
      bad('match', 'an entry recognised by log level has no variants: match: []');
  } else if (!Array.isArray(raw.match) || raw.match.length === 0) bad('match', 'required non-empty list of variants');
  else {
    const seen = new Set<string>();
    raw.match.forEach((v: unknown, k) => {
      const variant = checkVariant(v, k, raw.match as unknown[], isEvent, bad, seen);
      if (variant) match.push(variant);
    });
  }

  if (problems.length > before) return undefined;
  const r = raw as Rec & { id: string; kind: EntryKind; title: string; component: string; signal: string };
  const entry: CatalogEntry = {
    id: r.id,
    kind: r.kind,
    title: r.title,
    ...(isEvent
      ? { reason: raw.reason as string, type: raw.type as 'Normal' | 'Warning', objects: raw.objects as EventObject[] }
      : {}),
    ...(raw.eventReasons !== undefined ? { eventReasons: raw.eventReasons as string[] } : {}),
    component: r.component,
    aliases,
    versions,
    signal: r.signal,
    match,
    category: raw.category as Category,
    severity: raw.severity as Severity,
    sopStep: raw.sopStep as SopStep,
    explanation: (raw.explanation as string).trim(),
    fix: (raw.fix as string).trim(),
    nextChecks,
    seeAlso: raw.seeAlso as string[],
    explains: raw.explains as string[],
    source: raw.source as string[],
    ...(raw.shared === true ? { shared: true } : {}),
    ...(inspect ? { inspect } : {}),
  };
  return entry;
}

function checkVariant(
  v: unknown,
  k: number,
  all: unknown[],
  isEvent: boolean,
  bad: (field: string, msg: string) => void,
  seen: Set<string>,
): MatchVariant | undefined {
  const vid = isRec(v) && isStr(v.id) ? v.id : undefined;
  const f = (field?: string): string => `match[${k}${vid ? `=${vid}` : ''}]${field ? `.${field}` : ''}`;
  if (!isRec(v)) {
    bad(f(), 'must be a mapping');
    return undefined;
  }
  let ok = true;
  const fail = (field: string, msg: string): void => {
    ok = false;
    bad(f(field), msg);
  };
  for (const key of Object.keys(v)) if (!VARIANT_FIELDS.has(key)) fail(key, 'unknown field');
  if (!vid || !VARIANT_ID_RE.test(vid)) fail('id', 'required, lower-case letters, digits and dashes');
  else if (seen.has(vid)) fail('id', `duplicate variant id "${vid}"`);
  else seen.add(vid);

  const pattern = v.pattern;
  const isLast = k === all.length - 1;
  const catchAll = isStr(pattern) && isCatchAllPattern(pattern);
  const checked = checkPattern(pattern, v.flags, v.literals, fail, isEvent && catchAll);
  if (isEvent && isLast && !catchAll)
    fail(
      'pattern',
      'the last variant of an event entry must be a catch-all (e.g. `[\\s\\S]*`) so unknown messages still map',
    );
  if (catchAll && !(isEvent && isLast)) fail('pattern', 'only the last variant of an event entry may match any text');
  const regex = checked?.regex;
  const literals = v.literals;
  const flags = v.flags ?? '';
  const ignoreCase = flags === 'i';

  for (const key of ['category', 'severity', 'signal'] as const) {
    const val = v[key];
    if (val === undefined) continue;
    if (key === 'category' && !oneOf(CATEGORIES, val)) fail(key, `must be one of ${CATEGORIES.join(', ')}`);
    if (key === 'severity' && !oneOf(SEVERITIES, val)) fail(key, `must be one of ${SEVERITIES.join(', ')}`);
    if (key === 'signal' && !isNonEmptyStr(val)) fail(key, 'must be a non-empty string');
    if (key === 'signal' && isEvent)
      fail(
        key,
        'event variants keep the reason as their signal; drop it (the cause shows through the variant and the line entries)',
      );
  }
  if (v.envelope !== undefined && typeof v.envelope !== 'boolean') fail('envelope', 'must be true or false');
  if (v.opaque !== undefined && typeof v.opaque !== 'boolean') fail('opaque', 'must be true or false');
  else if (v.opaque === true && v.envelope === true)
    fail(
      'opaque',
      'a variant is either an envelope (a wrapper around an inner error) or opaque (a failure without a cause), not both',
    );
  else if (v.opaque === true && catchAll) fail('opaque', 'a catch-all names no cause already; drop the flag');
  if (v.shared !== undefined && v.shared !== true) fail('shared', 'true, or leave it out');

  // examples: each matches this variant, and no earlier variant (first match wins)
  const examples = v.examples;
  if (!isStrArray(examples) || examples.length === 0) fail('examples', 'required non-empty list of realistic lines');
  else if (regex) {
    examples.forEach((ex, n) => {
      const ef = `examples[${n}]`;
      if (!regex.test(ex)) return fail(ef, `does not match its own pattern: ${JSON.stringify(ex.slice(0, 120))}`);
      if (isStrArray(literals) && literals.length > 0) {
        const hay = ignoreCase ? ex.toLowerCase() : ex;
        if (!literals.some((l) => hay.includes(ignoreCase ? l.toLowerCase() : l)))
          fail(ef, `contains none of the literals ${JSON.stringify(literals)}`);
      }
      for (let j = 0; j < k; j++) {
        const earlier = all[j];
        if (!isRec(earlier) || !isStr(earlier.pattern)) continue;
        try {
          const re = new RegExp(earlier.pattern, earlier.flags === 'i' ? 'i' : '');
          if (re.test(ex)) {
            fail(ef, `is taken by the earlier variant "${String(earlier.id)}" (variants are tried in order)`);
            break;
          }
        } catch {
          // reported on that variant
        }
      }
    });
  }

  if (!ok || !isStr(pattern) || !vid || !isStrArray(literals) || !isStrArray(examples)) return undefined;
  return {
    id: vid,
    pattern,
    ...(v.flags !== undefined ? { flags: flags as '' | 'i' } : {}),
    literals,
    ...(isStr(v.signal) ? { signal: v.signal } : {}),
    ...(v.category !== undefined ? { category: v.category as Category } : {}),
    ...(v.severity !== undefined ? { severity: v.severity as Severity } : {}),
    ...(v.envelope === true ? { envelope: true } : {}),
    ...(v.opaque === true ? { opaque: true } : {}),
    ...(v.shared === true ? { shared: true } : {}),
    ...(catchAll ? { catchAll: true } : {}),
    examples,
  };
}

function crossCheck(parsed: Parsed[], problems: string[]): void {
  const ids = new Map<string, string>();
  for (const { entry, file } of parsed) {
    const prev = ids.get(entry.id);
    if (prev) problems.push(`${at(file, entry.id, 'id')}: duplicate id (also in ${prev})`);
    else ids.set(entry.id, file);
  }
  // reasons and emitted aliases must resolve to one event entry
  const reasons = new Map<string, string>();
  for (const { entry, file } of parsed) {
    if (entry.kind !== 'event') continue;
    const names = [entry.reason!, ...entry.aliases.filter((a) => a.versions !== 'sop').map((a) => a.name)];
    for (const name of names) {
      const owner = reasons.get(name);
      if (owner && owner !== entry.id)
        problems.push(`${at(file, entry.id, 'reason')}: reason/alias "${name}" is already used by ${owner}`);
      else reasons.set(name, entry.id);
    }
  }
  for (const { entry, file } of parsed) {
    for (const field of ['seeAlso', 'explains'] as const)
      entry[field].forEach((r, k) => {
        if (r === entry.id) problems.push(`${at(file, entry.id, `${field}[${k}]`)}: an entry cannot link to itself`);
        else if (!ids.has(r)) problems.push(`${at(file, entry.id, `${field}[${k}]`)}: unknown entry id "${r}"`);
      });
    // an event entry's examples should name its reason (or a legacy alias)
    if (entry.kind === 'event') {
      const names = [entry.reason!, ...entry.aliases.map((a) => a.name)];
      for (const v of entry.match)
        v.examples.forEach((ex, n) => {
          if (!names.some((nm) => new RegExp(`(^|[^A-Za-z])${nm}([^A-Za-z]|$)`).test(ex)))
            problems.push(
              `${at(file, entry.id, `match[${v.id}].examples[${n}]`)}: an event example must show the reason (${names.join(' or ')})`,
            );
          if (!/\b(Normal|Warning)\b/.test(ex))
            problems.push(
              `${at(file, entry.id, `match[${v.id}].examples[${n}]`)}: an event example must show the type (Normal or Warning)`,
            );
        });
    } else {
      for (const v of entry.match)
        v.examples.forEach((ex, n) => {
          if (ex.includes('\n'))
            problems.push(
              `${at(file, entry.id, `match[${v.id}].examples[${n}]`)}: line examples must be a single line`,
            );
        });
    }
  }
}

const INSPECT_FIELDS = new Set(['script', 'when', 'lines', 'detail']);

/** `inspect:` — the readings of an inspect script that show the entry's problem */
function checkInspect(raw: unknown, bad: (field: string, msg: string) => void): InspectReading | undefined {
  if (!isRec(raw)) {
    bad('inspect', 'must be a mapping {script, when, lines, detail?}');
    return undefined;
  }
  const before = { ok: true };
  const fail = (f: string, m: string) => {
    before.ok = false;
    bad(`inspect.${f}`, m);
  };
  for (const k of Object.keys(raw)) if (!INSPECT_FIELDS.has(k)) fail(k, 'unknown field');
  if (raw.script !== 'cluster' && raw.script !== 'node' && raw.script !== 'pod') fail('script', 'cluster, node or pod');
  const when = raw.when;
  if (!Array.isArray(when) || when.length === 0) fail('when', 'a non-empty list of {section.key: value} readings');
  else
    when.forEach((w: unknown, i) => {
      if (!isRec(w) || Object.keys(w).length === 0 || !Object.values(w).every(isStr))
        fail(`when[${i}]`, 'a mapping of section.key to the value the script prints');
    });
  if (!isStrArray(raw.lines) || raw.lines.length === 0) fail('lines', 'the printed line starts that show it');
  if (raw.detail !== undefined && !isStr(raw.detail)) fail('detail', 'a section.key');
  if (!before.ok) return undefined;
  return {
    script: raw.script as InspectReading['script'],
    when: raw.when as Record<string, string>[],
    lines: raw.lines as string[],
    ...(isStr(raw.detail) ? { detail: raw.detail } : {}),
  };
}
