// Terway versions as they appear in pastes and image references, ordered and mapped to a release
// line, and the verdict a known bug gets for one of them. Public tags look like `v1.17.5`,
// `v1.2.0-rc.1` or `v1.2.1-policy`; ACK's own builds add a fourth number, the commit and `-aliyun`
// (`v1.0.9.15-g3957085-aliyun`, `v1.12.3-6d2a1b4-aliyun`), often inside an image reference
// (`registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.8.14.1-a6f4b5c-aliyun`).
// Pure: no DOM, no Node.
import type { KnownBugVersions } from './catalog/types.ts';

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
