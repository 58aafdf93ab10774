// Deterministic inputs for the benchmarks: a realistic Terway daemon log (klog, as terwayd has
// written since v1.11.5) with catalog signals sprinkled at known positions, the same for a JSON (zap)
// log of terway-controlplane, a `kubectl get events -A -o yaml` dump and a mixed paste of the parser
// fixtures; a describe paste lives in describe-paste.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../src/engine/catalog/types';

/** mulberry32: small, fast, reproducible */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILES = ['pool.go', 'daemon.go', 'manager.go', 'local.go', 'server.go', 'k8s.go', 'node_reconcile.go', 'eni.go'];
const PODS = [
  'default/nginx-6d4cf56db6-8kt7p',
  'shop/web-7d9c6b5f4-x2lqp',
  'ml/trainer-6f7d8-2kq9z',
  'kube-system/coredns-5d78c9869d-qk2v7',
];

function klogHeader(rand: () => number, level: 'I' | 'W', t: number): string {
  const ms = t % 1000;
  const s = Math.floor(t / 1000) % 60;
  const m = Math.floor(t / 60000) % 60;
  const h = 2 + (Math.floor(t / 3600000) % 20);
  const us = String(ms * 1000 + Math.floor(rand() * 1000)).padStart(6, '0');
  const file = FILES[Math.floor(rand() * FILES.length)]!;
  return `${level}1125 ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${us}  182733 ${file}:${100 + Math.floor(rand() * 900)}] `;
}

function noiseLine(rand: () => number, t: number): string {
  const pod = PODS[Math.floor(rand() * PODS.length)]!;
  const r = rand();
  const ip = `10.0.${Math.floor(rand() * 250)}.${Math.floor(rand() * 250)}`;
  const eni = `eni-bp1${Math.floor(rand() * 1e12)
    .toString(36)
    .padStart(8, '0')}`;
  if (r < 0.35) return klogHeader(rand, 'I', t) + `"alloc ip" pod="${pod}" ipType="ENIMultiIP" ip="${ip}" eni="${eni}"`;
  if (r < 0.6)
    return (
      klogHeader(rand, 'I', t) +
      `"sync pool" idle=${Math.floor(rand() * 9)} inUse=${Math.floor(rand() * 30)} total=${30} maxPoolSize=5 minPoolSize=0`
    );
  if (r < 0.8) return klogHeader(rand, 'I', t) + `"release ip" pod="${pod}" ip="${ip}" reason="pod deleted"`;
  if (r < 0.95)
    return (
      klogHeader(rand, 'I', t) +
      `"handle rpc" method="/rpc.TerwayBackend/GetIPInfo" pod="${pod}" took="${(rand() * 40).toFixed(3)}ms"`
    );
  return (
    klogHeader(rand, 'W', t) +
    `"slow request" method="/rpc.TerwayBackend/AllocIP" pod="${pod}" took="${(1 + rand() * 3).toFixed(2)}s"`
  );
}

export interface Sprinkled {
  line: number;
  entryId: string;
  text: string;
}

/** Lines from catalog examples of log-like entries, used as the signals to find. */
export function signalPool(catalog: Catalog): { entryId: string; text: string }[] {
  const out: { entryId: string; text: string }[] = [];
  for (const e of catalog.entries) {
    if (!['daemon-error', 'openapi-error', 'cni-error'].includes(e.kind)) continue;
    for (const v of e.match) {
      const ex = v.examples.find((x) => !x.includes('\n') && x.length < 400);
      if (ex) out.push({ entryId: e.id, text: ex });
    }
  }
  return out;
}

/**
 * A generator of a log streamed as chunks of text (never the whole file in memory): `bytes` of noise lines
 * drawn by `noise` with one signal every `every` lines, drawn from `pool` in order.
 */
function sprinkledLog(noise: (rand: () => number, t: number) => string, defaultSeed: number) {
  return (
    bytes: number,
    pool: { entryId: string; text: string }[],
    sprinkled: Sprinkled[],
    every = 20_000,
    seed = defaultSeed,
  ): Generator<string> => sprinkledLines(bytes, pool, sprinkled, every, seed, noise);
}

/** A Terway daemon log (klog), with catalog signals sprinkled as raw lines. */
export const daemonLog = sprinkledLog(noiseLine, 42);
/** A terway-controlplane log (zap JSON), with catalog signals sprinkled as raw lines. */
export const jsonLog = sprinkledLog(zapLine, 43);

function* sprinkledLines(
  bytes: number,
  pool: { entryId: string; text: string }[],
  sprinkled: Sprinkled[],
  every: number,
  seed: number,
  noise: (rand: () => number, t: number) => string,
): Generator<string> {
  const rand = prng(seed);
  let written = 0;
  let line = 0;
  let t = 0;
  let chunk: string[] = [];
  let chunkBytes = 0;
  while (written < bytes) {
    line++;
    t += 1 + Math.floor(rand() * 3);
    let text: string;
    if (pool.length > 0 && line % every === 0) {
      const s = pool[(line / every) % pool.length]!;
      text = s.text;
      sprinkled.push({ line, entryId: s.entryId, text });
    } else text = noise(rand, t);
    chunk.push(text);
    chunkBytes += text.length + 1;
    written += text.length + 1;
    if (chunkBytes >= 1 << 20) {
      yield chunk.join('\n') + '\n';
      chunk = [];
      chunkBytes = 0;
    }
  }
  if (chunk.length > 0) yield chunk.join('\n') + '\n';
}

const CONTROLLERS = ['pod-eni', 'pod', 'node', 'pod-networking', 'multi-ip-pod', 'network-interface'];

/** A terway-controlplane line as zap's JSON encoder writes it. */
function zapLine(rand: () => number, t: number): string {
  const ts = new Date(Date.UTC(2024, 10, 25, 2) + t).toISOString();
  const pod = PODS[Math.floor(rand() * PODS.length)]!;
  const logger = CONTROLLERS[Math.floor(rand() * CONTROLLERS.length)]!;
  const r = rand();
  if (r < 0.5)
    return `{"level":"info","ts":"${ts}","logger":"${logger}","caller":"controllers/${logger}/controller.go:${100 + Math.floor(rand() * 400)}","msg":"reconcile","pod":"${pod}","reconcileID":"${Math.floor(rand() * 1e12).toString(16)}"}`;
  if (r < 0.8)
    return `{"level":"info","ts":"${ts}","logger":"${logger}","msg":"Reconcile successful","controller":"${logger}","namespace":"${pod.split('/')[0]}","name":"${pod.split('/')[1]}","took":"${(rand() * 50).toFixed(3)}ms"}`;
  if (r < 0.97)
    return `{"level":"debug","ts":"${ts}","logger":"eni-pool","msg":"sync pool","idle":${Math.floor(rand() * 9)},"inUse":${Math.floor(rand() * 30)}}`;
  return `{"level":"warn","ts":"${ts}","logger":"${logger}","msg":"slow reconcile","pod":"${pod}","took":"${(1 + rand() * 3).toFixed(2)}s"}`;
}

const REASONS: [string, string, string, string][] = [
  ['Normal', 'Scheduled', 'default-scheduler', 'Successfully assigned {pod} to cn-hangzhou.10.0.3.17'],
  ['Normal', 'Pulled', 'kubelet', 'Container image "registry.cn-hangzhou.aliyuncs.com/shop/web:1.4.2" already present'],
  ['Normal', 'Created', 'kubelet', 'Created container web'],
  ['Normal', 'Started', 'kubelet', 'Started container web'],
  ['Normal', 'AllocIPSucceed', 'terway-daemon', 'Alloc IP 10.0.{n}.{m}/24 took 38.2ms'],
  ['Normal', 'SuccessfulCreate', 'replicaset-controller', 'Created pod: {pod}'],
];

/** `kubectl get events -A -o yaml`: one List of Events, some of them Terway's failures. */
export function* eventsYaml(bytes: number, failingEvery = 5000, seed = 44): Generator<string> {
  const rand = prng(seed);
  let written = 0;
  let chunk = 'apiVersion: v1\nitems:\n';
  for (let i = 0; written < bytes; i++) {
    const [ns, name] = PODS[Math.floor(rand() * PODS.length)]!.split('/') as [string, string];
    const failing = i % failingEvery === failingEvery - 1;
    const [type, reason, source, template] = failing
      ? ([
          'Warning',
          'AllocIPFailed',
          'terway-daemon',
          'cmdAdd: error alloc ip rpc error: code = Unknown desc = errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1x9yvqk1zr5example" has not enough IpAddress.',
        ] as const)
      : REASONS[Math.floor(rand() * REASONS.length)]!;
    const message = template
      .replace('{pod}', `${ns}/${name}`)
      .replace('{n}', String(Math.floor(rand() * 250)))
      .replace('{m}', String(Math.floor(rand() * 250)));
    const t = new Date(Date.UTC(2024, 10, 25, 2) + i * 997).toISOString().replace(/\.\d+Z$/, 'Z');
    chunk += `- apiVersion: v1
  count: ${1 + Math.floor(rand() * 9)}
  eventTime: null
  firstTimestamp: "${t}"
  involvedObject:
    apiVersion: v1
    kind: Pod
    name: ${name}
    namespace: ${ns}
    resourceVersion: "${Math.floor(rand() * 1e8)}"
    uid: ${Math.floor(rand() * 1e12).toString(16)}-5c8b-9a2d-6e4f1b2c3d4e
  kind: Event
  lastTimestamp: "${t}"
  message: '${message.replaceAll("'", "''")}'
  metadata:
    creationTimestamp: "${t}"
    name: ${name}.${Math.floor(rand() * 1e15).toString(16)}
    namespace: ${ns}
  reason: ${reason}
  reportingComponent: ""
  reportingInstance: ""
  source:
    component: ${source}
  type: ${type}
`;
    if (chunk.length >= 1 << 20) {
      written += chunk.length;
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + 'kind: List\nmetadata:\n  resourceVersion: ""\n';
}

/** A mixed paste: the parser fixtures (describes, tables, JSON/YAML, logs, paste damage) repeated to size. */
export function* mixedPaste(bytes: number): Generator<string> {
  const dir = join(import.meta.dirname, '../tests/fixtures/parse');
  const one =
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n\n') + '\n\n';
  let chunk = '';
  for (let written = 0; written < bytes; written += one.length) {
    chunk += one;
    if (chunk.length >= 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
