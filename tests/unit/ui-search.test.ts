// Reference search on the real catalog: pasted error lines (IDs, IPs, timestamps and all) and the
// SOP's spellings must find their entry first; every catalog example must find its own entry.
import { describe, it, expect } from 'vitest';
import { CatalogSearch, normaliseQuery } from '../../src/ui/reference/search';
import { loadCatalogFromDir } from '../../src/engine/catalog/load-node';

const catalog = loadCatalogFromDir();
const search = new CatalogSearch(catalog);
const top = (q: string, n = 1) =>
  search
    .search(q)
    .slice(0, n)
    .map((h) => h.entry);

describe('reference search', () => {
  it.each([
    [
      'E1125 02:11:05.901234  182733 pool.go:2124] Failed to create ENI type=Secondary vsw=vsw-bp1x9yvqk1zr5example: errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1x9yvqk1zr5example" has not enough IpAddress., requestID: 3B6D3C7A-0F1E-5C8B-9A2D-6E4F1B2C3D4E',
      'InvalidVSwitchId.IpNotEnough',
    ],
    ['task: eniOnlyerror: exclusive eni mode changed', 'exclusive eni mode changed'],
    [
      'Warning  CniPodCreateError  30s (x6 over 4m)  terway-controlplane/pod  PodCreateError: error get podNetworking trunk-net, elapsedTime: 12ms',
      'PodCreateFailed',
    ],
    // the controlplane error wraps the vSwitch cache's message: the report names it as root cause,
    // so the search must too
    [
      'Pod create error: can not found available vSwitch for zone cn-hangzhou-j, no available vSwitch for zone cn-hangzhou-j, vswList [], elapsedTime: 3.8ms',
      'can not found available vSwitch for zone %s',
    ],
  ])('a pasted line finds its entry first: %s', (query, signal) => {
    const [first] = top(query);
    expect(
      first,
      JSON.stringify(
        search
          .search(query)
          .slice(0, 3)
          .map((h) => h.entry.id),
      ),
    ).toBeDefined();
    expect([first!.signal, first!.reason]).toContain(signal);
  });

  it("finds entries by the SOP's misspellings", () => {
    expect(top('InvalidVSwitchID.IPNotEnough', 3).map((e) => e.signal)).toContain('InvalidVSwitchId.IpNotEnough');
    expect(top('CniPodCreateError', 1)[0]?.reason).toBe('PodCreateFailed');
  });

  it('strips IDs, IPs and klog headers from a query', () => {
    const q = normaliseQuery(
      'I1125 02:11:05.901234  182733 pool.go:12] eni-bp1abc12345 10.0.3.17 i-bp1d4kq2x8n0 attach failed',
    );
    expect(q).not.toMatch(/eni-bp1|10\.0\.3\.17|i-bp1|I1125/);
    expect(q).toContain('attach failed');
  });

  // an envelope (kubelet's sandbox message, the CNI's `failed to do add`) legitimately also hits the
  // inner errors it wraps, which rank first
  it('every catalog example finds its own entry among the first three hits (five for envelopes)', () => {
    const misses: string[] = [];
    for (const e of catalog.entries)
      for (const v of e.match)
        for (const ex of v.examples) {
          const ids = search
            .search(ex)
            .slice(0, v.envelope ? 5 : 3)
            .map((h) => h.entry.id);
          if (!ids.includes(e.id)) misses.push(`${e.id}/${v.id}: ${ex.slice(0, 80)} → ${ids.join(', ')}`);
        }
    expect(misses).toEqual([]);
  });
});
