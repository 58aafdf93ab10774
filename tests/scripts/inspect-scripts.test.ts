// The three inspect scripts, run for real with bash against a stub kubectl that replays recorded ACK objects.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  documentedKeys,
  FIXTURES,
  GOOD_RUNS,
  parseInspect,
  ROOT,
  runScript,
  SCRIPTS_DIR,
  type Run,
  type ScriptName,
} from './harness';

const SCRIPTS: ScriptName[] = ['cluster', 'node', 'pod'];
const ARGS: Record<ScriptName, string[]> = {
  cluster: [],
  node: ['cn-hangzhou.10.0.1.23'],
  pod: ['default', 'trunk-app-7d9f8c6b5-x2x4k'],
};

const cache = new Map<string, Run>();
function run(script: ScriptName, args: string[], scenario = 'centralized'): Run {
  const key = JSON.stringify([script, args, scenario]);
  let r = cache.get(key);
  if (!r) {
    r = runScript(script, args, { scenario });
    cache.set(key, r);
  }
  return r;
}

function ok(script: ScriptName, args: string[], scenario = 'centralized'): Record<string, string> {
  const r = run(script, args, scenario);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return parseInspect(r.stdout).values;
}

/** A failed run: exit code, nothing on stdout, exactly one line on stderr naming the script. */
function failed(r: Run, status: number): string {
  expect(r.status).toBe(status);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^inspect-terway-(cluster|node|pod)\.sh: /);
  return lines[0]!;
}

interface ValuesRun {
  title: string;
  args: string[];
  scenario?: string;
  /** key: value lines the output holds, among others */
  values: Record<string, string>;
}

/** A test per run of `script` that succeeds and prints these values. */
function outputHolds(script: ScriptName, runs: ValuesRun[]): void {
  it.each(runs.map((run) => [run.title, run] as const))('%s', (_, { args, scenario, values }) => {
    expect(ok(script, args, scenario)).toEqual(expect.objectContaining(values));
  });
}

// every access_key / access_secret / credential_path value recorded in any fixture
function fixtureSecrets(): string[] {
  const found = new Set<string>();
  for (const scenario of readdirSync(FIXTURES)) {
    for (const file of readdirSync(join(FIXTURES, scenario))) {
      const text = readFileSync(join(FIXTURES, scenario, file), 'utf8');
      for (const m of text.matchAll(/\\"(?:access_key|access_secret|credential_path)\\":\s*\\"([^"\\]+)\\"/g))
        found.add(m[1]!);
    }
  }
  return [...found];
}

describe('output contract', () => {
  it.each(GOOD_RUNS)(
    '$script $args ($scenario): header, sections, key: value lines, footer',
    ({ script, args, scenario }) => {
      const r = run(script, args, scenario);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const out = parseInspect(r.stdout);
      expect(out.script).toBe(script);
      expect(out.version).toBe('1.0.0');
      expect(r.stdout.split('\n')[0]).toBe(`# terway-triage inspect-terway-${script}.sh v1.0.0`);
      expect(r.stdout.endsWith(`# end inspect-terway-${script}.sh\n`)).toBe(true);
      // a line per check, present or not: the same keys, in the documented order, in every scenario
      expect(out.keys).toEqual(documentedKeys(script));
    },
  );

  it.each(GOOD_RUNS)(
    '$script $args ($scenario): read-only, one kubectl get per object',
    ({ script, args, scenario }) => {
      const r = run(script, args, scenario);
      expect(r.calls.length).toBeGreaterThan(0);
      for (const c of r.calls) {
        expect(c.argv[0]).toBe('get');
        expect(c.argv.some((a) => a.startsWith('go-template='))).toBe(true);
      }
      // each object is fetched once: its fields come from one rendered template
      const objects = r.calls.map((c) => c.argv.filter((a) => !a.startsWith('go-template=')).join(' '));
      expect(new Set(objects).size).toBe(objects.length);
    },
  );

  it('never prints a credential value, in any scenario', () => {
    const secrets = fixtureSecrets();
    expect(secrets).toEqual(
      expect.arrayContaining([
        'LTAI5tQ9xKm3RwZ7hYpN2cVd',
        'k8Rz2Wq7Xp4Lm9Nb3Vc6Tf1Hy5Jd0S',
        'nodeLevelSecret7Qw2Er4Ty6Ui8Op',
        '/var/addon/token-config',
        'brokenSecret3Kd8Lq1Zm6Xn4Vb7',
      ]),
    );
    for (const { script, args, scenario } of GOOD_RUNS) {
      const r = run(script, args, scenario);
      for (const s of secrets) {
        expect(r.stdout, `${script} ${scenario} leaks ${s}`).not.toContain(s);
        expect(r.stderr).not.toContain(s);
      }
    }
  });

  it('keeps the shared helper blocks identical in the three scripts', () => {
    const block = (script: string, name: string): string => {
      const text = readFileSync(join(SCRIPTS_DIR, `inspect-terway-${script}.sh`), 'utf8');
      const m = new RegExp(`# --- ${name}: begin[^\\n]*\\n([\\s\\S]*?)# --- ${name}: end ---`).exec(text);
      expect(m, `${script} has the ${name} block`).not.toBeNull();
      return m![1]!;
    };
    const common = block('cluster', 'common helpers');
    expect(block('node', 'common helpers')).toBe(common);
    expect(block('pod', 'common helpers')).toBe(common);
    expect(block('node', 'json helpers')).toBe(block('cluster', 'json helpers'));
  });
});

describe('inspect-terway-cluster.sh', () => {
  outputHolds('cluster', [
    {
      title: 'centralized IPAM: crd, trunking on, controlplane and CRDs present, secrets masked',
      args: [],
      values: {
        'terway.daemonset': 'terway-eniip',
        'terway.daemonsets_found': 'terway-eniip',
        'terway.image': 'registry-cn-hangzhou-vpc.ack.aliyuncs.com/acs/terway:v1.16.7',
        'terway.version': 'v1.16.7',
        'terway.daemonset_ready': '2/2',
        'terway.controlplane': 'present',
        'terway.controlplane_version': 'v1.16.7',
        'terway.controlplane_ready': '1/2',
        'cluster.profile': 'present',
        'cluster.service_cidr': '192.168.0.0/16',
        'cluster.ip_stack': 'ipv4',
        'cluster.vpc_id': 'vpc-bp1qpo0kug3a20qqe5zq1',
        'cluster.kube_proxy_mode': 'ipvs',
        'cluster.cluster_cidr': 'not set',
        'eni-config.exists': 'present',
        'eni-config.eni_conf': 'valid',
        'eni-config.ipam_type': 'crd',
        'eni-config.ipam_mode': 'centralized',
        'eni-config.enable_eni_trunking': 'true',
        'eni-config.enable_erdma': 'false',
        'eni-config.enable_ip_prefix': 'not set',
        'eni-config.vswitch_selection_policy': 'ordered',
        'eni-config.max_pool_size': '5',
        'eni-config.min_pool_size': '0',
        'eni-config.ip_stack': 'ipv4',
        'eni-config.vswitches':
          '{"cn-hangzhou-i":["vsw-bp1ugk5v3x8yq2n9d0a1e"],"cn-hangzhou-j":["vsw-bp16r3kq8m2x7c1w9z4tf","vsw-bp1n0c4d7x2k9q5m3w8ya"]}',
        'eni-config.security_groups': '["sg-bp1cxq4x9h1j8tvwq2n7"]',
        'eni-config.security_group': 'not set',
        'eni-config.access_key': '****** (masked)',
        'eni-config.access_secret': '****** (masked)',
        'eni-config.credential_path': '****** (masked)',
        'eni-config.disable_network_policy': 'false',
        'eni-config.network_policy_provider': 'ebpf',
        'eni-config.eniip_virtual_type': 'datapathv2',
        'crds.podenis.network.alibabacloud.com': 'present',
        'crds.nodes.network.alibabacloud.com': 'present',
        'crds.podnetworkings.network.alibabacloud.com': 'present',
        'crds.networkinterfaces.network.alibabacloud.com': 'present',
        'crds.noderuntimes.network.alibabacloud.com': 'present',
      },
    },
    {
      title: 'node-local IPAM (ipam_type default): no controlplane, empty keys "not set", only some CRDs',
      args: [],
      scenario: 'node-local',
      values: {
        // the policy container is listed first; the version still comes from the terway container
        'terway.version': 'v1.9.10',
        'terway.daemonset_ready': '2/3',
        'terway.controlplane': 'not found',
        'terway.controlplane_version': 'not found',
        'cluster.kube_proxy_mode': 'iptables',
        'cluster.cluster_cidr': '172.20.0.0/16',
        'cluster.service_cidr': '172.21.0.0/20',
        'eni-config.ipam_type': 'default',
        'eni-config.ipam_mode': 'node-local',
        'eni-config.max_pool_size': '25',
        'eni-config.min_pool_size': '10',
        'eni-config.security_group': 'sg-2ze6w9v3x7k1m5q8n2r4',
        'eni-config.enable_eni_trunking': 'not set',
        'eni-config.access_key': 'not set',
        'eni-config.access_secret': 'not set',
        'eni-config.credential_path': '****** (masked)',
        'eni-config.disable_network_policy': 'true',
        'eni-config.in_cluster_loadbalance': 'not set',
        'eni-config.eniip_virtual_type': 'IPVlan',
        'eni-config.network_policy_provider': 'not set',
        'crds.podenis.network.alibabacloud.com': 'present',
        'crds.nodes.network.alibabacloud.com': 'not found',
      },
    },
    {
      title: 'falls back to the terway-eni DaemonSet; absent ConfigMaps read "not found"; no ipam_type is node-local',
      args: [],
      scenario: 'legacy-eni',
      values: {
        'terway.daemonset': 'terway-eni',
        'terway.daemonsets_found': 'terway-eni',
        'terway.version': 'v1.0.10.333-gfd2b7b8-aliyun',
        'cluster.profile': 'not found',
        'cluster.service_cidr': 'not found',
        'cluster.kube_proxy_mode': 'not found',
        'eni-config.ipam_type': 'not set',
        'eni-config.ipam_mode': 'node-local',
        'eni-config.access_key': '****** (masked)',
        'crds.podenis.network.alibabacloud.com': 'not found',
      },
    },
  ]);

  it('centralized IPAM: the eni-config keys include access_key', () => {
    expect(ok('cluster', [])['eni-config.keys']).toContain('access_key');
  });

  it('reports an eni_conf that is not JSON as unknown, without leaking it', () => {
    const r = run('cluster', [], 'broken-eni-config');
    expect(parseInspect(r.stdout).values).toEqual(
      expect.objectContaining({
        'terway.daemonset': 'not found',
        'terway.version': 'not found',
        'eni-config.exists': 'present',
        'eni-config.eni_conf': 'invalid JSON',
        'eni-config.ipam_type': 'unknown',
        'eni-config.ipam_mode': 'unknown',
        'eni-config.access_key': 'unknown',
        'eni-config.max_pool_size': 'unknown',
      }),
    );
    expect(r.stdout).not.toContain('LTAI5tBroken');
  });
});

describe('inspect-terway-node.sh', () => {
  outputHolds('node', [
    {
      title: 'shared-ENI node with trunk and a Node CR (centralized IPAM)',
      args: ['cn-hangzhou.10.0.1.23'],
      values: {
        'node.name': 'cn-hangzhou.10.0.1.23',
        'node.zone': 'cn-hangzhou-i',
        'node.instance_type': 'ecs.g7.xlarge',
        'node.eni_mode': 'shared',
        'node.exclusive_mode_eni_type': 'not set',
        'node.terway_config': 'not set',
        'node.lingjun': 'not set',
        'node.ignore_by_terway': 'not set',
        'node.no_kube_proxy': 'not set',
        'node.trunk_on': 'eni-bp1d7k3m9x2q5w8n4c6t',
        'node.sufficient_ip': 'True (SufficientIP)',
        'terway-config.name': 'not set',
        'terway-config.exists': 'not set',
        'node-cr.exists': 'present',
        'node-cr.eno_api': 'ecs',
        'node-cr.enable_trunk': 'true',
        'node-cr.max_pool_size': '5',
        'node-cr.min_pool_size': 'not set',
        'node-cr.max_enis': '4',
        'node-cr.ipv4_per_eni': '15',
        'node-cr.enis': '3',
        'node-cr.enis_by_status': 'InUse=2,Attaching=1',
        'node-cr.enis_by_type': 'Trunk=1,Secondary=2',
        'node-cr.ipv4_total': '6',
        'node-cr.ipv4_in_use': '3',
        'node-cr.ipv4_idle': '2',
        'node-cr.ipv4_invalid': '1',
        'node-cr.eni_conditions': 'eni-bp1t5y8u2i6o9p3a7s1d InsufficientIP: vsw-bp1ugk5v3x8yq2n9d0a1e ip is not enough',
        'node-cr.last_sync_openapi': '2025-11-25T03:38:02Z',
        'terway-pod.name': 'terway-eniip-7xk2p',
        'terway-pod.count': '1',
        'terway-pod.phase': 'Running',
        'terway-pod.status': 'Running',
        'terway-pod.ready': '2/2',
        'terway-pod.restarts': '1',
        'terway-pod.init_containers': 'terway-init: terminated (Completed, exit 0), ready, restarts 0',
        'terway-pod.containers':
          'policy: running, ready, restarts 0; terway: running, ready, restarts 1, last terminated (Error, exit 2)',
      },
    },
    {
      title: 'exclusive-ENI LingJun node: terway-config label resolved, its secrets masked, ENO API hdeni',
      args: ['cn-hangzhou.10.0.2.41'],
      values: {
        'node.eni_mode': 'exclusive',
        'node.exclusive_mode_eni_type': 'eniOnly',
        'node.terway_config': 'terway-config-eni-only',
        'node.lingjun': 'true',
        'node.no_kube_proxy': 'true',
        'node.sufficient_ip': 'not found',
        'terway-config.name': 'terway-config-eni-only',
        'terway-config.exists': 'present',
        'terway-config.eni_conf': 'valid',
        'terway-config.keys': 'enable_erdma,security_groups,access_secret,vswitches',
        'terway-config.enable_erdma': 'true',
        'terway-config.max_pool_size': 'not set',
        'terway-config.access_secret': '****** (masked)',
        'terway-config.access_key': 'not set',
        'node-cr.eno_api': 'hdeni',
        'node-cr.lingjun': 'true',
        'node-cr.enable_erdma': 'true',
        'node-cr.enis': '1',
        'node-cr.eni_conditions': 'none',
        'terway-pod.name': 'terway-eniip-q9w4t',
        'terway-pod.phase': 'Pending',
        'terway-pod.status': 'Init:CrashLoopBackOff',
        'terway-pod.ready': '0/2',
      },
    },
    {
      title: 'node-local node: InsufficientIP, no Node CR CRD, terway crash-looping, beta labels as fallback',
      args: ['cn-beijing.192.168.0.10'],
      scenario: 'node-local',
      values: {
        'node.zone': 'cn-beijing-h',
        'node.instance_type': 'ecs.c6.large',
        'node.eni_mode': 'shared',
        'node.exclusive_mode_eni_type': 'default',
        'node.sufficient_ip': 'False (InsufficientIP)',
        // a multi-line message is folded onto one line
        'node.sufficient_ip_message':
          'InvalidVSwitchId.IpNotEnough: vSwitch vsw-2zeq8x5k1m7c3v9b0n4d6 has no available IP retry after 10m',
        'node-cr.exists': 'not found',
        'node-cr.eno_api': 'not found',
        'terway-pod.name': 'terway-eniip-b8m3x',
        'terway-pod.status': 'CrashLoopBackOff',
        'terway-pod.ready': '1/2',
        'terway-pod.restarts': '12',
      },
    },
  ]);

  it('looks the terway pod up by node and app label', () => {
    const r = run('node', ['cn-hangzhou.10.0.1.23']);
    const podCall = r.calls.find((c) => c.argv.includes('pods'));
    expect(podCall?.argv).toEqual(
      expect.arrayContaining([
        '-n',
        'kube-system',
        '-l',
        'app in (terway-eniip,terway-eni,terway)',
        '--field-selector',
        'spec.nodeName=cn-hangzhou.10.0.1.23',
      ]),
    );
  });
});

describe('inspect-terway-pod.sh', () => {
  outputHolds('pod', [
    {
      title: 'pod-networks annotation without a PodENI',
      args: ['default', 'web-0'],
      values: {
        'pod.namespace': 'default',
        'pod.name': 'web-0',
        'pod.node': 'cn-hangzhou.10.0.1.23',
        'pod.phase': 'Pending',
        'pod.owner_kind': 'StatefulSet',
        'pod.host_network': 'false',
        'pod.terway_managed': 'yes',
        'pod.pod_eni': 'true',
        'pod.pod_networks': 'set',
        'pod.pod_networks_request': 'not set',
        'pod.pod_networking': 'not set',
        'pod.config_source': 'pod-networks',
        'podnetworking.name': 'not set',
        'podnetworking.exists': 'not set',
        'podeni.exists': 'not found',
        'podeni.phase': 'not found',
      },
    },
    {
      title: 'matched PodNetworking (webhook also wrote pod-networks) with a bound PodENI',
      args: ['default', 'trunk-app-7d9f8c6b5-x2x4k'],
      values: {
        'pod.pod_ip': '10.0.1.77',
        'pod.pod_eni': 'true',
        'pod.pod_networks': 'set',
        'pod.pod_networking': 'trunk-pn',
        'pod.config_source': 'pod-networking',
        'pod.config_source_note': 'matched PodNetworking trunk-pn; pod-networks was written by the webhook from it',
        'pod.config_conflict': 'none',
        'podnetworking.name': 'trunk-pn',
        'podnetworking.exists': 'present',
        'podnetworking.status': 'Ready',
        'podnetworking.eni_type': 'Trunk',
        'podnetworking.allocation_type': 'Elastic',
        'podnetworking.vswitches': 'vsw-bp1ugk5v3x8yq2n9d0a1e(cn-hangzhou-i),vsw-bp16r3kq8m2x7c1w9z4tf(cn-hangzhou-j)',
        'podeni.exists': 'present',
        'podeni.phase': 'Bind',
        'podeni.trunk_eni_id': 'eni-bp1d7k3m9x2q5w8n4c6t',
        'podeni.eni_ids': 'eni-bp1m4n7b2v5c8x1z3l6k',
        'podeni.ipv4': '10.0.1.77',
        'podeni.eni_infos': 'eni-bp1m4n7b2v5c8x1z3l6k=Member/Bind',
      },
    },
    {
      title: 'pod-networks-request lists the requested PodNetworkings',
      args: ['ml', 'multi-nic-0'],
      values: {
        'pod.pod_networks_request': 'set',
        'pod.requested_networks': 'trunk-pn,storage-pn',
        'pod.config_source': 'pod-networks-request',
      },
    },
    {
      title: 'pod-networking naming a PodNetworking that does not exist',
      args: ['default', 'legacy-app-6f7d9b8c4-lp2zr'],
      values: {
        'pod.config_source': 'pod-networking',
        'podnetworking.name': 'legacy-pn',
        'podnetworking.exists': 'not found',
        'podnetworking.status': 'not found',
      },
    },
    {
      title: 'hostNetwork pod: Terway does not handle it',
      args: ['arms-prom', 'node-exporter-5qv8n'],
      values: {
        'pod.host_network': 'true',
        'pod.terway_managed': 'no (hostNetwork)',
        'pod.config_source': 'none',
        'pod.config_source_note': "hostNetwork pod: Terway's CNI and webhook do not handle it",
      },
    },
    {
      title: 'no annotation: eni-config default',
      args: ['default', 'plain-5c9d8b7f6-qz7kp'],
      values: {
        'pod.config_source': 'eni-config-default',
      },
    },
    {
      title: 'no annotation on a node-local cluster: eni-config default, no PodENI',
      args: ['shop', 'nginx-6b7c8d9f5-tw4mx'],
      scenario: 'node-local',
      values: {
        'pod.config_source': 'eni-config-default',
        'podeni.exists': 'not found',
      },
    },
    {
      title: 'ignore-by-terway label: not handled',
      args: ['shop', 'batch-ignored'],
      scenario: 'node-local',
      values: {
        'pod.terway_managed': 'no (label k8s.aliyun.com/ignore-by-terway=true)',
        'pod.config_source': 'none',
      },
    },
  ]);
});

describe('arguments, contexts and errors', () => {
  const emptyDir = mkdtempSync(join(tmpdir(), 'terway-inspect-nopath-'));
  afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

  it.each(SCRIPTS)('%s: --context is passed to every kubectl call', (script) => {
    for (const form of [['--context', 'ack-prod'], ['--context=ack-prod']]) {
      const r = runScript(script, [...form, ...ARGS[script]], { contexts: 'ack-prod,ack-staging' });
      expect(r.status).toBe(0);
      expect(r.calls.length).toBeGreaterThan(0);
      for (const c of r.calls) expect(c.argv.slice(0, 2)).toEqual(['--context', 'ack-prod']);
    }
  });

  it.each(SCRIPTS)('%s: without --context the current context is used', (script) => {
    const r = run(script, ARGS[script]);
    for (const c of r.calls) expect(c.argv).not.toContain('--context');
  });

  it.each(SCRIPTS)('%s: an unknown context is a kubeconfig problem (exit 3)', (script) => {
    const r = runScript(script, ['--context', 'nope', ...ARGS[script]], { contexts: 'ack-prod' });
    expect(failed(r, 3)).toMatch(
      /kubeconfig problem \((error: context "nope" does not exist|Error in configuration: context was not found for specified context: nope)\): check KUBECONFIG and the context name \(kubectl config get-contexts\)/,
    );
  });

  it.each(SCRIPTS)('%s: -h/--help prints usage and exits 0 without calling kubectl', (script) => {
    for (const flag of ['-h', '--help']) {
      const r = runScript(script, [flag], { path: emptyDir });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: inspect-terway-${script}\\.sh \\[--context <kube-context>\\]`));
      expect(r.stdout).toContain('Read-only');
      expect(r.calls).toEqual([]);
    }
  });

  it.each([
    ['cluster', ['extra'], /unexpected argument 'extra'; usage: inspect-terway-cluster\.sh/],
    ['cluster', ['--bogus'], /unknown option '--bogus'/],
    ['cluster', ['--context'], /--context needs a context name/],
    [
      'node',
      [],
      /expected exactly one <node-name>; usage: inspect-terway-node\.sh \[--context <kube-context>\] <node-name>/,
    ],
    ['node', ['a', 'b'], /expected exactly one <node-name>/],
    ['pod', ['default'], /expected <namespace> <pod-name>; usage: /],
    ['pod', ['a', 'b', 'c'], /expected <namespace> <pod-name>/],
    ['pod', ['--context=', 'a', 'b'], /--context needs a context name/],
  ] as const)('%s %j: bad arguments exit 2 with the usage on one line', (script, args, message) => {
    const r = runScript(script, [...args]);
    expect(failed(r, 2)).toMatch(message);
    expect(r.calls).toEqual([]);
  });

  it.each(SCRIPTS)('%s: kubectl missing exits 127 and says to install it', (script) => {
    const r = runScript(script, ARGS[script], { path: emptyDir });
    expect(failed(r, 127)).toMatch(/kubectl not found on PATH: install kubectl/);
  });

  it.each(SCRIPTS)('%s: unreachable API server exits 3', (script) => {
    const line = failed(runScript(script, ARGS[script], { scenario: 'unreachable' }), 3);
    expect(line).toMatch(
      /cannot reach the Kubernetes API server \(Unable to connect to the server: dial tcp .*i\/o timeout\)/,
    );
    expect(line).toContain('check KUBECONFIG');
  });

  it('connection refused exits 3', () => {
    const line = failed(runScript('cluster', [], { scenario: 'refused' }), 3);
    expect(line).toMatch(/cannot reach the Kubernetes API server \(The connection to the server .* was refused/);
  });

  it.each(SCRIPTS)('%s: not logged in exits 3', (script) => {
    const line = failed(runScript(script, ARGS[script], { scenario: 'unauthorized' }), 3);
    expect(line).toMatch(
      /rejected the credentials \(error: You must be logged in to the server \(Unauthorized\)\): log in again/,
    );
  });

  it('forbidden exits 4 and prints nothing on stdout, even after earlier objects were read', () => {
    const r = runScript('cluster', [], { scenario: 'forbidden-configmaps' });
    expect(r.calls.length).toBeGreaterThan(1);
    expect(failed(r, 4)).toMatch(
      /access denied \(Error from server \(Forbidden\): configmaps .* is forbidden: .*\): use a kubeconfig whose RBAC role/,
    );
  });

  it('node script: forbidden terway-config ConfigMap exits 4', () => {
    const r = runScript('node', ['cn-hangzhou.10.0.2.41'], { scenario: 'forbidden-configmaps' });
    expect(failed(r, 4)).toContain('(Forbidden)');
  });

  it('node not found exits 5', () => {
    const line = failed(runScript('node', ['cn-hangzhou.10.9.9.9']), 5);
    expect(line).toBe(
      "inspect-terway-node.sh: node 'cn-hangzhou.10.9.9.9' not found: check the name with 'kubectl get nodes' (use the NAME column, e.g. cn-hangzhou.10.0.1.23)",
    );
  });

  it('pod not found exits 5', () => {
    expect(failed(runScript('pod', ['default', 'no-such-pod']), 5)).toBe(
      "inspect-terway-pod.sh: pod 'no-such-pod' not found in namespace 'default': check both with 'kubectl get pods -A | grep no-such-pod'",
    );
    expect(failed(runScript('pod', ['no-such-ns', 'web-0']), 5)).toContain("not found in namespace 'no-such-ns'");
  });

  it('scripts are executable bash files with strict mode', () => {
    for (const script of SCRIPTS) {
      const text = readFileSync(join(ROOT, `public/scripts/inspect-terway-${script}.sh`), 'utf8');
      expect(text.startsWith('#!/usr/bin/env bash\n')).toBe(true);
      expect(text).toContain('\nset -euo pipefail\n');
      // only kubectl is required: no jq / python invocations (comments may mention them)
      const code = text
        .split('\n')
        .filter((l) => !/^\s*#/.test(l))
        .join('\n');
      expect(code).not.toMatch(/\b(jq|python3?)\b/);
    }
  });
});
