// Each class of attribution, through the whole engine, on lines written for this test (not the real
// fixtures): who wrote the decisive line must be named in the JSON contract (a finding's or a
// document's producer), lookalikes must not be given to the wrong program, and Terway's involvement
// must follow from who wrote what.
import { describe, it, expect, beforeAll } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { CompiledCatalog } from '../../../src/engine/match/compiled-catalog';
import { toJsonContract, type JsonReport } from '../../../src/engine/report-json';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

async function report(text: string): Promise<JsonReport> {
  return toJsonContract(await analyze([{ name: 'paste.txt', text }], catalog));
}

const named = (r: JsonReport) =>
  new Set([...r.findings.map((f) => f.producer), ...r.documents.map((d) => d.producer)].filter(Boolean));

interface Want {
  names: string;
  /** producers that must not be named */
  not?: string[];
  terway?: JsonReport['terway'];
}

/** A class of attribution: a test per pasted text, which must name (and not name) these producers. */
function classTable(title: string, rows: [string, string, Want][]) {
  describe(title, () => {
    it.each(rows)('%s', async (_, text, want) => {
      const r = await report(text);
      const who = named(r);
      expect([...who], text).toContain(want.names);
      for (const p of want.not ?? []) expect([...who], text).not.toContain(p);
      if (want.terway) expect(r.terway).toBe(want.terway);
    });
  });
}

const events = (row: string) =>
  [
    'Events:',
    '  Type     Reason                  Age   From     Message',
    '  ----     ------                  ----  ----     -------',
    row,
  ].join('\n');

classTable('1. a relay gives way to what its line names', [
  [
    "kubelet's event around a named CNI",
    events(
      '  Warning  FailedCreatePodSandBox  40s   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "c0ffee12": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized',
    ),
    { names: 'calico', terway: 'not-involved' },
  ],
  [
    "dockershim's unnamed wrapper around Calico's IPAM words",
    'NetworkPlugin cni failed to set up pod "api-5_prod" network: the given pool (172.20.0.0/16) does not exist, or is not enabled.',
    { names: 'calico', not: ['kubelet'], terway: 'not-involved' },
  ],
  [
    "Calico's logrus on kubelet's stderr",
    'May 03 07:41:09 worker-7 kubelet[1180]: time="2018-05-03T07:41:09Z" level=error msg="Error adding host side routes for interface: cali12ab" Workload=prod.api-5',
    { names: 'calico', not: ['kubelet'], terway: 'not-involved' },
  ],
  [
    "kubelet's event around CRI-O's sentence",
    events(
      '  Warning  FailedCreatePodSandBox  12s   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_api-5_prod_0a1b_0(77ee): failed to find plugin "bridge" in path [/usr/libexec/cni]',
    ),
    { names: 'cri-o', not: ['kubelet'] },
  ],
  [
    "Terway's CNI words inside kubelet's journal stay Terway's",
    'Jun 12 09:18:01 node-1 kubelet[1023]: E0612 09:18:01.123456    1023 cni.go:364] Error adding prod_api-5/3e4f to network terway/terway: cmdAdd: error alloc ip rpc error: code = Unknown desc = error wait pod eni info, timed out waiting for the condition',
    { names: 'terway-cni', terway: 'involved' },
  ],
]);

classTable('2. a document whose kind says who wrote it', [
  [
    'a PodENI as YAML',
    [
      'apiVersion: network.alibabacloud.com/v1beta1',
      'kind: PodENI',
      'metadata:',
      '  name: api-5',
      'status:',
      '  phase: Bind',
    ].join('\n'),
    { names: 'terway-controlplane', terway: 'involved' },
  ],
  [
    'a PodNetworking as JSON',
    [
      '{',
      '    "apiVersion": "network.alibabacloud.com/v1beta1",',
      '    "kind": "PodNetworking",',
      '    "status": { "status": "Ready" }',
      '}',
    ].join('\n'),
    { names: 'terway-controlplane', terway: 'involved' },
  ],
  [
    "the Node CR's warm-up status without its header",
    ['status:', '  warmUpTarget: 6', '  warmUpAllocatedCount: 4', '  warmUpCompleted: false'].join('\n'),
    { names: 'terway-controlplane' },
  ],
  [
    'a describe of a PodENI',
    [
      'Name:         api-5',
      'Namespace:    prod',
      'Labels:       <none>',
      'Annotations:  <none>',
      'API Version:  network.alibabacloud.com/v1beta1',
      'Kind:         PodENI',
      'Status:',
      '  Phase:  Bind',
      'Events:       <none>',
    ].join('\n'),
    { names: 'terway-controlplane', terway: 'involved' },
  ],
  [
    'a describe of a node',
    [
      'Name:               cn-beijing.172.16.3.9',
      'Roles:              <none>',
      'Labels:             kubernetes.io/os=linux',
      'Annotations:        node.alpha.kubernetes.io/ttl: 0',
      'CreationTimestamp:  Mon, 01 Jul 2024 10:00:00 +0800',
      'Conditions:',
      '  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message',
      '  ----             ------  -----------------                 ------------------                ------                       -------',
      '  Ready            True    Mon, 01 Jul 2024 11:00:00 +0800   Mon, 01 Jul 2024 10:01:00 +0800   KubeletReady                 kubelet is posting ready status',
    ].join('\n'),
    { names: 'kubelet' },
  ],
  [
    "a node's pod list cut out of its describe",
    [
      'Non-terminated Pods:          (3 in total)',
      '  Namespace    Name                  CPU Requests',
      '  kube-system  terway-eniip-q8w2z    350m (8%)',
    ].join('\n'),
    { names: 'kubelet' },
  ],
  [
    'the conflist terway-init writes',
    [
      '{',
      '  "cniVersion": "0.4.0",',
      '  "name": "terway-chainer",',
      '  "plugins": [',
      '    {',
      '      "type": "terway"',
      '    }',
      '  ]',
      '}',
    ].join('\n'),
    { names: 'terway-init', terway: 'involved' },
  ],
]);

describe("3. the CNI binary's own words", () => {
  it("names terway-cni and still sends the engineer to the daemon's log", async () => {
    const r = await report(
      'cmdAdd: error alloc ip rpc error: code = Unknown desc = error wait pod eni info, timed out waiting for the condition',
    );
    // the CNI's wrapper is its own; the daemon's answer inside it stays the daemon's
    expect(r.findings.find((f) => f.id === 'cni-alloc-ip-rpc-failed')?.producer).toBe('terway-cni');
    expect([...r.nextSteps, ...r.pasteNext].map((s) => s.command).join('\n')).toContain('-c terway ');
  });
});

classTable('4. fingerprints of the programs whose lines show up', [
  [
    "kubelet's klog",
    'E0104 08:12:55.407218    2291 cni.go:364] Error adding prod_api-5/0c1d to network cbr0/bridge: unexpected end of JSON input',
    { names: 'kubelet' },
  ],
  [
    "kubelet's sandbox sentence",
    'Failed create pod sandbox: rpc error: code = Unknown desc = failed to create a sandbox for pod "api-5": Error response from daemon: mkdir /var/lib/docker/x: read-only file system',
    { names: 'kubelet' },
  ],
  [
    "the scheduler's event",
    events(
      '  Warning  FailedScheduling  30s   default-scheduler  0/3 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }.',
    ),
    { names: 'kube-scheduler', not: ['kubelet'] },
  ],
  [
    "containerd's CRI sentence",
    'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9f9f": netplugin failed with no error message: fork/exec /opt/cni/bin/istio-cni: no such file or directory',
    { names: 'containerd' },
  ],
  [
    'a CRI-O journal line',
    'Aug 09 12:00:01 node-5 crio[733]: time="2024-08-09 12:00:01" level=error msg="Error loading CNI config file /etc/cni/net.d/10-x.conf"',
    { names: 'cri-o' },
  ],
  [
    'AWS in zap JSON',
    '{"level":"error","ts":"2024-02-01T10:00:00.000Z","caller":"ipamd/ipamd.go:812","msg":"Failed to allocate a private IP address: InsufficientFreeAddressesInSubnet"}',
    { names: 'aws-vpc-cni', terway: 'not-involved' },
  ],
  [
    "AWS's API in an SDK rendering",
    'time="2025-01-09T04:10:00Z" level=error msg="failed to create ENI: operation error EC2: CreateNetworkInterface, https response error StatusCode: 403, api error UnauthorizedOperation: You are not authorized to perform this operation."',
    { names: 'aws-vpc-cni', terway: 'not-involved' },
  ],
  [
    "the VPC resource controller's event",
    events(
      '  Warning  BranchENIAnnotationFailed  5s   vpc-resource-controller  failed to annotate pod with branch ENI details',
    ),
    { names: 'aws-vpc-cni' },
  ],
  [
    'Calico IPAM in its Python days',
    '2016-03-10 09:12:44,301 880 [prod/api-5] ERROR IPAM plugin error (rc=100): {"msg": "No addresses available", "code": 100}',
    { names: 'calico' },
  ],
  [
    "calico/node's confd",
    '2021-05-02T08:11:40Z node-1 confd[61]: ERROR 100: Key not found (/calico/v1/ipam/v4) [20331]',
    { names: 'calico' },
  ],
  [
    "calicoctl's output",
    [
      '$ calicoctl get ippool -o wide',
      'NAME          CIDR            SELECTOR',
      'default-pool  10.10.0.0/16    all()',
    ].join('\n'),
    { names: 'calico' },
  ],
  [
    'the CCM failing at start',
    'F0611 02:10:44.500101       1 main.go:38] Alibaba cloud provider could not be initialized: could not init cloud provider "alicloud": Alicloud: config must be provided!',
    { names: 'ccm', terway: 'not-involved' },
  ],
  [
    'a route the VPC refuses',
    'E0612 08:00:01.000000       1 route_controller.go:120] create route failed: RequestId: 8C1D Status Code: 400 Code: InvalidCidrBlock Message: Specified CIDR block is not valid.',
    { names: 'ccm' },
  ],
  [
    'host-local out of addresses',
    'failed to allocate for range 0: no IP addresses available in range set: 10.244.3.1-10.244.3.254',
    { names: 'flannel' },
  ],
  [
    "Kube-OVN's IPAM",
    [
      'I0702 09:14:55.301200       7 ipam.go:72] allocating static ip 10.16.0.40 from subnet ovn-default',
      'E0702 09:14:55.302311       7 pod.go:980] failed to get static ip 10.16.0.40, err AddressConflict',
    ].join('\n'),
    { names: 'kube-ovn', terway: 'not-involved' },
  ],
  [
    "Terraform's schema check",
    'Error: worker_vswitch_ids: attribute supports 5 item maximum, config has 6 declared',
    { names: 'terraform', terway: 'not-involved' },
  ],
  [
    'ROS behind an SDK error block',
    [
      'ERROR: SDK.ServerError',
      'ErrorCode: StackValidationFailed',
      'Recommend: https://api.aliyun.com/troubleshoot?q=StackValidationFailed&product=ROS',
      'Message: bad template',
    ].join('\n'),
    { names: 'ros', not: ['alibaba-cloud-client'] },
  ],
  [
    "the ACK API's addon role",
    [
      'ERROR: cluster creation failed: SDKError:',
      '   StatusCode: 400',
      '   Code: ErrManagedAddonRoleNotAttach',
      '   Message: code: 400, authorize the service roles first',
    ].join('\n'),
    { names: 'ack-api' },
  ],
  [
    "kata's runtime-rs through containerd",
    'Jan 02 03:04:05 node-9 containerd[88]: time="2024-01-02T03:04:05Z" level=error msg="RunPodSandbox failed" error="failed to create shim: Others(\\"failed to handler message try init runtime instance\\\\n\\\\nCaused by: boom\\"): unknown"',
    { names: 'kata', not: ['containerd'] },
  ],
  [
    "a probe of the cilium agent's socket",
    events(
      '  Warning  Unhealthy  1m   kubelet, node-3  Liveness probe failed: Get "http:///var/run/cilium/cilium.sock/v1/healthz": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory',
    ),
    { names: 'cilium', not: ['kubelet'] },
  ],
]);

classTable('4. lookalikes stay with their own program', [
  [
    "Terway's CNI logs klog without kubelet's PID column",
    'Sep 13 20:37:54 node-2 containerd[1799]: E0913 20:37:54.680949 cni.go:46] cmd=add dp=policyRoute subSys=terway-cni ip link add veth1 type veth: file exists',
    { names: 'terway-cni', not: ['kubelet'], terway: 'involved' },
  ],
  [
    "an Alibaba code that only looks like AWS's",
    'E0301 10:00:00.000000 pool.go:120] subSys=pool Aliyun API Error: RequestId: 9D2E Status Code: 403 Code: UnauthorizedOperation Message: denied',
    { names: 'terwayd', not: ['aws-vpc-cni'], terway: 'involved' },
  ],
  [
    'InvalidCidrBlock without a route is no CCM line',
    'Error: [ERROR] terraform-provider-alicloud/alicloud/resource_alicloud_vswitch.go:120: Resource alicloud_vswitch CreateVSwitch Failed!!! Code: InvalidCidrBlock Message: Specified CIDR block is not valid.',
    { names: 'terraform', not: ['ccm'] },
  ],
]);

classTable('5. a dev build of terway-qos', [
  [
    'the banner of a build from main',
    [
      'I0302 11:05:40.120334 2208 damon.go:65] version: main/v0.0.0 (linux/amd64) $Format:%H$ 1970-01-01T00:00:00Z',
      'E0302 11:05:40.530071 2208 mamager.go:98] bpf "msg"="load bpf objects failed" "error"="program qos_cgroup: load program: permission denied"',
    ].join('\n'),
    { names: 'terway-qos', terway: 'involved' },
  ],
]);
