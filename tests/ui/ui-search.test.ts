// Reference search on the real catalog: pasted error lines (IDs, IPs, timestamps and all) and the
// SOP's spellings must find their entry first; every catalog example must find its own entry.
import { describe, it, expect } from 'vitest';
import { CatalogSearch, normaliseQuery } from '../../src/ui/reference/search';
import { TrigramFilter } from '../../src/ui/reference/trigram-filter';
import { loadCatalogFromDir } from '../../src/node/load-catalog';

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

  // The SOP's spellings are `sop` aliases (Terway never prints them). The bare alias finds its entry
  // by exact alias equality; a runbook-style sentence around it must still find that entry.
  it('every SOP-only alias finds an entry that carries it first', () => {
    const sopAliases = catalog.entries.flatMap((e) => e.aliases.filter((a) => a.versions === 'sop').map((a) => a.name));
    expect(sopAliases).toEqual(
      expect.arrayContaining([
        'failed to create controller',
        'failed to setup webhooks',
        'IPResInsufficient',
        'InvalidVSwitchID.IPNotEnough',
        'QuotaExceeded.PrivateIPAddress',
        'ErrEniPerInstanceLimitExceeded',
      ]),
    );
    for (const alias of sopAliases) {
      const first = top(alias)[0];
      expect(
        first?.aliases.map((a) => a.name),
        alias,
      ).toContain(alias);
    }
  });

  it.each([
    ['Controlplane log shows failed to create controller, check RBAC and the CRDs', ['cp-create-controller-failed'], 2],
    [
      'failed to setup webhooks after upgrade: certificate or webhook configuration problem',
      ['cp-webhook-cert-failed'],
      1,
    ],
    ['pods pending, the OpenAPI returned InvalidVSwitchID.IPNotEnough', ['openapi-vswitch-ip-not-enough'], 1],
    ['QuotaExceeded.PrivateIPAddress while assigning secondary IPs', ['openapi-quota-private-ip'], 1],
    [
      'InvalidVSwitchID.IPNotEnough/QuotaExceeded.PrivateIPAddress in the events',
      ['openapi-vswitch-ip-not-enough', 'openapi-quota-private-ip'],
      2,
    ],
    ['ErrEniPerInstanceLimitExceeded: the node cannot attach more ENIs', ['openapi-eni-per-instance-limit'], 1],
    ['SufficientIP is False with reason IPResInsufficient', ['condition-node-insufficient-ip'], 1],
  ] as const)('a runbook sentence with a SOP spelling finds its entry: %s', (query, ids, n) => {
    const got = top(query, n).map((e) => e.id);
    for (const id of ids) expect(got, JSON.stringify(got)).toContain(id);
  });

  it('lookalike lines from another component find the right entry first', () => {
    const first = (q: string) => top(q)[0]?.id;
    // an empty CNI result: Terway's plugin (containerd form) vs cilium-cni
    expect(
      first(
        'failed to setup network for sandbox "9f3e2d1c0b4a": plugin type="terway" name="terway" failed (add): unexpected end of JSON input',
      ),
    ).toBe('cni-result-json-eof');
    expect(
      first(
        'RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = plugin type="cilium-cni" failed (add): unexpected end of JSON input',
      ),
    ).toBe('foreign-cilium');
    // RBAC denial of the terway service account: felix (Calico log format) vs terwayd (klog)
    expect(
      first(
        '2024-03-01 10:00:05.456 [WARNING][52] felix/watchercache.go 194: Failed to perform list of current data during resync error=connection is unauthorized: pods is forbidden: User "system:serviceaccount:kube-system:terway" cannot list resource "pods" in API group "" at the cluster scope',
      ),
    ).toBe('policy-felix-forbidden');
    expect(
      first(
        'E0909 09:09:09.090909       1 reflector.go:147] failed to list *v1.Pod: pods is forbidden: User "system:serviceaccount:kube-system:terway" cannot list resource "pods" in API group "" at the cluster scope',
      ),
    ).toBe('daemon-rbac-forbidden');
    // the conflist: terwayd copying it (klog fatal) vs terway-cli writing or reading it back
    expect(
      first(
        'F0612 08:14:03.551203       1 main.go:73] open /etc/cni/net.d/10-terway.conflist: no such file or directory',
      ),
    ).toBe('daemon-cni-conflist-copy');
    expect(first('error: open /etc/cni/net.d/10-terway.conflist: no such file or directory')).toBe(
      'init-cni-config-failed',
    );
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

  // the fuzzy tier only ranks the entries sharing the most trigrams with the query: typos must
  // still leave the right entry among them
  it.each([
    ['cni plugin not initalized', 'cni-not-initialized'],
    ['exclusive eni mod changed', 'init-exclusive-eni-mode-changed'],
    ['vswitch ip not enuogh', 'openapi-vswitch-ip-not-enough'],
    ['AllocIPFaild', 'alloc-ip-failed'],
    ['trunk eni id not fond', 'cp-trunk-eni-not-found'],
    ['felix forbiden', 'policy-felix-forbidden'],
  ])('a typed query with a typo finds its entry first: %s', (query, id) => {
    expect(top(query)[0]?.id).toBe(id);
  });
});

describe('TrigramFilter', () => {
  const filter = new TrigramFilter(['alpha beta', 'gamma delta', 'alphabet soup', 'zeta'], (s) => [s]);
  it('keeps the items sharing the most trigrams, best first, and all items for a query without one', () => {
    expect(filter.candidates('alphabet', 2)).toEqual(['alphabet soup', 'alpha beta']);
    expect(filter.candidates('delta')).toEqual(['gamma delta']);
    expect(filter.candidates('xy')).toHaveLength(4);
    expect(filter.candidates('qqqq')).toEqual([]);
  });
});
