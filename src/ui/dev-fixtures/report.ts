// A realistic Report for unit tests and the dev-only "load fixture" toggle. Never shown in production.
// Scenario: centralized IPAM, vSwitch out of IPs; the Node CR shows CreateENIFailed with
// InvalidVSwitchId.IpNotEnough, pods show FailedCreatePodSandBox / AllocIPFailed.
import type { Report } from '../../engine/index';

export const fixtureReport: Report = {
  inputs: [
    { name: 'pasted text', bytes: 4212, startLine: 1, endLine: 58, kinds: ['describe-pod', 'describe-node-cr'] },
    { name: 'terway-controlplane.log', bytes: 182_311, startLine: 59, endLine: 2458, kinds: ['log-klog'] },
  ],
  terway: 'involved',
  terwayEvidence: [
    {
      line: 52,
      text: '  Warning  CreateENIFailed  3m (x12 over 20m)  terway-controlplane  Failed to create ENI',
      why: 'an event from terway-controlplane',
    },
  ],
  ipamMode: 'crd',
  ipamEvidence: 'line 31: nodes.network.alibabacloud.com "cn-hangzhou.10.0.12.34" exists (centralized IPAM)',
  verdict: {
    category: 'resource-exhaustion',
    confidence: 'high',
    summary:
      'The vSwitch vsw-bp1q2w3e4r5t6y7u8i9o0 in zone cn-hangzhou-k has no free IP addresses: Terway could not create a secondary ENI for node cn-hangzhou.10.0.12.34 (InvalidVSwitchId.IpNotEnough), so the pod web-7d9f8c6b5-x2x9q cannot get an IP and its sandbox fails.',
    rootCause: 'create-eni-failed',
  },
  findings: [
    {
      id: 'create-eni-failed',
      title: 'Terway could not create an ENI: the vSwitch has no free IP',
      signal: 'CreateENIFailed',
      kind: 'event',
      category: 'resource-exhaustion',
      severity: 'error',
      sopStep: 3,
      count: 12,
      firstSeen: '20m',
      lastSeen: '3m',
      captures: {
        vsw: 'vsw-bp1q2w3e4r5t6y7u8i9o0',
        code: 'InvalidVSwitchId.IpNotEnough',
        requestId: '5F1D3C2B-8A9E-4B7C-9D0E-1F2A3B4C5D6E',
        node: 'cn-hangzhou.10.0.12.34',
      },
      origin: 'event on Node.network.alibabacloud.com cn-hangzhou.10.0.12.34',
      explanation:
        'The OpenAPI CreateNetworkInterface call failed because the vSwitch has no available private IP addresses. In centralized IPAM the controlplane creates ENIs for the node pool; without free IPs no new pod on this node gets an address.',
      fix: 'Add a vSwitch with free addresses in the same zone to eni-config (vswitches) or to the PodNetworking, or free IPs in the exhausted vSwitch (delete unused ENIs). Then delete the failing pods so they are rescheduled.',
      evidence: [
        {
          line: 52,
          text: '  Warning  CreateENIFailed  3m (x12 over 20m)  terway-controlplane  Failed to create ENI type=Secondary vsw=vsw-bp1q2w3e4r5t6y7u8i9o0: ErrorCode: InvalidVSwitchId.IpNotEnough RequestId: 5F1D3C2B-8A9E-4B7C-9D0E-1F2A3B4C5D6E',
        },
        {
          line: 1204,
          text: 'E1125 04:51:02.118 1 node.go:412] create eni failed vsw=vsw-bp1q2w3e4r5t6y7u8i9o0 code=InvalidVSwitchId.IpNotEnough',
        },
      ],
      evidenceTotal: 37,
    },
    {
      id: 'failed-create-pod-sandbox-terway',
      title: 'Pod sandbox creation failed in the Terway CNI plugin',
      signal: 'FailedCreatePodSandBox',
      kind: 'event',
      category: 'resource-exhaustion',
      severity: 'warning',
      sopStep: 2,
      count: 31,
      firstSeen: '19m',
      lastSeen: '40s',
      captures: { pod: 'web-7d9f8c6b5-x2x9q', namespace: 'shop' },
      origin: 'event on Pod shop/web-7d9f8c6b5-x2x9q',
      explanation:
        'kubelet asked the Terway CNI plugin for an IP and the request failed; this is the symptom users see.',
      fix: 'Follow the root cause: this clears once the node can allocate IPs again.',
      evidence: [
        {
          line: 24,
          text: '  Warning  FailedCreatePodSandBox  40s (x31 over 19m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "8c1e6b2f": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded',
        },
      ],
      evidenceTotal: 1,
      symptomOf: 'create-eni-failed',
    },
    {
      id: 'sufficient-ip-false',
      title: 'Node CR condition SufficientIP is False',
      signal: 'SufficientIP',
      kind: 'condition',
      category: 'resource-exhaustion',
      severity: 'warning',
      sopStep: 3,
      count: 1,
      captures: { node: 'cn-hangzhou.10.0.12.34' },
      origin: 'condition on Node.network.alibabacloud.com cn-hangzhou.10.0.12.34',
      explanation: 'The node IP pool cannot be filled (IPResInsufficient).',
      fix: 'Same as the root cause: provide free IPs in the zone.',
      evidence: [
        {
          line: 44,
          text: '    SufficientIP   False   IPResInsufficient   vsw-bp1q2w3e4r5t6y7u8i9o0 has no available ip',
        },
      ],
      evidenceTotal: 1,
      symptomOf: 'create-eni-failed',
    },
  ],
  documents: [
    { kind: 'describe-pod', startLine: 1, endLine: 27, title: 'shop/web-7d9f8c6b5-x2x9q' },
    { kind: 'describe-node-cr', startLine: 28, endLine: 58, title: 'cn-hangzhou.10.0.12.34' },
    { kind: 'log-klog', startLine: 59, endLine: 2458 },
  ],
  checklist: [
    { step: '1 Terway component health', sopStep: 1, status: 'missing', note: 'No terway pod status in the paste.' },
    {
      step: '2 Pod events',
      sopStep: 2,
      status: 'problem',
      note: 'FailedCreatePodSandBox ×31 on shop/web-7d9f8c6b5-x2x9q.',
    },
    {
      step: '3 Node and Node CR events',
      sopStep: 3,
      status: 'problem',
      note: 'CreateENIFailed ×12: InvalidVSwitchId.IpNotEnough.',
    },
    { step: '4 IPAM mode', sopStep: 4, status: 'ok', note: 'Centralized IPAM (crd).' },
    { step: '5 Logs', sopStep: 5, status: 'ok', note: 'Controlplane log confirms the OpenAPI error.' },
  ],
  nextSteps: [
    {
      command: 'kubectl describe nodes.network.alibabacloud.com cn-hangzhou.10.0.12.34',
      why: 'See the ENI pool and every CreateENIFailed event.',
    },
    {
      command: 'kubectl get cm eni-config -n kube-system -o yaml',
      why: 'Check which vSwitches Terway may use in cn-hangzhou-k.',
    },
  ],
  pasteNext: [
    {
      what: 'Terway pods',
      command: "kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide",
      why: 'Step 1 of the SOP: is Terway running on the node?',
    },
  ],
  context: { namespace: 'shop', pod: 'web-7d9f8c6b5-x2x9q', node: 'cn-hangzhou.10.0.12.34', terwayVersion: 'v1.16.7' },
  facts: [
    { label: 'Terway version', value: 'v1.16.7', line: 61 },
    { label: 'ENI mode', value: 'shared', note: 'no exclusive-mode-eni-type label' },
  ],
  stats: { lines: 2458, bytes: 186_523, documents: 3, events: 12, logLines: 2400, objects: 2 },
  credentialWarnings: [{ line: 1877, key: 'access_key' }],
  timeline: [],
  timelineTotal: 0,
  groups: [],
  lineMarks: { ranges: [], codes: [], gap: 1 },
};
