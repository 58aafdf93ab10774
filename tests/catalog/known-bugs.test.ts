// catalog/known-bugs.yaml: the compiled section, its tags against the inventory's tag list, the
// per-line consistency the verdict relies on, and the compiler's checks on broken input.
import { describe, it, expect } from 'vitest';
import { stringify } from 'yaml';
import { compileCatalog, type CatalogFile } from '../../src/engine/catalog/compile';
import { engineCatalog } from '../../src/engine/catalog/engine-catalog';
import { loadCatalogFromDir, readCatalogFiles } from '../../src/node/load-catalog';
import type { KnownBug } from '../../src/engine/catalog/types';
import { compareVersions, knownBugVerdict, releaseLine } from '../../src/engine/version';
import { problemsOf } from './compile-problems';
import { inventory } from './inventory';

const catalog = loadCatalogFromDir();
const bugs = catalog.knownBugs;
const matched = bugs.filter((b) => !b.referenceOnly);
const releases = inventory.tags.filter((t) => /^v\d+\.\d+\.\d+$/.test(t));

describe('known bugs: the compiled section', () => {
  it('is its own section, not entries', () => {
    expect(bugs.length).toBeGreaterThanOrEqual(35);
    expect(catalog.entries.some((e) => e.id === bugs[0]!.id)).toBe(false);
    expect(readCatalogFiles().some((f) => f.path === 'catalog/known-bugs.yaml')).toBe(true);
  });

  it('has at least 25 bugs with a distinct pasteable symptom', () => {
    expect(matched.length).toBeGreaterThanOrEqual(25);
    const keys = matched.map((b) => `${b.symptom} ${b.pattern ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const b of matched) expect(b.examples.length, b.id).toBeGreaterThan(0);
  });

  it('grounds every bug in the source: commits, pull requests and the place of the fix', () => {
    for (const b of bugs) {
      expect(b.fix.commits.length, b.id).toBeGreaterThan(0);
      expect(b.fix.prs.length, b.id).toBeGreaterThan(0);
      for (const s of b.fix.source) {
        const ref = s.slice(s.lastIndexOf('@') + 1);
        if (/^v/.test(ref)) expect(inventory.tags, `${b.id}: ${s}`).toContain(ref);
        else expect(ref, `${b.id}: ${s}`).toMatch(/^[0-9a-f]{8}$/);
      }
    }
  });

  it('gives the worker only what judging a version needs', () => {
    const slim = engineCatalog(catalog).knownBugs;
    expect(slim.map((b) => b.id)).toEqual(matched.map((b) => b.id));
    for (const b of slim) {
      const full = matched.find((m) => m.id === b.id)!;
      expect(b).toMatchObject({ symptom: full.symptom, affected: full.affected, fixedIn: full.fixedIn });
      expect(b.pattern).toBe(full.pattern);
      expect([b.problem, b.workaround, b.examples.length, b.fix.source.length]).toEqual(['', '', 0, 0]);
    }
  });
});

describe('known bugs: a pattern is as narrow as the bug', () => {
  // a bug's pattern is matched on its symptom entry's evidence lines; where the entry also covers a code path
  // the bug never had, that path's lines must not match (else every such paste says "may be known bug")
  it.each([
    [
      'trunk-pod-vswitch-not-blocked-after-ip-not-enough',
      '  Warning  CniCreateENIError  2m (x9 over 15m)  terway-controlplane  CniCreateENIError: errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1a2s3d4f5g6h7j8k9l0" has not enough IpAddress.',
      // centralized IPAM's pool (multi-ip-node, v1.14 on), after the v1.10.0 fix
      '  Warning  CreateENIFailed  2m (x14 over 31m)    terway-controlplane/multi-ip-node  Failed to create ENI type=Secondary vsw=vsw-bp1x9yvqk1zr5example: errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1x9yvqk1zr5example" has not enough IpAddress.',
    ],
  ])('%s', (id, bugLine, otherPath) => {
    const bug = bugs.find((b) => b.id === id)!;
    const re = new RegExp(bug.pattern!, bug.flags ?? '');
    expect(re.test(bugLine)).toBe(true);
    expect(re.test(otherPath)).toBe(false);
  });
});

describe('known bugs: versions against the inventory tag list', () => {
  const named = (b: KnownBug): string[] => [
    b.affected.first,
    b.affected.last,
    ...b.fixedIn.flatMap((f) => (f.lastAffected ? [f.tag, f.lastAffected] : [f.tag])),
  ];

  it('names only tags the inventory lists, and only releases', () => {
    for (const b of bugs) for (const t of named(b)) expect(releases, `${b.id}: ${t}`).toContain(t);
  });

  it('a line lists the release right before its fix as its last affected tag', () => {
    for (const b of bugs)
      for (const f of b.fixedIn) {
        const line = releases.filter((t) => releaseLine(t) === releaseLine(f.tag));
        const before = line.filter((t) => compareVersions(t, f.tag) < 0).at(-1);
        if (before && compareVersions(before, b.affected.first) >= 0)
          expect(f.lastAffected, `${b.id} ${f.tag}`).toBe(before);
        else expect(f.lastAffected, `${b.id} ${f.tag}`).toBeUndefined();
      }
  });

  it('judges every release from the first affected one on, and the range ends where the data says', () => {
    for (const b of bugs) {
      const verdicts = releases.map((t) => ({ t, v: knownBugVerdict(b, t) }));
      const affected = verdicts.filter((x) => x.v === 'affected').map((x) => x.t);
      expect(affected[0], b.id).toBe(b.affected.first);
      expect(affected.at(-1), b.id).toBe(b.affected.last);
      const undecided = verdicts.filter((x) => compareVersions(x.t, b.affected.first) >= 0 && x.v === 'unknown');
      expect(undecided, b.id).toEqual([]);
      for (const f of b.fixedIn) expect(knownBugVerdict(b, f.tag), `${b.id} ${f.tag}`).toBe('fixed');
    }
  });

  it('the consistency checks can fail', () => {
    const real = matched.find((b) => b.fixedIn.some((f) => f.lastAffected))!;
    const shifted: KnownBug = { ...real, affected: { ...real.affected, last: real.affected.first } };
    const verdicts = releases.map((t) => knownBugVerdict(shifted, t));
    expect(releases.filter((_, i) => verdicts[i] === 'affected').at(-1)).not.toBe(shifted.affected.last);
    expect(releases).not.toContain('v1.9.99');
  });
});

describe('known bugs: the compiler rejects broken input', () => {
  const entries = readCatalogFiles().filter((f) => f.path !== 'catalog/known-bugs.yaml');
  const good = {
    id: 'sample-bug',
    title: 'A sample bug',
    symptom: 'openapi-quota-private-ip',
    problem: 'What went wrong, in enough words to pass the prose length check of the compiler.',
    workaround: 'What to do about it, in enough words to pass the prose length check as well.',
    fix: { commits: ['2e90d624'], prs: [720], source: ['pkg/aliyun/client/errors/errors.go:20@v1.12.1'] },
    affected: { first: 'v1.1.0', last: 'v1.11.5' },
    fixedIn: [{ tag: 'v1.12.1' }],
    examples: ['errCode: QuotaExceeded.PrivateIpAddress, msg: quota, requestID: 6F0E1D2C-3B4A-5968-8776-A5B4C3D2E1F0'],
  };
  const files = (bug: Record<string, unknown>): CatalogFile[] => [
    ...entries,
    { path: 'catalog/known-bugs.yaml', text: stringify([bug]) },
  ];
  const compile = (bug: Record<string, unknown>): KnownBug[] => compileCatalog(files(bug)).knownBugs;
  const problems = (bug: Record<string, unknown>): string[] => problemsOf(files(bug));

  it('accepts a well-formed bug', () => {
    expect(compile(good)[0]).toMatchObject({ id: 'sample-bug', symptom: 'openapi-quota-private-ip' });
  });

  it.each([
    [{ symptom: 'no-such-entry' }, /symptom: unknown entry id "no-such-entry"/],
    [{ symptom: undefined }, /symptom: required/],
    [{ pattern: '(?:a+)+QuotaExceeded', literals: ['QuotaExceeded'] }, /contain a quantifier \(ReDoS risk\)/],
    [{ pattern: 'QuotaExceeded|other', literals: ['QuotaExceeded'] }, /not every match of the pattern is guaranteed/],
    [
      {
        pattern: 'QuotaExceeded\\.PrivateIpAddress',
        literals: ['QuotaExceeded'],
        examples: ['QuotaExceeded.PrivateIpAddresses are fine'],
      },
      /not recognised by openapi-quota-private-ip/,
    ],
    [{ pattern: 'IpNotEnough', literals: ['IpNotEnough'] }, /does not match the bug's pattern/],
    [{ affected: { first: 'v1.12.1', last: 'v1.1.0' } }, /first v1\.12\.1 is after last v1\.1\.0/],
    [{ affected: { first: 'v1.1.0-rc.0', last: 'v1.11.5' } }, /public release tags/],
    [{ fixedIn: [{ tag: 'v1.12.1', lastAffected: 'v1.11.5' }] }, /must be an earlier tag of line 1\.12/],
    [{ fixedIn: [{ tag: 'v1.12.1' }, { tag: 'v1.12.3' }] }, /a second fix on release line 1\.12/],
    [{ fix: { commits: ['2e90d62'], prs: [720], source: ['errors.go'] } }, /fix\.commits[\s\S]*fix\.source/],
    [{ problem: 'too short' }, /problem: too short/],
    [
      { referenceOnly: true, symptom: undefined, pattern: 'x{1,2}abcd', literals: ['abcd'] },
      /pattern: only with a symptom/,
    ],
  ])('%j', (change, message) => {
    const found = problems({ ...good, ...change });
    expect(found.join('\n')).toMatch(message);
    for (const p of found) expect(p).toMatch(/^catalog\/known-bugs\.yaml › sample-bug › /);
  });

  it('an empty or missing file is an empty section', () => {
    expect(compileCatalog(entries).knownBugs).toEqual([]);
    expect(compileCatalog([...entries, { path: 'catalog/known-bugs.yaml', text: '' }]).knownBugs).toEqual([]);
  });
});
