// Known bugs through the whole engine and the JSON contract: the same symptom judged on the version
// the paste shows (an image tag, an ACK build, a banner, an event name's span, none at all), the
// bug's narrower pattern, and daemon and controlplane versions that disagree. The worker's slim
// catalog must judge exactly alike.
import { describe, it, expect } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { toJsonContract, type JsonReport } from '../../src/engine/report-json';
import { useRepoCatalog } from './repo-catalog';

const repo = useRepoCatalog();

async function triage(lines: string[], which: 'whole' | 'slim'): Promise<JsonReport> {
  return toJsonContract(await analyze([{ name: 'paste.txt', text: lines.join('\n') }], repo[which]));
}

const image = (tag: string) => `    Image:          registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:${tag}`;
const terwayPod = (tag: string) => [
  '$ kubectl describe pod terway-eniip-7x2kq -n kube-system',
  'Name:         terway-eniip-7x2kq',
  'Namespace:    kube-system',
  'Containers:',
  '  terway:',
  image(tag),
];
/** `kubectl get events -n shop`, these rows under its header */
const shopEvents = (...rows: string[]) => [
  '$ kubectl get events -n shop',
  'LAST SEEN   TYPE      REASON              OBJECT          MESSAGE',
  ...rows,
];
// IpNotEnough on a pod's ENI, under the pre-v1.17.2 reason
const ipNotEnough = shopEvents(
  '2m          Warning   CniCreateENIError   pod/web-1       CniCreateENIError: create eni with openAPI err, errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1d4t4t4t4example" has not enough IpAddress., requestID: 718293A4-B5C6-4D7E-F809-1A2B3C4D5E6F, elapsedTime: 1.8s',
);
const quota = [
  '$ kubectl events -n shop --for pod/web-7d9c6b5f4-x2lqp',
  'LAST SEEN            TYPE      REASON                   OBJECT                    MESSAGE',
  '47s (x9 over 6m1s)   Warning   AllocIPFailed            Pod/web-7d9c6b5f4-x2lqp   cmdAdd: error alloc ip rpc error: code = Unknown desc = error allocate ip from eni: errCode: QuotaExceeded.PrivateIpAddress, msg: The number of private IP addresses of the ENI exceeds the quota., requestID: 8A7B6C5D-4E3F-2A1B-0C9D-8E7F6A5B4C3D',
];
const VSWITCH_BUG = 'trunk-pod-vswitch-not-blocked-after-ip-not-enough';
const QUOTA_BUG = 'quota-private-ip-not-treated-as-exhaustion';
const ASK = "kubectl get ds -n kube-system terway-eniip -o jsonpath='{..image}'";

const bug = (r: JsonReport, id: string) => r.knownBugs.find((b) => b.id === id);

describe.each(['whole', 'slim'] as const)('known bugs (%s catalog)', (which) => {
  it('an ACK build on a line without the fix has the bug: upgrade to the first fixed release', async () => {
    const r = await triage([...terwayPod('v1.9.10-3f2a1b7-aliyun'), ...ipNotEnough], which);
    expect(r.terwayVersion).toEqual({ value: 'v1.9.10-3f2a1b7-aliyun', line: 6, component: 'daemon', source: 'image' });
    expect(bug(r, VSWITCH_BUG)).toMatchObject({
      findingId: 'create-eni-failed',
      verdict: 'affected',
      affected: { first: 'v1.1.0', last: 'v1.9.17' },
      fixedIn: ['v1.10.0'],
      upgradeTo: 'v1.10.0',
      version: { value: 'v1.9.10-3f2a1b7-aliyun', line: 6 },
    });
    expect(bug(r, VSWITCH_BUG)!.summary).toContain('upgrade to v1.10.0');
    // the root is the full vSwitch; the known bug in what it explains is worth the summary
    expect(r.verdict.rootCause).toBe('openapi-vswitch-ip-not-enough');
    expect(r.verdict.summary).toContain('Matches known bug');
    expect(r.pasteNext.map((p) => p.command)).not.toContain(ASK);
  });

  it('a version with the fix rules the lookalike out', async () => {
    const r = await triage([...terwayPod('v1.17.5'), ...ipNotEnough], which);
    expect(bug(r, VSWITCH_BUG)).toMatchObject({ verdict: 'fixed', version: { value: 'v1.17.5' } });
    expect(bug(r, VSWITCH_BUG)).not.toHaveProperty('upgradeTo');
    expect(bug(r, VSWITCH_BUG)!.summary).toContain('not that bug');
    // a ruled-out lookalike on a consequence is not worth the summary
    expect(r.verdict.summary).not.toContain('known bug');
  });

  it('without a version, the root cause’s own bug asks for it', async () => {
    const r = await triage(quota, which);
    expect(r.verdict.rootCause).toBe('openapi-quota-private-ip');
    expect(r).not.toHaveProperty('terwayVersion');
    expect(bug(r, QUOTA_BUG)).toMatchObject({ findingId: 'openapi-quota-private-ip', verdict: 'unknown' });
    expect(bug(r, QUOTA_BUG)).not.toHaveProperty('version');
    expect(r.verdict.summary).toContain(ASK);
    expect(r.pasteNext.map((p) => p.command)).toContain(ASK);
  });

  it('the root cause’s own bug, judged on each version', async () => {
    const at = async (tag: string) => bug(await triage([...terwayPod(tag), ...quota], which), QUOTA_BUG)!;
    expect((await at('v1.11.5')).verdict).toBe('affected');
    expect((await at('v1.12.1')).verdict).toBe('fixed');
    // the fix opened line 1.12: an ACK build before it may or may not carry it
    const build = await at('v1.12.0.3-1a2b3c4-aliyun');
    expect(build).toMatchObject({ verdict: 'unknown', upgradeTo: 'v1.12.1' });
    expect(build.summary).toContain('whether it carries the fix is not known');
  });

  it('a version older than the bug is not that bug', async () => {
    const r = await triage(
      [
        ...terwayPod('v1.7.2'),
        'E0702 08:00:12.447120    1 ecs.go:63] "failed" err="errCode: IdempotentFailed, msg: Request uses a client token in a previous request but is not identical to that request., requestID: 6A7B8C9D-0E1F-4A2B-9C3D-4E5F6A7B8C9D"',
      ],
      which,
    );
    const b = bug(r, 'idempotent-failed-not-recognised')!;
    expect(b.verdict).toBe('unknown');
    expect(b.summary).toContain('came with v1.8.4');
    expect(b).not.toHaveProperty('upgradeTo');
  });

  it('a finding that does not show the bug’s narrower pattern has no known bug', async () => {
    const throttled = shopEvents(
      '2m          Warning   CniCreateENIError   pod/web-1       CniCreateENIError: create eni with openAPI err, errCode: Throttling.User, msg: Request was denied due to user flow control., requestID: 718293A4-B5C6-4D7E-F809-1A2B3C4D5E6F',
    );
    const r = await triage([...terwayPod('v1.9.10'), ...throttled], which);
    expect(r.findings.some((f) => f.id === 'create-eni-failed')).toBe(true);
    expect(r.knownBugs).toEqual([]);
  });

  it('reads the pattern in the message of a YAML event, whose first line is not its message', async () => {
    const r = await triage(
      [
        ...terwayPod('v1.9.10'),
        '$ kubectl get events -n shop -o yaml',
        'apiVersion: v1',
        'items:',
        '- apiVersion: v1',
        '  count: 3',
        '  involvedObject:',
        '    kind: Pod',
        '    name: web-1',
        '    namespace: shop',
        '  kind: Event',
        '  message: "CniCreateENIError: create eni with openAPI err, errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch \\"vsw-bp1d4t4t4t4example\\" has not enough IpAddress., requestID: 718293A4-B5C6-4D7E-F809-1A2B3C4D5E6F"',
        '  metadata:',
        '    name: web-1.17f0a1b2c3d4e5f6',
        '    namespace: shop',
        '  reason: CniCreateENIError',
        '  source:',
        '    component: terway-controlplane',
        '  type: Warning',
        'kind: List',
      ],
      which,
    );
    expect(r.findings.find((f) => f.id === 'create-eni-failed')?.evidence[0]?.text).not.toContain('IpNotEnough');
    expect(bug(r, VSWITCH_BUG)?.verdict).toBe('affected');
  });

  it('an event name only some releases use narrows the version to their span', async () => {
    const r = await triage(
      [
        '$ kubectl describe nodes.network.alibabacloud.com cn-beijing.10.0.8.21',
        'Name:         cn-beijing.10.0.8.21',
        'Events:',
        '  Type     Reason           Age                From                               Message',
        '  ----     ------           ----               ----                               -------',
        '  Warning  ENICreateFailed  2m (x7 over 20m)   terway-controlplane/multi-ip-node  Failed to create ENI type=Secondary vsw=vsw-2ze4x7yq0v9h3l1c8m6ab: errCode: EniPerInstanceLimitExceeded, msg: The maximum number of ENIs per instance has been exceeded., requestID: 2D3C4B5A-6978-4A1B-9C0D-E1F2A3B4C5D6',
      ],
      which,
    );
    expect(r.terwayVersion).toMatchObject({
      value: 'v1.16.1–v1.16.4',
      source: 'event-name',
      range: { first: 'v1.16.1', last: 'v1.16.4' },
    });
    expect(r.context).not.toHaveProperty('terwayVersion');
    // every release of the span has the stale-pod bug, none has the older trunk-slot one
    expect(bug(r, 'stale-pods-inflate-eni-demand')).toMatchObject({ verdict: 'affected', upgradeTo: 'v1.17.5' });
    expect(bug(r, 'trunk-eni-not-counted-in-eni-slots')?.verdict).toBe('fixed');
  });

  it('a renamed reason means a release after the rename', async () => {
    const r = await triage(
      [
        '$ kubectl get events -n shop',
        'LAST SEEN   TYPE      REASON            OBJECT      MESSAGE',
        "1m          Warning   PodCreateFailed   pod/web-1   Pod create error: error parse config, invalid character '}' looking for beginning of object key string",
      ],
      which,
    );
    expect(r.terwayVersion).toMatchObject({ value: '> v1.17.1', range: { after: 'v1.17.1' } });
    expect(bug(r, 'fixed-ip-eni-not-reused-on-parse-error')?.verdict).toBe('fixed');
  });

  it('daemon and controlplane of different releases: both versions, and a finding of its own', async () => {
    const r = await triage(
      [
        ...terwayPod('v1.16.5'),
        'I0708 10:00:02.000001       1 terway-controlplane.go:113] "terway-controlplane/v1.17.5 (linux/amd64) 23a85fc3aa6bb2a0c1f0e0a5c2a1d3e4f5a6b7c8 2026-07-08T02:11:40Z" logger="setup"',
      ],
      which,
    );
    expect(r.terwayVersion).toMatchObject({ value: 'v1.16.5', component: 'daemon' });
    expect(r.controlplaneVersion).toEqual({ value: 'v1.17.5', line: 7, component: 'controlplane', source: 'banner' });
    const f = r.findings.find((x) => x.id === 'terway-version-mismatch')!;
    expect(f).toMatchObject({
      category: 'configuration',
      severity: 'warning',
      captures: { daemon: 'v1.16.5', controlplane: 'v1.17.5' },
    });
    expect(f.evidence.map((e) => e.line)).toEqual([6, 7]);
    expect(r.verdict.summary).toContain('terway-controlplane v1.17.5');
  });

  it('the same release with another ACK build is no mismatch', async () => {
    const r = await triage(
      [
        ...terwayPod('v1.17.5-1a2b3c4-aliyun'),
        '    Image:  registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway-controlplane:v1.17.5',
      ],
      which,
    );
    expect(r).not.toHaveProperty('controlplaneVersion');
    expect(r.findings.map((f) => f.id)).not.toContain('terway-version-mismatch');
  });
});
