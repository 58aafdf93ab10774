// Compiles catalog/known-bugs.yaml: bugs fixed in Terway's history, each tied to the catalog entry
// it shows as (optionally a narrower pattern), the fixing commits and pull requests, and per
// release line the first public tag with the fix. Checked here: fields and formats, the symptom
// entry exists and recognises the bug's examples, the pattern passes the catalog's regex checks,
// and the version data is ordered (first ≤ last, each fixed tag after the bug began, the last
// affected tag of a line right below its fix). Whether the tags exist is checked against the
// inventory's tag list in tests/catalog/known-bugs.test.ts.
import {
  isNonEmptyStr,
  isRec,
  isStr,
  isStrArray,
  MIN_PROSE,
  TERWAY_SOURCE_RE,
  type Bad,
  type Rec,
} from './check-helpers';
import { compileList, type ItemCheck, type ListShape } from './compile-list';
import { checkPattern } from './pattern-check';
import { isCatchAllPattern } from './regex-lint';
import type { CatalogEntry, KnownBug } from './types';
import { compareVersions, releaseLine } from '../version';

const LIST: ListShape = {
  one: 'bug',
  many: 'known bugs',
  fields: new Set([
    'id',
    'title',
    'symptom',
    'pattern',
    'flags',
    'literals',
    'referenceOnly',
    'problem',
    'workaround',
    'fix',
    'affected',
    'fixedIn',
    'examples',
  ]),
};
/** a public release tag: pre-releases (`-rc.N`, the `-policy` snapshots of main) are no version anyone runs */
const RELEASE_RE = /^v\d+\.\d+\.\d+$/;
const COMMIT_RE = /^[0-9a-f]{8}$/;

export function compileKnownBugs(
  file: string,
  data: unknown,
  entries: ReadonlyMap<string, CatalogEntry>,
  problems: string[],
): KnownBug[] {
  return compileList(file, data, LIST, problems, (raw, item) => checkBug(raw, entries, item));
}

function checkBug(
  raw: Rec,
  entries: ReadonlyMap<string, CatalogEntry>,
  { bad, clean }: ItemCheck,
): KnownBug | undefined {
  if (!isNonEmptyStr(raw.title)) bad('title', 'required non-empty string');
  for (const f of ['problem', 'workaround'] as const) {
    const v = raw[f];
    if (!isNonEmptyStr(v)) bad(f, 'required non-empty string');
    else if (v.trim().length < MIN_PROSE)
      bad(f, `too short to be useful (${v.trim().length} < ${MIN_PROSE} characters)`);
  }
  if (raw.referenceOnly !== undefined && raw.referenceOnly !== true) bad('referenceOnly', 'true, or leave it out');
  const referenceOnly = raw.referenceOnly === true;

  const symptom = checkSymptom(raw, referenceOnly, entries, bad);
  checkFix(raw.fix, bad);
  checkVersions(raw, bad);

  if (!clean()) return undefined;
  const fix = raw.fix as Rec;
  const affected = raw.affected as Rec;
  return {
    id: raw.id as string,
    title: raw.title as string,
    ...(symptom ? { symptom: symptom.entry } : {}),
    ...(symptom?.pattern ? { pattern: symptom.pattern.pattern, literals: symptom.pattern.literals } : {}),
    ...(symptom?.pattern?.flags ? { flags: symptom.pattern.flags } : {}),
    ...(referenceOnly ? { referenceOnly: true } : {}),
    problem: (raw.problem as string).trim(),
    workaround: (raw.workaround as string).trim(),
    fix: { commits: fix.commits as string[], prs: fix.prs as number[], source: fix.source as string[] },
    affected: { first: affected.first as string, last: affected.last as string },
    fixedIn: (raw.fixedIn as Rec[]).map((f) => ({
      tag: f.tag as string,
      ...(isStr(f.lastAffected) ? { lastAffected: f.lastAffected } : {}),
    })),
    examples: (raw.examples as string[] | undefined) ?? [],
  };
}

/** The symptom entry and pattern, and that both recognise every example. */
function checkSymptom(
  raw: Rec,
  referenceOnly: boolean,
  entries: ReadonlyMap<string, CatalogEntry>,
  bad: Bad,
): { entry: string; pattern?: ReturnType<typeof checkPattern> } | undefined {
  if (raw.symptom === undefined) {
    if (!referenceOnly)
      bad('symptom', 'required: the id of the catalog entry the bug shows as (or mark it referenceOnly)');
    for (const f of ['pattern', 'flags', 'literals', 'examples'] as const)
      if (raw[f] !== undefined) bad(f, 'only with a symptom: a bug without one is never matched');
    return undefined;
  }
  const entry = isStr(raw.symptom) ? entries.get(raw.symptom) : undefined;
  if (!entry) {
    bad('symptom', `unknown entry id ${JSON.stringify(raw.symptom)}`);
    return undefined;
  }
  const pattern =
    raw.pattern === undefined && raw.flags === undefined && raw.literals === undefined
      ? undefined
      : checkPattern(raw.pattern, raw.flags, raw.literals, bad);
  if (raw.pattern !== undefined && !pattern) return undefined;

  const examples = raw.examples;
  if (!isStrArray(examples) || examples.length === 0) {
    if (!referenceOnly) bad('examples', 'required non-empty list of lines as users paste them');
  } else {
    const variants = entry.match
      .filter((v) => !isCatchAllPattern(v.pattern))
      .map((v) => new RegExp(v.pattern, v.flags ?? ''));
    examples.forEach((ex, n) => {
      if (ex.includes('\n')) bad(`examples[${n}]`, 'must be a single line');
      if (!variants.some((re) => re.test(ex)))
        bad(`examples[${n}]`, `not recognised by ${entry.id}: ${JSON.stringify(ex.slice(0, 100))}`);
      if (pattern && !pattern.regex.test(ex))
        bad(`examples[${n}]`, `does not match the bug's pattern: ${JSON.stringify(ex.slice(0, 100))}`);
    });
  }
  return { entry: entry.id, pattern };
}

function checkFix(fix: unknown, bad: Bad): void {
  if (!isRec(fix)) return bad('fix', 'required mapping {commits, prs, source}');
  for (const k of Object.keys(fix)) if (!['commits', 'prs', 'source'].includes(k)) bad(`fix.${k}`, 'unknown field');
  if (!isStrArray(fix.commits) || fix.commits.length === 0 || fix.commits.some((c) => !COMMIT_RE.test(c)))
    bad('fix.commits', 'required list of 8-hex commits: the fix and its backports');
  if (!Array.isArray(fix.prs) || fix.prs.some((p) => !Number.isInteger(p) || (p as number) <= 0))
    bad('fix.prs', 'required list of pull request numbers (may be empty)');
  if (!isStrArray(fix.source) || fix.source.length === 0 || fix.source.some((s) => !TERWAY_SOURCE_RE.test(s)))
    bad('fix.source', 'required list of path:line@tag in Terway where the fix is');
}

/** affected {first, last} and fixedIn, in the order the verdict relies on. */
function checkVersions(raw: Rec, bad: Bad): void {
  const release = (v: unknown): v is string => isStr(v) && RELEASE_RE.test(v);
  const affected = raw.affected;
  if (!isRec(affected) || !release(affected.first) || !release(affected.last))
    return bad('affected', 'required {first, last}: public release tags such as v1.9.10');
  for (const k of Object.keys(affected)) if (k !== 'first' && k !== 'last') bad(`affected.${k}`, 'unknown field');
  const first = affected.first;
  if (compareVersions(first, affected.last) > 0) bad('affected', `first ${first} is after last ${affected.last}`);

  const fixedIn = raw.fixedIn;
  if (!Array.isArray(fixedIn)) return bad('fixedIn', 'required list (empty while no release has the fix)');
  const lines = new Set<string>();
  fixedIn.forEach((f: unknown, k) => {
    const field = `fixedIn[${k}]`;
    if (!isRec(f) || !release(f.tag))
      return bad(field, 'needs tag: the first public release tag of its line with the fix');
    for (const key of Object.keys(f))
      if (key !== 'tag' && key !== 'lastAffected') bad(`${field}.${key}`, 'unknown field');
    const line = releaseLine(f.tag)!;
    if (lines.has(line)) bad(field, `a second fix on release line ${line}`);
    lines.add(line);
    if (compareVersions(f.tag, first) <= 0) bad(field, `${f.tag} is not after the bug's first version ${first}`);
    if (f.lastAffected === undefined) return;
    if (!release(f.lastAffected)) return bad(`${field}.lastAffected`, 'must be a public release tag');
    if (releaseLine(f.lastAffected) !== line || compareVersions(f.lastAffected, f.tag) >= 0)
      bad(`${field}.lastAffected`, `${f.lastAffected} must be an earlier tag of line ${line}`);
    if (compareVersions(f.lastAffected, first) < 0)
      bad(`${field}.lastAffected`, `${f.lastAffected} is before the bug began`);
  });
}
