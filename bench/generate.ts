// Deterministic inputs for the benchmarks: a realistic Terway daemon log (klog, as terwayd has
// written since v1.11.5) with catalog signals sprinkled at known positions, and a describe paste.
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
 * Streams the log as chunks of text (never the whole file in memory): `bytes` of noise with one
 * signal every `every` lines, drawn from `pool` in order.
 */
export function* daemonLog(
  bytes: number,
  pool: { entryId: string; text: string }[],
  sprinkled: Sprinkled[],
  every = 20_000,
  seed = 42,
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
    } else text = noiseLine(rand, t);
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
