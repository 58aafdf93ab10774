// Terway versions as they appear in pastes and image references, ordered and mapped to a release
// line, and the verdict a known bug gets for one of them. Public tags look like `v1.17.5`,
// `v1.2.0-rc.1` or `v1.2.1-policy`; ACK's own builds add a fourth number, the commit and `-aliyun`
// (`v1.0.9.15-g3957085-aliyun`, `v1.12.3-6d2a1b4-aliyun`), often inside an image reference
// (`registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.8.14.1-a6f4b5c-aliyun`).
// Pure: no DOM, no Node.
import type { KnownBugVersions } from './catalog/types';

export interface TerwayVersion {
  major: number;
  minor: number;
  patch: number;
  /** ACK's fourth number (`v1.0.9.15` → 15); 0 when absent */
  build: number;
  /** a public pre-release such as `rc.1` or `policy`: it sorts before the release */
  pre?: string;
  /** the commit an ACK build names (`g3957085` → `3957085`) */
  commit?: string;
  /** built by ACK (`-aliyun`) */
  aliyun: boolean;
}

/** What a known bug means for one version: it has the bug, it has the fix, or the data cannot say. */
export type KnownBugVerdict = 'affected' | 'fixed' | 'unknown';

const VERSION_RE = /^v?(\d{1,4})\.(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}))?(?:-([0-9A-Za-z.-]{1,80}))?$/;
const COMMIT_RE = /^g?([0-9a-f]{7,40})$/;

/**
 * Parses a version or an image reference that ends in one; undefined when it names no version.
 * Accepts surrounding whitespace, a registry path before `:` and a `@sha256:` digest after the tag.
 */
export function parseTerwayVersion(text: string): TerwayVersion | undefined {
  let s = text.trim();
  const at = s.indexOf('@');
  if (at >= 0) s = s.slice(0, at);
  s = s.slice(s.lastIndexOf(':') + 1);
  const m = VERSION_RE.exec(s);
  if (!m) return undefined;
  const v: TerwayVersion = {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    build: Number(m[4] ?? 0),
    aliyun: false,
  };
  const pre: string[] = [];
  for (const part of m[5]?.split('-') ?? []) {
    const commit = COMMIT_RE.exec(part);
    if (part === 'aliyun') v.aliyun = true;
    else if (commit && /\d/.test(part)) v.commit = commit[1];
    else if (part !== '') pre.push(part);
  }
  if (pre.length > 0) v.pre = pre.join('-');
  return v;
}

function asVersion(v: string | TerwayVersion): TerwayVersion | undefined {
  return typeof v === 'string' ? parseTerwayVersion(v) : v;
}

function comparePre(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1; // a release sorts after its pre-releases
  if (b === undefined) return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return Math.sign(c);
  }
  return 0;
}

/**
 * Orders two versions: negative, zero or positive. Numbers first (an ACK build's fourth number
 * after the three), then a pre-release before its release. Commit and `-aliyun` do not order.
 * Throws on text that is not a version, so a typo in data cannot pass as "older".
 */
export function compareVersions(a: string | TerwayVersion, b: string | TerwayVersion): number {
  const x = asVersion(a);
  const y = asVersion(b);
  if (!x || !y) throw new Error(`not a Terway version: ${JSON.stringify(x ? b : a)}`);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch || x.build - y.build || comparePre(x.pre, y.pre);
}

/** The release line a version belongs to: `1.9` for v1.9.16 and for an ACK build v1.9.12.3-…-aliyun. */
export function releaseLine(v: string | TerwayVersion): string | undefined {
  const x = asVersion(v);
  return x ? `${x.major}.${x.minor}` : undefined;
}

function compareLines(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/**
 * Whether a version has a known bug. On a line that got the fix: fixed from its first fixed tag
 * on, affected up to the public tag before it, and `unknown` in between (a build ACK shipped
 * without a public tag may or may not carry a backport). On any other line: affected up to the
 * last affected tag; past it, fixed when the line is newer than every fixed line and the bug
 * ended on those lines (the line branched after the fix), otherwise `unknown`. A version older
 * than the bug is `unknown`, not `fixed`: the symptom then has another cause.
 */
export function knownBugVerdict(bug: KnownBugVersions, version: string | TerwayVersion): KnownBugVerdict {
  const v = asVersion(version);
  if (!v || compareVersions(v, bug.affected.first) < 0) return 'unknown';
  const line = releaseLine(v)!;
  const fix = bug.fixedIn.find((f) => releaseLine(f.tag) === line);
  if (fix) {
    if (compareVersions(v, fix.tag) >= 0) return 'fixed';
    if (fix.lastAffected !== undefined && compareVersions(v, fix.lastAffected) <= 0) return 'affected';
    return 'unknown';
  }
  if (compareVersions(v, bug.affected.last) <= 0 || bug.fixedIn.length === 0) return 'affected';
  const newest = bug.fixedIn
    .map((f) => releaseLine(f.tag)!)
    .sort(compareLines)
    .at(-1)!;
  const endedBelow = compareLines(releaseLine(bug.affected.last)!, newest) <= 0;
  return endedBelow && compareLines(line, newest) > 0 ? 'fixed' : 'unknown';
}

/**
 * What a paste narrows Terway to when it names no version: the span a legacy event name was used in
 * (both ends included), or newer than a release after which a renamed event took its new name.
 */
export type VersionRange = { first: string; last: string } | { after: string };

const RANGE_RE = /^(v\d{1,4}\.\d{1,4}\.\d{1,4})\s?[–-]\s?(v\d{1,4}\.\d{1,4}\.\d{1,4})$/;

/** `v1.3.0–v1.17.1` (the catalog's alias spans; en dash or hyphen) → its ends; undefined for anything else. */
export function parseVersionRange(text: string): { first: string; last: string } | undefined {
  const m = RANGE_RE.exec(text.trim());
  return m && compareVersions(m[1]!, m[2]!) <= 0 ? { first: m[1]!, last: m[2]! } : undefined;
}

/**
 * A known bug judged on a range of versions: `fixed` when the whole range is newer than the last
 * release with the bug, `affected` when both ends have it and no fix lies between them (or, past a
 * release, when no release has fixed it), otherwise `unknown` (some versions have it, some do not).
 */
export function knownBugRangeVerdict(bug: KnownBugVersions, range: VersionRange): KnownBugVerdict {
  if ('after' in range) {
    if (compareVersions(range.after, bug.affected.last) >= 0) return 'fixed';
    return bug.fixedIn.length === 0 && compareVersions(range.after, bug.affected.first) >= 0 ? 'affected' : 'unknown';
  }
  const first = knownBugVerdict(bug, range.first);
  if (first === 'fixed' && compareVersions(range.first, bug.affected.last) > 0) return 'fixed';
  const fixBetween = bug.fixedIn.some(
    (f) => compareVersions(f.tag, range.first) > 0 && compareVersions(f.tag, range.last) <= 0,
  );
  return first === 'affected' && knownBugVerdict(bug, range.last) === 'affected' && !fixBetween
    ? 'affected'
    : 'unknown';
}

/**
 * The release that brings the fix to a version: the fixed tag of its own line when that is newer,
 * else the first fixed tag above it (on a newer line); undefined when no release has the fix yet.
 */
export function upgradeTarget(bug: KnownBugVersions, version: string | TerwayVersion): string | undefined {
  const v = asVersion(version);
  if (!v) return undefined;
  const own = bug.fixedIn.find((f) => releaseLine(f.tag) === releaseLine(v));
  if (own && compareVersions(own.tag, v) > 0) return own.tag;
  return bug.fixedIn
    .map((f) => f.tag)
    .filter((t) => compareVersions(t, v) > 0)
    .sort(compareVersions)[0];
}
