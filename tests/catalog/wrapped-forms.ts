// Each inventory string (catalog/inventory/terway-source-strings.yaml) as users paste it: inside the
// kubectl output, log line or kubelet chain that carries it, in the formats of the Terway releases
// that emitted it. Used by inventory-wrapped.test.ts to measure what the whole engine names.
//
// Formats, from Terway's source and the kubectl/klog/logrus sources:
//   events      `kubectl describe <object>` Events rows and `kubectl get events` rows, on the object
//               kind the emitting code records them on (Pod, core Node, Node CR, PodENI,
//               PodNetworking, NetworkInterface), From = terway-daemon or terway-controlplane/<ctl>
//   logs        terwayd: logrus with time= (v0.1–v1.0), logrus without time or quoting (v1.1–v1.2),
//               the custom `E0115 09:00:01.23456 file.go:12] subSys=… msg` without PID (v1.3–v1.11.2),
//               klog with the PID column (v1.11.5+); controlplane: klogr `setup "msg"=… "error"=…`
//               (before v1.14), textlogger `"msg" err=… logger="setup"` (v1.14+), Go panics
//   init        `kubectl logs -c terway-init`: init.sh's own lines around what terway-cli prints
//               (`error: %v`, `task: %serror: %v`)
//   CNI         kubelet's FailedCreatePodSandBox / FailedKillPod events and journal lines around
//               libcni's `plugin type="terway" failed (add|delete): …` (dockershim's `networkPlugin
//               cni failed to set up pod …` up to v1.5.5, and the v1.0.x `add cmd:` chain)
//   webhooks    kubectl's `Error from server (Forbidden): … admission webhook "terway.mutating.k8s.io"
//               denied the request: …` and a controller's FailedCreate event
//   OpenAPI     every SDK rendering: Terway's `errCode: X, msg: …`, alibaba-cloud-sdk-go's
//               `SDK.ServerError\nErrorCode: X`, tea's `SDKError:` block, aliyungo's `Aliyun API Error:`
import { CURRENT, tagOrder, type InventoryItem } from './inventory';

export interface WrappedForm {
  /** short name of the wrapper, for failure reports */
  form: string;
  text: string;
}

// ---- names every wrapper uses --------------------------------------------------------------------

const NS = 'shop';
const POD = 'web-7d9c6b5f4-x2lqp';
const NODE = 'cn-hangzhou.10.0.3.17';
const NODE_IP = '10.0.3.17';
const SANDBOX = '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c';
const POD_UID = 'a33e88fb-a2a9-4dbb-9996-466ca7ca5bd9';

// ---- eras ----------------------------------------------------------------------------------------

/** the item was emitted by at least one tag in first..last */
function during(item: InventoryItem, first: string, last: string): boolean {
  const itemFirst = tagOrder(item.first)!;
  const itemLast = item.last === CURRENT ? Infinity : tagOrder(item.last)!;
  return itemFirst <= tagOrder(last)! && itemLast >= tagOrder(first)!;
}

/** v0.1–v1.0: logrus with time=, the CNI's `add cmd:` chain */
const V1_0: [string, string] = ['v0.1.0', 'v1.0.10'];
/** v1.1 on: the CNI's `cmdAdd: error alloc ip` chain */
const SINCE_V1_1: [string, string] = ['v1.1.0-rc.0', 'v1.17.5'];
const LOGRUS_BARE: [string, string] = ['v1.1.0-rc.0', 'v1.2.5'];
const CUSTOM_NO_PID: [string, string] = ['v1.3.0-policy', 'v1.11.2'];
const KLOG_PID: [string, string] = ['v1.11.5', 'v1.17.5'];
const CP_KLOGR: [string, string] = ['v1.1.0-rc.0', 'v1.13.7'];
const CP_TEXTLOGGER: [string, string] = ['v1.14.0', 'v1.17.5'];
/** libcni's `plugin type="terway" failed (add)` with the CNI's `failed to do add;` (v1.5.6+) */
const CNI_FAILED_TO_DO: [string, string] = ['v1.5.6', 'v1.17.5'];
/** the CNI returned its inner error bare; clusters of that time ran dockershim */
const CNI_BARE: [string, string] = ['v1.1.0-rc.0', 'v1.5.5'];

// ---- text helpers --------------------------------------------------------------------------------

/** a Go %q / klog quoted value: backslash and quotes escaped */
const quoted = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const base = (source: string) => source.slice(source.lastIndexOf('/') + 1, source.lastIndexOf('@'));

/** rows padded like Go's tabwriter: each column as wide as its widest cell plus `pad` */
function table(rows: string[][], pad: number, indent = ''): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (c < r.length - 1 ? r[c]!.length : 0))));
  return rows
    .map((r) => indent + r.map((cell, c) => (c < r.length - 1 ? cell.padEnd(widths[c]! + pad) : cell)).join(''))
    .join('\n');
}

// ---- events --------------------------------------------------------------------------------------

type ObjectKind = 'Pod' | 'Node' | 'NodeCR' | 'PodENI' | 'PodNetworking' | 'NetworkInterface';

interface EventHome {
  object: ObjectKind;
  from: string;
}

const DAEMON = 'terway-daemon';
const cp = (controller: string) => `terway-controlplane/${controller}`;

/**
 * Where each reason is recorded, per message (Terway's Recorder calls: the object and the
 * component). The first rule whose reason and message match wins.
 */
const EVENT_HOMES: { reason: RegExp; message?: RegExp; home: EventHome }[] = [
  // the daemon's local IPAM records OpenAPI failures on the core Node (pkg/eni/local.go)
  { reason: /^AllocIPFailed$/, message: /^errCode: /, home: { object: 'Node', from: DAEMON } },
  // the multi-ip-node controller aggregates its errors on the Node CR (pool.go)
  { reason: /^AllocIPFailed$/, message: /^\[vsw-/, home: { object: 'NodeCR', from: cp('multi-ip-node') } },
  {
    reason: /^(AllocIPFailed|AllocIPSucceed|VirtualModeChanged|ConfigCheck|ParseFailed)$/,
    home: { object: 'Pod', from: DAEMON },
  },
  { reason: /^ResourceInvalid$/, message: /^resource /, home: { object: 'Pod', from: DAEMON } },
  {
    reason: /^(ResourceInvalid|PrefixModeImmutable|AllocResourceFailed|DisposeResourceFailed|OpenAPIErr|OutIPOfSync)$/,
    home: { object: 'Node', from: DAEMON },
  },
  {
    reason: /^ConfigError$/,
    message: /^Instance not support k8s dual stack/,
    home: { object: 'NodeCR', from: DAEMON },
  },
  { reason: /^ConfigError$/, message: /^node exclusive mode changed/, home: { object: 'Node', from: cp('node') } },
  { reason: /^ConfigError$/, home: { object: 'Node', from: DAEMON } },
  { reason: /^SyncPodNetworking/, home: { object: 'PodNetworking', from: cp('pod-networking') } },
  {
    reason: /^(PodCreateFailed|PodDeleteFailed|CniPodCreateError|CniPodDeleteError)$/,
    home: { object: 'Pod', from: cp('pod') },
  },
  {
    reason: /^(DeletePodENIFailed|CniPodENIDeleteErr|CniCreateENIError)$/,
    home: { object: 'Pod', from: cp('pod-eni') },
  },
  { reason: /^CreateENIFailed$/, message: /^ENI creation error/, home: { object: 'Pod', from: cp('pod-eni') } },
  { reason: /^CreateENIFailed$/, message: /^rollbackErr/, home: { object: 'Pod', from: cp('pod') } },
  {
    reason: /^CreateENIFailed$/,
    message: /^backend create failed/,
    home: { object: 'NetworkInterface', from: cp('eni') },
  },
  { reason: /^CreateENIFailed$/, message: /creation failed in backend/, home: { object: 'Pod', from: cp('eni') } },
  { reason: /^(CreateENISucceed)$/, message: /^create enis? /, home: { object: 'PodENI', from: cp('pod') } },
  { reason: /^AttachENIFailed$/, message: /^trunk eni is not allowed/, home: { object: 'Pod', from: cp('pod-eni') } },
  {
    reason: /^(AttachENIFailed|DetachENIFailed)$/,
    message: /^(Failed to (attach|detach) ENI \S+ (to|from) instance|ENI \S+ in unexpected status)/,
    home: { object: 'Pod', from: cp('eni') },
  },
  {
    reason: /^(AttachENIFailed|AttachENISucceed|DetachENIFailed|DetachENISucceed|UpdatePodENIFailed)$/,
    message: /^(?!ENI )/,
    home: { object: 'PodENI', from: cp('pod-eni') },
  },
  { reason: /^DeleteENISucceed$/, message: /^delete eni /, home: { object: 'PodENI', from: cp('pod-eni') } },
  // everything else the multi-ip-node controller records on the Node CR (ENI pool, OpenAPI sync)
  { reason: /./, home: { object: 'NodeCR', from: cp('multi-ip-node') } },
];

function eventHome(reason: string, message: string): EventHome {
  return EVENT_HOMES.find((r) => r.reason.test(reason) && (!r.message || r.message.test(message)))!.home;
}

const eventType = (reason: string) => (/Succe|Success|Created$|Deleted$/.test(reason) ? 'Normal' : 'Warning');

interface Described {
  header: string;
  /** `kubectl get events` OBJECT cell */
  object: string;
  namespace: string;
}

function described(kind: ObjectKind): Described {
  const cr = (k: string, name: string, ns?: string) =>
    [
      `Name:         ${name}`,
      `Namespace:    ${ns ?? ''}`,
      'Labels:       <none>',
      'Annotations:  <none>',
      'API Version:  network.alibabacloud.com/v1beta1',
      `Kind:         ${k}`,
      'Metadata:',
      '  Creation Timestamp:  2026-09-02T03:11:40Z',
      '  Generation:          3',
      '  UID:                 7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    ].join('\n');
  switch (kind) {
    case 'Pod':
      return {
        header: [
          `Name:             ${POD}`,
          `Namespace:        ${NS}`,
          'Priority:         0',
          `Node:             ${NODE}/${NODE_IP}`,
          'Start Time:       Wed, 25 Nov 2026 02:40:10 +0800',
          'Labels:           app=web',
          'Status:           Pending',
          'IP:               ',
          'Containers:',
          '  web:',
          '    Image:          registry.cn-hangzhou.aliyuncs.com/shop/web:1.4.2',
          '    State:          Waiting',
          '      Reason:       ContainerCreating',
        ].join('\n'),
        object: `pod/${POD}`,
        namespace: NS,
      };
    case 'Node':
      return {
        header: [
          `Name:               ${NODE}`,
          'Roles:              <none>',
          'Labels:             topology.kubernetes.io/zone=cn-hangzhou-i',
          'CreationTimestamp:  Mon, 02 Nov 2026 11:11:40 +0800',
          'Taints:             <none>',
          'Unschedulable:      false',
        ].join('\n'),
        object: `node/${NODE}`,
        namespace: 'default',
      };
    case 'NodeCR':
      return { header: cr('Node', NODE), object: `node/${NODE}`, namespace: 'default' };
    case 'PodENI':
      return { header: cr('PodENI', 'db-0', 'data'), object: 'podeni/db-0', namespace: 'data' };
    case 'PodNetworking':
      return {
        header: cr('PodNetworking', 'fixed-ip-net'),
        object: 'podnetworking/fixed-ip-net',
        namespace: 'default',
      };
    case 'NetworkInterface':
      return {
        header: cr('NetworkInterface', 'eni-bp1k2j3h4g5f6d7s8a9q'),
        object: 'networkinterface/eni-bp1k2j3h4g5f6d7s8a9q',
        namespace: 'default',
      };
  }
}

function describeEvents(header: string, rows: string[][]): string {
  return `${header}\nEvents:\n${table([['Type', 'Reason', 'Age', 'From', 'Message'], ['----', '------', '----', '----', '-------'], ...rows], 2, '  ')}`;
}

function getEvents(rows: string[][]): string {
  return table([['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'], ...rows], 3);
}

/** one event, in a describe of its object and in `kubectl get events` */
function eventForms(reason: string, message: string, item: InventoryItem): WrappedForm[] {
  const home = eventHome(reason, message);
  const d = described(home.object);
  const type = eventType(reason);
  // kubectl before 1.20 showed From as `component, host`; clusters on old Terway ran such kubectl
  const from = !during(item, 'v1.7.0', 'v1.17.5') && home.from === DAEMON ? `${DAEMON}, ${NODE}` : home.from;
  return [
    {
      form: `describe ${home.object}`,
      text: describeEvents(d.header, [[type, reason, '3m (x4 over 12m)', from, message]]),
    },
    {
      form: `get events (${d.object.split('/')[0]})`,
      text: `$ kubectl get events -n ${d.namespace}\n${getEvents([['3m', type, reason, d.object, message]])}`,
    },
  ];
}

// ---- logs ----------------------------------------------------------------------------------------

const klogHeader = (level: string, file: string, pid = 12345) =>
  `${level}0115 09:00:01.234567 ${String(pid).padStart(7)} ${file}]`;

/** a Go panic as the container prints it before it exits */
function panicBlock(text: string, frame: string): string {
  return [text, '', 'goroutine 1 [running]:', 'main.main()', `\t${frame} +0x1a5`].join('\n');
}

/** terwayd's log line carrying `text`, in every format the item's releases wrote */
function daemonLogForms(item: InventoryItem, text: string): WrappedForm[] {
  const file = base(item.source);
  const out: WrappedForm[] = [];
  if (text.startsWith('panic: '))
    return [
      {
        form: 'terwayd panic',
        text: panicBlock(text, '/go/src/github.com/AliyunContainerService/terway/cmd/terway/main.go:71'),
      },
    ];
  const structured = text.startsWith('"');
  if (during(item, ...KLOG_PID)) {
    out.push({ form: 'klog with PID', text: `${klogHeader('E', file)} ${text}` });
    if (!structured)
      out.push({ form: 'klog err= value', text: `${klogHeader('E', file)} "request failed" err="${quoted(text)}"` });
  }
  if (during(item, ...CUSTOM_NO_PID) && !structured)
    out.push({ form: 'no PID, subSys=', text: `E0115 09:00:01.23456 ${file}] subSys=daemon ${text}` });
  if (during(item, ...LOGRUS_BARE) && !structured) out.push({ form: 'logrus bare', text: `level=error msg=${text}` });
  if (during(item, ...V1_0) && !structured)
    out.push({ form: 'logrus time=', text: `time="2020-05-29T14:59:52Z" level=error msg="${quoted(text)}"` });
  return out;
}

/** `"msg" err="e" k="v"` (textlogger) → `"msg"="msg" "error"="e" "k"="v"` (klogr) */
function toKlogr(structured: string): string {
  return structured
    .replace(/^"((?:[^"\\]|\\.)*)"/, '"msg"="$1"')
    .replace(/ err="/, ' "error"="')
    .replace(/ (\w+)="/g, (m, k: string) => (k === 'error' ? m : ` "${k}"="`));
}

const CONTROLLER_OF: [RegExp, string][] = [
  [/pkg\/controller\/pod-eni\//, 'pod-eni'],
  [/pkg\/controller\/node\//, 'node'],
  [/pkg\/controller\/pod-networking\//, 'pod-networking'],
  [/pkg\/controller\//, 'pod'],
];

/** terway-controlplane's log line carrying `text` */
function controlplaneLogForms(item: InventoryItem, text: string): WrappedForm[] {
  const file = base(item.source);
  if (text.startsWith('panic: '))
    return [
      {
        form: 'controlplane panic',
        text: panicBlock(
          text,
          '/go/src/github.com/AliyunContainerService/terway/cmd/terway-controlplane/terway-controlplane.go:273',
        ),
      },
    ];
  const out: WrappedForm[] = [];
  const level = /disable v2 ipam/.test(text) ? 'I' : 'E';
  if (text.startsWith('"')) {
    // start-up errors of cmd/terway-controlplane: log.Error(err, msg) of the `setup` logger
    if (during(item, ...CP_TEXTLOGGER))
      out.push({ form: 'textlogger', text: `${klogHeader(level, file, 1)} ${text} logger="setup"` });
    if (during(item, ...CP_KLOGR))
      out.push({ form: 'klogr', text: `${klogHeader(level, file, 1)} setup ${toKlogr(text)} ` });
    return out;
  }
  if (item.source.startsWith('cmd/')) {
    const line = level === 'I' ? `"${quoted(text)}"` : `"unable to detect multi IP" err="${quoted(text)}"`;
    if (during(item, ...CP_TEXTLOGGER))
      out.push({ form: 'textlogger', text: `${klogHeader(level, file, 1)} ${line} logger="setup"` });
    if (during(item, ...CP_KLOGR))
      out.push({ form: 'klogr', text: `${klogHeader(level, file, 1)} setup ${toKlogr(line)} ` });
    return out;
  }
  // a controller's error: controller-runtime logs it as the reconcile's error
  const controller = CONTROLLER_OF.find(([re]) => re.test(item.source))?.[1] ?? 'pod';
  if (during(item, ...CP_TEXTLOGGER))
    out.push({
      form: 'Reconciler error (textlogger)',
      text: `${klogHeader('E', 'controller.go:316', 1)} "Reconciler error" err="${quoted(text)}" controller="${controller}" controllerGroup="" controllerKind="Pod" Pod="${NS}/${POD}" namespace="${NS}" name="${POD}" reconcileID="5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"`,
    });
  if (during(item, ...CP_KLOGR))
    out.push({
      form: 'Reconciler error (klogr)',
      text: `${klogHeader('E', 'controller.go:317', 1)} controller/${controller} "msg"="Reconciler error" "error"="${quoted(text)}" "name"="${POD}" "namespace"="${NS}" "reconciler group"="" "reconciler kind"="Pod" `,
    });
  return out;
}

// ---- init and policy -----------------------------------------------------------------------------

/** what terway-cli prints for an error it returns, as the init container's log shows it */
function initLine(text: string): string {
  // terway-cli cni prints `error: %v`; nodeconfig prints `task: %serror: %v`; init.sh's own tools print themselves
  if (
    /^(error: |task: |sysctl: |parse error: |modprobe: |nsenter: |node not support erdma|Linux kernel version)/.test(
      text,
    )
  )
    return text;
  if (text.startsWith('failed process input: ')) return `error: ${text}`;
  if (/^exclusive eni mode changed/.test(text)) return `task: eniOnlyerror: ${text}`;
  if (/^open \/etc\/eni\/eni_conf/.test(text)) return `task: get eni configerror: ${text}`;
  return `error: failed process input: ${text}`;
}

function initForms(item: InventoryItem): WrappedForm[] {
  const line = initLine(item.string);
  const logs = [`$ kubectl logs -n kube-system terway-eniip-7x2kq -c terway-init`, 'Init node capabilities', line].join(
    '\n',
  );
  return [
    { form: 'terway-init log', text: logs },
    {
      form: 'terway-init log --timestamps',
      text: `2026-11-25T02:44:01.118221930+08:00 Init node capabilities\n2026-11-25T02:44:01.318202711+08:00 ${line}`,
    },
  ];
}

function policyForms(item: InventoryItem): WrappedForm[] {
  return [
    { form: 'policy log', text: `$ kubectl logs -n kube-system terway-eniip-7x2kq -c policy\n${item.string}` },
    { form: 'policy log --timestamps', text: `2026-11-25T02:44:03.511002117+08:00 ${item.string}` },
  ];
}

// ---- webhooks ------------------------------------------------------------------------------------

/** PodNetworking specs are checked by the validating webhook; pods by the mutating one */
const PODNETWORKING_DENIALS =
  /^(attachType must be default|vSwitchOptions is not set|security group is not set|invalid releaseAfter|releaseAfter must be empty)/;
/** webhook.Errored(1, err): a failed lookup, not a denial; kubectl names no HTTP reason */
const ERRORED =
  /^(error get previous podENI conf|pod networking \S+ (is not ready|should not have selector|has different eni attach type))/;

function webhookForms(item: InventoryItem): WrappedForm[] {
  const msg = item.string;
  if (PODNETWORKING_DENIALS.test(msg))
    return [
      {
        form: 'kubectl create podnetworking',
        text: `Error from server (Forbidden): error when creating "podnetworking.yaml": admission webhook "terway.validate.k8s.io" denied the request: ${msg}`,
      },
    ];
  const kubectlReason = ERRORED.test(msg) ? 'Error from server' : 'Error from server (Forbidden)';
  const denied = `admission webhook "terway.mutating.k8s.io" denied the request: ${msg}`;
  return [
    { form: 'kubectl create pod', text: `${kubectlReason}: error when creating "pod.yaml": ${denied}` },
    {
      form: 'FailedCreate event',
      text: describeEvents(
        [
          'Name:           web-7d9c6b5f4',
          `Namespace:      ${NS}`,
          'Selector:       app=web,pod-template-hash=7d9c6b5f4',
          'Controlled By:  Deployment/web',
          'Replicas:       0 current / 3 desired',
        ].join('\n'),
        [['Warning', 'FailedCreate', '8s (x14 over 50s)', 'replicaset-controller', `Error creating: ${denied}`]],
      ),
    },
  ];
}

// ---- CNI and kubelet -----------------------------------------------------------------------------

/** errors of cmdDel (and of the client set-up it shares with cmdCheck) */
const DELETE_PATH =
  /^(failed to do del|error release ip for pod|return empty pod alloc info|error get ip from terway|error create grpc client)/;
/** errors the CNI returns before or outside doCmdAdd, as cniTypes.Error (`msg; details`) or bare */
const OWN_ENVELOPE =
  /^(failed to do (add|del)|failed connect to daemon|failed to parse (network config|args)|add cmd:|cmdCheck:|error create grpc client)/;
/** grpc's dial errors reach the CNI inside the RPC's status */
const DIAL = /^dial unix /;

function cniChain(item: InventoryItem, text: string, del: boolean): string {
  if (DIAL.test(text))
    return `failed to do add; cmdAdd: error alloc ip rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: ${text}"`;
  if (OWN_ENVELOPE.test(text) || !during(item, ...CNI_FAILED_TO_DO)) return text;
  return `failed to do ${del ? 'del' : 'add'}; ${text}`;
}

const sandboxError = (chain: string) =>
  `rpc error: code = Unknown desc = failed to setup network for sandbox "${SANDBOX}": plugin type="terway" failed (add): ${chain}`;

const sandboxEvent = (chain: string) => `Failed to create pod sandbox: ${sandboxError(chain)}`;

/** kubelet's FailedKillPod message: the runtime's error Go-quoted inside the sync result */
function killEvent(chain: string): string {
  const runtime = `rpc error: code = Unknown desc = failed to destroy network for sandbox "${SANDBOX}": plugin type="terway" failed (delete): ${chain}`;
  return `error killing pod: failed to "KillPodSandbox" for "${POD_UID}" with KillPodSandboxError: "${quoted(runtime)}"`;
}

/** kubelet's journal: the runtime's error once quoted (RunPodSandbox) and thrice (pod_workers) */
function kubeletJournal(chain: string): WrappedForm[] {
  const prefix = `Nov 25 02:44:01 ${NODE} kubelet[1123]:`;
  const podRef = `${POD}_${NS}(${POD_UID})`;
  const inner = `Failed to create sandbox for pod "${podRef}": ${sandboxError(chain)}`;
  const sync = `failed to "CreatePodSandbox" for "${podRef}" with CreatePodSandboxError: "${quoted(inner)}"`;
  return [
    {
      form: 'kubelet journal',
      text: `${prefix} ${klogHeader('E', 'remote_runtime.go:176', 1123)} "RunPodSandbox from runtime service failed" err="${quoted(sandboxError(chain))}"`,
    },
    {
      form: 'kubelet journal (pod_workers)',
      text: `${prefix} ${klogHeader('E', 'pod_workers.go:1301', 1123)} "Error syncing pod, skipping" err="${quoted(sync)}" pod="${NS}/${POD}" podUID="${POD_UID}"`,
    },
  ];
}

function podDescribe(rows: string[][]): string {
  return describeEvents(described('Pod').header, rows);
}

function cniForms(item: InventoryItem, text = item.string): WrappedForm[] {
  if (/^cmdCheck: /.test(text))
    return [
      {
        form: 'terway CNI log (check)',
        text: `${klogHeader('E', 'cni.go:205', 182733)} "error checking" err="${quoted(text)}" logger="terway-cni check" netns="/var/run/netns/cni-1f2e3d4c" podName="${POD}" podNamespace="${NS}"`,
      },
    ];
  const del = DELETE_PATH.test(text);
  const out: WrappedForm[] = [];
  if (during(item, ...CNI_FAILED_TO_DO)) {
    const chain = cniChain(item, text, del);
    if (del) {
      out.push({
        form: 'FailedKillPod event',
        text: podDescribe([['Warning', 'FailedKillPod', '2m (x12 over 10m)', 'kubelet', killEvent(chain)]]),
      });
    } else {
      out.push({
        form: 'FailedCreatePodSandBox event',
        text: podDescribe([['Warning', 'FailedCreatePodSandBox', '14s (x27 over 6m)', 'kubelet', sandboxEvent(chain)]]),
      });
      out.push(...kubeletJournal(chain));
    }
  }
  if (during(item, ...CNI_BARE) || during(item, ...V1_0)) {
    // dockershim: `networkPlugin cni failed to set up pod` (From `kubelet, <node>` in kubectl < 1.20)
    const runtime = `rpc error: code = Unknown desc = NetworkPlugin cni failed to ${del ? 'teardown' : 'set up'} pod "${POD}_${NS}" network: ${text}`;
    const message = del
      ? `error killing pod: failed to "KillPodSandbox" for "${POD_UID}" with KillPodSandboxError: "${quoted(runtime)}"`
      : `Failed create pod sandbox: ${runtime}`;
    out.push({
      form: 'dockershim event',
      text: podDescribe([
        ['Warning', del ? 'FailedKillPod' : 'FailedCreatePodSandBox', '1m (x158 over 6m)', `kubelet, ${NODE}`, message],
      ]),
    });
  }
  return out;
}

// ---- RPC errors ----------------------------------------------------------------------------------

/** an error the daemon returned over gRPC, inside the CNI's chain and the AllocIPFailed event */
function rpcForms(item: InventoryItem): WrappedForm[] {
  const status = `rpc error: code = Unknown desc = ${item.string}`;
  const out: WrappedForm[] = [];
  if (during(item, ...SINCE_V1_1)) {
    const cmdAdd = `cmdAdd: error alloc ip ${status}`;
    out.push(...cniForms({ ...item, first: item.first === 'v1.0.10' ? 'v1.1.0-rc.0' : item.first }, cmdAdd));
    out.push(
      ...eventForms('AllocIPFailed', cmdAdd, item)
        .slice(0, 1)
        .map((f) => ({ ...f, form: `AllocIPFailed ${f.form}` })),
    );
  }
  if (during(item, ...V1_0))
    out.push(
      ...cniForms(
        { ...item, last: 'v1.0.10' },
        `add cmd: error alloc ip from grpc call, pod: default-nginx: ${status}`,
      ),
    );
  return out;
}

// ---- OpenAPI -------------------------------------------------------------------------------------

interface ApiError {
  code: string;
  message: string;
  requestId: string;
}

function apiError(s: string): ApiError | undefined {
  const m =
    /errCode: (?<code>[^,\s]+), msg: (?<message>.*?), requestID: (?<requestId>[\w-]+)/.exec(s) ??
    /ErrorCode: (?<code>[^\\\s]+)\\nRecommend: \\nRequestId: (?<requestId>[\w-]+)\\nMessage: (?<message>.*)$/.exec(s) ??
    /RequestId: (?<requestId>[\w-]+) Status Code: \d+ Code: (?<code>\S+) Message: (?<message>.*)$/.exec(s);
  return m?.groups as ApiError | undefined;
}

/** the code of an OpenAPI item, or undefined for messages of Terway's vSwitch pool */
export function openApiCode(item: InventoryItem): string | undefined {
  return apiError(item.string)?.code;
}

function openApiForms(item: InventoryItem): WrappedForm[] {
  const e = apiError(item.string);
  if (!e) return daemonLogForms(item, item.string);
  const numeric = /^\d+$/.test(e.code);
  const out: WrappedForm[] = [];
  const log = (form: string, body: string) => out.push({ form, text: `${klogHeader('E', 'local.go:980')} ${body}` });
  if (during(item, ...SINCE_V1_1))
    log(
      'errCode (Terway)',
      `"failed to create eni" err="errCode: ${e.code}, msg: ${quoted(e.message)}, requestID: ${e.requestId}"`,
    );
  if (numeric) return out;
  if (during(item, ...SINCE_V1_1)) {
    // alibaba-cloud-sdk-go's ServerError, unwrapped: a multi-line message in the custom logrus format
    out.push({
      form: 'SDK.ServerError ErrorCode',
      text: `E0115 09:00:01.23456 eni-multi-ip.go:598] subSys=eni-pool error allocate eni: SDK.ServerError\nErrorCode: ${e.code}\nRecommend: https://api.aliyun.com/troubleshoot?q=${e.code}&product=Ecs\nRequestId: ${e.requestId}\nMessage: ${e.message}`,
    });
    out.push({
      form: 'SDK.ServerError escaped',
      text: `level=error msg=error allocate eni: SDK.ServerError\\nErrorCode: ${e.code}\\nRecommend: \\nRequestId: ${e.requestId}\\nMessage: ${e.message}`,
    });
  }
  if (during(item, 'v1.14.3', 'v1.17.5')) {
    // tea's SDKError, unwrapped, as klog prints a multi-line error value
    out.push({
      form: 'tea SDKError',
      text: [
        `${klogHeader('E', 'pool.go:2124', 1)} "failed to create eni" err=<`,
        '\tSDKError:',
        '\t   StatusCode: 400',
        `\t   Code: ${e.code}`,
        `\t   Message: code: 400, ${e.message} request id: ${e.requestId}`,
        `\t   Data: {"Code":"${e.code}","HostId":"ecs.cn-hangzhou.aliyuncs.com","Message":"${quoted(e.message)}","RequestId":"${e.requestId}"}`,
        ' >',
      ].join('\n'),
    });
    log(
      'errCode (tea)',
      `"failed to create eni" err="errCode: ${e.code}, msg: code: 400, ${quoted(e.message)} request id: ${e.requestId}, "`,
    );
  }
  if (during(item, ...V1_0))
    out.push({
      form: 'aliyungo',
      text: `time="2020-05-29T14:59:52Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: ${e.requestId} Status Code: 403 Code: ${e.code} Message: ${quoted(e.message)}, retrying"`,
    });
  return out;
}

// ---- conditions ----------------------------------------------------------------------------------

function conditionForms(item: InventoryItem): WrappedForm[] {
  const s = item.string;
  const row = (status: string, reason: string, message: string) =>
    `  SufficientIP     ${status}   Mon, 18 Nov 2024 10:02:11 +0800   Mon, 18 Nov 2024 09:40:57 +0800   ${reason}   ${message}`;
  const node = (r: string) =>
    [
      `Name:               ${NODE}`,
      'Conditions:',
      '  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason           Message',
      '  ----             ------  -----------------                 ------------------                ------           -------',
      '  Ready            True    Mon, 18 Nov 2024 10:02:11 +0800   Mon, 18 Nov 2024 09:40:57 +0800   KubeletReady     kubelet is posting ready status',
      r,
    ].join('\n');
  if (/^\s*SufficientIP /.test(s)) return [{ form: 'describe node condition', text: node(s) }];
  if (/^node has insufficient IP/.test(s))
    return [{ form: 'describe node condition', text: node(row('False', 'InsufficientIP', s)) }];
  if (/^node has sufficient IP/.test(s))
    return [{ form: 'describe node condition', text: node(row('True ', 'SufficientIP', s)) }];
  // the Node CR's per-ENI conditions
  return [
    {
      form: 'describe Node CR ENI condition',
      text: [
        described('NodeCR').header,
        'Status:',
        '  Network Interfaces:',
        '    eni-2ze8f1k3j5h7g9d0s2a4:',
        '      Conditions:',
        '        Insufficient IP:',
        '          Last Transition Time:  2026-11-25T02:41:07Z',
        `          Message:               ${s}`,
        '          Observed Time:         2026-11-25T02:41:07Z',
        '          Status:                True',
      ].join('\n'),
    },
  ];
}

// ---- per kind ------------------------------------------------------------------------------------

/** a message of each reason, for items that name only the reason */
function messageFor(reason: string, items: readonly InventoryItem[]): string {
  return items.find((i) => i.kind === 'event-message' && i.reason === reason)?.string ?? 'something went wrong';
}

type Render = (item: InventoryItem, items: readonly InventoryItem[]) => WrappedForm[];

/** the wrappers of each inventory kind */
const FORMS: Record<string, Render> = {
  'event-reason': (item, items) => eventForms(item.string, messageFor(item.string, items), item),
  'event-message': (item) => eventForms(item.reason!, item.string, item),
  'webhook-denial': webhookForms,
  'init-error': initForms,
  'policy-error': policyForms,
  'daemon-error': (item) => daemonLogForms(item, item.string),
  'controlplane-error': (item) => controlplaneLogForms(item, item.string),
  'cni-error': (item) => cniForms(item),
  'rpc-error': rpcForms,
  'openapi-code': openApiForms,
  condition: conditionForms,
};

export function wrappedForms(item: InventoryItem, items: readonly InventoryItem[]): WrappedForm[] {
  const render = FORMS[item.kind];
  if (!render) throw new Error(`no wrapper for kind ${item.kind}`);
  return render(item, items);
}
