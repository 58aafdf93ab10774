// "What does upgrading from vX fix?" on the real known-bug list.
import { describe, it, expect } from 'vitest';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { bugsAtVersion } from '../../src/ui/reference/bugs-by-version';

const bugs = loadCatalogFromDir().knownBugs;
const ids = (list: { bug: { id: string } }[]) => list.map((f) => f.bug.id);

describe('bugsAtVersion', () => {
  it('lists the bugs a version has, each with the release that fixes it, the soonest first', () => {
    const at = bugsAtVersion(bugs, 'v1.12.1')!;
    expect(ids(at.affected)).toContain('trunk-eni-not-counted-in-eni-slots');
    expect(ids(at.affected)).not.toContain('quota-private-ip-not-treated-as-exhaustion'); // fixed in v1.12.1
    const trunk = at.affected.find((f) => f.bug.id === 'trunk-eni-not-counted-in-eni-slots')!;
    expect(trunk).toMatchObject({ upgradeTo: 'v1.13.4', ownLine: false });
    const targets = at.affected.flatMap((f) => (f.upgradeTo ? [f.upgradeTo] : []));
    expect(targets).toEqual([...targets].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('a fix on the version’s own line is said to be on it', () => {
    const at = bugsAtVersion(bugs, 'v1.8.14')!;
    expect(at.affected.find((f) => f.bug.id === 'cached-ips-exceed-pool-cap')).toMatchObject({
      upgradeTo: 'v1.8.18',
      ownLine: true,
    });
  });

  it('an ACK build between a line’s last affected tag and its fix may or may not have the bug', () => {
    const at = bugsAtVersion(bugs, 'registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.8.14.1-a6f4b5c-aliyun')!;
    expect(at.version).toBe('v1.8.14.1-a6f4b5c-aliyun');
    expect(at.unsure.map((b) => b.id)).toContain('cached-ips-exceed-pool-cap');
    expect(ids(at.affected)).not.toContain('cached-ips-exceed-pool-cap');
  });

  it('with a target: what the upgrade fixes and what it keeps', () => {
    const at = bugsAtVersion(bugs, '1.16.5', 'v1.17.1')!;
    expect(at.version).toBe('v1.16.5');
    expect(ids(at.target!.fixed)).toContain('exclusive-eni-renamed-while-up');
    expect(ids(at.target!.remaining)).toContain('stale-pods-inflate-eni-demand'); // fixed only in v1.17.5
  });

  it('refuses text that is no version', () => {
    expect(bugsAtVersion(bugs, 'latest')).toBeUndefined();
    expect(bugsAtVersion(bugs, 'v1.12.1', 'newest')).toBeUndefined();
    expect(bugsAtVersion(bugs, 'v1.12.1', '  ')?.target).toBeUndefined();
  });
});
