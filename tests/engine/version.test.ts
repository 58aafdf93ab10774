import { describe, it, expect } from 'vitest';
import type { KnownBugVersions } from '../../src/engine/catalog/types';
import {
  compareVersions,
  knownBugRangeVerdict,
  knownBugVerdict,
  parseTerwayVersion,
  parseVersionRange,
  releaseLine,
  upgradeTarget,
} from '../../src/engine/version';

/** A bug in releases first..last, fixed in each tag given; a pair is a fix and the last affected release of its line. */
function bugVersions(first: string, last: string, ...fixes: (string | [string, string])[]): KnownBugVersions {
  return {
    affected: { first, last },
    fixedIn: fixes.map((f) => (typeof f === 'string' ? { tag: f } : { tag: f[0], lastAffected: f[1] })),
  };
}

describe('parseTerwayVersion', () => {
  it.each([
    ['v1.17.5', { major: 1, minor: 17, patch: 5, build: 0, aliyun: false }],
    ['1.17.5', { major: 1, minor: 17, patch: 5, build: 0, aliyun: false }],
    ['v1.0.9.15-g3957085-aliyun', { major: 1, minor: 0, patch: 9, build: 15, commit: '3957085', aliyun: true }],
    ['v1.12.3-6d2a1b4-aliyun', { major: 1, minor: 12, patch: 3, build: 0, commit: '6d2a1b4', aliyun: true }],
    [
      'registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.8.14.1-a6f4b5c-aliyun',
      { major: 1, minor: 8, patch: 14, build: 1, commit: 'a6f4b5c', aliyun: true },
    ],
    [
      '  Image:  registry.cn-beijing.aliyuncs.com/acs/terway:v1.9.16@sha256:0f3a9c  ',
      { major: 1, minor: 9, patch: 16, build: 0, aliyun: false },
    ],
    ['v1.2.0-rc.1', { major: 1, minor: 2, patch: 0, build: 0, pre: 'rc.1', aliyun: false }],
    ['v1.2.1-policy', { major: 1, minor: 2, patch: 1, build: 0, pre: 'policy', aliyun: false }],
  ])('%s', (text, want) => {
    expect(parseTerwayVersion(text)).toEqual(want);
  });

  it.each(['', 'latest', 'v1.17', 'terway:main', 'v1.17.5 and more', '1.2.3.4.5'])('rejects %j', (text) => {
    expect(parseTerwayVersion(text)).toBeUndefined();
  });
});

describe('compareVersions', () => {
  it.each([
    ['v1.9.16', 'v1.10.0', -1],
    ['v1.10.0', 'v1.9.17', 1],
    ['v1.0.9.15-g3957085-aliyun', 'v1.0.10', -1],
    ['v1.0.9.15-g3957085-aliyun', 'v1.0.9', 1],
    ['v1.0.9.14-gabcdef0-aliyun', 'v1.0.9.15-g3957085-aliyun', -1],
    ['v1.12.3-6d2a1b4-aliyun', 'v1.12.3', 0],
    ['v1.2.0-rc.0', 'v1.2.0-rc.1', -1],
    ['v1.2.0-rc.1', 'v1.2.0', -1],
    ['v1.2.0-rc.10', 'v1.2.0-rc.9', 1],
    ['v1.2.1-policy', 'v1.2.1', -1],
    ['v1.17.5', 'v1.17.5', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
    expect(Math.sign(compareVersions(b, a))).toBe(-sign || 0);
  });

  it('refuses text that is not a version', () => {
    expect(() => compareVersions('v1.17.5', 'latest')).toThrow(/latest/);
  });
});

describe('releaseLine', () => {
  it.each([
    ['v1.9.16', '1.9'],
    ['v1.0.9.15-g3957085-aliyun', '1.0'],
    ['registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.8.14.1-a6f4b5c-aliyun', '1.8'],
    ['nonsense', undefined],
  ])('%s → %s', (v, line) => {
    expect(releaseLine(v)).toBe(line);
  });
});

describe('knownBugVerdict', () => {
  // fixed on main for v1.10.0 and backported to the 1.8 and 1.9 lines
  const backported = bugVersions('v1.5.7', 'v1.9.10', ['v1.8.18', 'v1.8.14'], ['v1.9.16', 'v1.9.10'], 'v1.10.0');
  it.each([
    ['v1.8.14', 'affected'],
    ['v1.8.14.1-a6f4b5c-aliyun', 'unknown'], // an ACK build between the last affected tag and the fix
    ['v1.8.18', 'fixed'],
    ['v1.9.10', 'affected'],
    ['v1.9.12-0123abc-aliyun', 'unknown'],
    ['v1.9.17', 'fixed'],
    ['v1.10.0', 'fixed'],
    ['v1.12.3-6d2a1b4-aliyun', 'fixed'], // a line that branched after the fix
    ['v1.7.2', 'affected'], // a line that never got the backport
    ['v1.6.4', 'affected'],
    ['v1.5.7', 'affected'],
    ['v1.5.6', 'unknown'], // older than the bug: the symptom is something else
    ['v1.0.9.15-g3957085-aliyun', 'unknown'],
    ['v1.9.17.2-0a1b2c3-aliyun', 'fixed'],
    ['not a version', 'unknown'],
  ])('%s → %s', (v, verdict) => {
    expect(knownBugVerdict(backported, v)).toBe(verdict);
  });

  it('a line whose first tag carries the fix: earlier builds on that line are unknown', () => {
    const bug = bugVersions('v1.1.0', 'v1.11.5', 'v1.12.1');
    expect(knownBugVerdict(bug, 'v1.12.1')).toBe('fixed');
    expect(knownBugVerdict(bug, 'v1.12.0-1a2b3c4-aliyun')).toBe('unknown');
    expect(knownBugVerdict(bug, 'v1.11.5')).toBe('affected');
    expect(knownBugVerdict(bug, 'v1.13.2')).toBe('fixed');
  });

  it('a fix only on one release line leaves the newer lines affected, and beyond them unknown', () => {
    const bug = bugVersions('v1.8.0', 'v1.17.5', ['v1.9.16', 'v1.9.10']);
    expect(knownBugVerdict(bug, 'v1.9.16')).toBe('fixed');
    expect(knownBugVerdict(bug, 'v1.12.1')).toBe('affected');
    expect(knownBugVerdict(bug, 'v1.8.99-1a2b3c4-aliyun')).toBe('affected');
    expect(knownBugVerdict(bug, 'v1.18.0')).toBe('unknown');
  });

  it('a build newer than the last public tag of a line that never got a fix is unknown', () => {
    const bug = bugVersions('v1.1.0', 'v1.9.17', 'v1.10.0');
    expect(knownBugVerdict(bug, 'v1.9.17')).toBe('affected');
    expect(knownBugVerdict(bug, 'v1.9.18.1-1a2b3c4-aliyun')).toBe('unknown');
    expect(knownBugVerdict(bug, 'v1.11.1')).toBe('fixed');
  });

  it('a bug with no fix yet is affected from its first version on', () => {
    const open = bugVersions('v1.11.5', 'v1.17.5');
    expect(knownBugVerdict(open, 'v1.17.5')).toBe('affected');
    expect(knownBugVerdict(open, 'v1.11.2')).toBe('unknown');
  });
});

describe('parseVersionRange', () => {
  it.each([
    ['v1.3.0–v1.17.1', { first: 'v1.3.0', last: 'v1.17.1' }],
    ['v1.16.1-v1.16.4', { first: 'v1.16.1', last: 'v1.16.4' }],
    ['v1.12.1+', undefined],
    ['sop', undefined],
    ['v1.17.1–v1.3.0', undefined],
  ])('%s', (text, want) => {
    expect(parseVersionRange(text)).toEqual(want);
  });
});

describe('knownBugRangeVerdict', () => {
  // stale-pods-inflate-eni-demand: on the 1.16 and 1.17 lines until v1.17.5
  const bug = bugVersions('v1.16.1', 'v1.17.2', ['v1.17.5', 'v1.17.2']);
  it.each([
    [{ first: 'v1.16.1', last: 'v1.16.4' }, 'affected'], // ENICreateFailed's span: every release has it
    [{ first: 'v1.3.0', last: 'v1.17.1' }, 'unknown'], // older releases predate it
    [{ first: 'v1.16.1', last: 'v1.17.5' }, 'unknown'], // the fix lies inside
    [{ after: 'v1.17.2' }, 'fixed'],
    [{ after: 'v1.17.1' }, 'unknown'],
  ])('%j → %s', (range, verdict) => {
    expect(knownBugRangeVerdict(bug, range)).toBe(verdict);
  });

  it('past a release, an unfixed bug that began before it stays affected', () => {
    const open = bugVersions('v1.11.5', 'v1.17.5');
    expect(knownBugRangeVerdict(open, { after: 'v1.17.1' })).toBe('affected');
    expect(knownBugRangeVerdict(open, { after: 'v1.9.0' })).toBe('unknown');
  });
});

describe('upgradeTarget', () => {
  const bug = bugVersions('v1.7.0', 'v1.13.2', ['v1.8.18', 'v1.8.14'], ['v1.13.4', 'v1.13.2'], 'v1.14.0');
  it.each([
    ['v1.8.14', 'v1.8.18'], // its own line's fix
    ['v1.7.2', 'v1.8.18'], // no fix on 1.7: the first fixed release above it
    ['v1.9.10', 'v1.13.4'],
    ['v1.13.2-1a2b3c4-aliyun', 'v1.13.4'],
    ['v1.14.0', undefined],
    ['latest', undefined],
  ])('%s → %s', (v, want) => {
    expect(upgradeTarget(bug, v)).toBe(want);
  });
});
