// Throughput of the parser front half (decode → normalise → split → parse), printed as MB/s.
// Run: npx tsx bench/parse.bench.ts   (not a timed test; inputs are generated deterministically in memory)

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createByteParser, createLineParser } from '../src/engine/parse/index';
import type { RecordSink } from '../src/engine/records';
import { prng } from './generate';

const MB = 1024 * 1024;
const CHUNK = MB;

/** A sink that only counts, so the figures measure the parser, not the consumer. */
function countingSink(): RecordSink & { counts: Record<string, number> } {
  const counts: Record<string, number> = {
    documents: 0,
    events: 0,
    logs: 0,
    pods: 0,
    objects: 0,
    configs: 0,
    inspects: 0,
    lines: 0,
  };
  return {
    counts,
    document: () => void counts.documents!++,
    event: () => void counts.events!++,
    log: () => void counts.logs!++,
    pod: () => void counts.pods!++,
    object: () => void counts.objects!++,
    config: () => void counts.configs!++,
    inspect: () => void counts.inspects!++,
    line: () => void counts.lines!++,
  };
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** A Terway daemon log as `kubectl logs terway-eniip-x -c terway` prints it (klog textlogger, some legacy lines). */
function* terwayDaemonLog(totalBytes: number): Generator<string> {
  const r = prng(42);
  const callers = ['pool.go:210', 'server.go:341', 'cni.go:99', 'eni.go:77', 'node.go:88', 'aliyun_client_mgr.go:136'];
  const msgs = [
    (i: number) =>
      `"alloc ip" logger="eni-pool" podName="nginx-${i % 997}" podNamespace="default" ip="192.168.${i % 250}.${i % 200}" took="${(i % 90) + 3}ms"`,
    (i: number) =>
      `"error adding" err="rpc error: code = Unknown desc = error get ip from pool: InvalidVSwitchId.IpNotEnough" logger="terway-cni add" netns="/var/run/netns/cni-${i.toString(16)}" podName="web-${i % 31}" podNamespace="prod"`,
    (i: number) =>
      `"pool is below min size" logger="eni-pool" idle=${i % 5} min=2 pod={"name":"nginx-${i % 97}","namespace":"default"}`,
    (i: number) => `"sync node" logger="node" node="cn-hangzhou.10.0.${i % 250}.${i % 200}" enis=${i % 7}`,
  ];
  let bytes = 0;
  let i = 0;
  let chunk = '';
  while (bytes < totalBytes) {
    const sec = i % 60;
    const min = Math.floor(i / 60) % 60;
    const frac = String(Math.floor(r() * 1e6)).padStart(6, '0');
    const level = r() < 0.85 ? 'I' : r() < 0.5 ? 'W' : 'E';
    let line: string;
    if (i % 50 === 7) {
      line = `${level}0723 10:${pad2(min)}:${pad2(sec)}.${frac.replace(/0+$/, '')} ${callers[i % callers.length]}] ipType=ENIMultiIP podName=nginx-${i % 97} subSys=pool alloc ip failed: get ip timeout`;
    } else {
      line = `${level}0723 10:${pad2(min)}:${pad2(sec)}.${frac}  182733 ${callers[i % callers.length]}] ${msgs[i % msgs.length]!(i)}`;
    }
    chunk += line + '\n';
    bytes += line.length + 1;
    i++;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** A mixed paste: the fixture corpus (describes, tables, JSON/YAML, logs, pitfalls) repeated to size. */
function mixedPaste(totalBytes: number): string[] {
  const dir = join(import.meta.dirname, '../tests/fixtures/parse');
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const one = parts.join('\n\n');
  const chunks: string[] = [];
  let text = '';
  let size = 0;
  while (size < totalBytes) {
    text += one + '\n\n';
    size += one.length + 2;
    if (text.length >= CHUNK) {
      chunks.push(text);
      text = '';
    }
  }
  if (text.length > 0) chunks.push(text);
  return chunks;
}

const RUNS = 3;

interface Timing {
  wall: number;
  cpu: number;
}

/** Prints best and median of wall time, and CPU time (steadier when other processes share the machine). */
function report(name: string, bytes: number, times: Timing[], counts: Record<string, number>): void {
  const mb = bytes / MB;
  const pick = (key: keyof Timing): { best: number; median: number } => {
    const sorted = times.map((t) => t[key]).sort((a, b) => a - b);
    return { best: sorted[0] as number, median: sorted[Math.floor(sorted.length / 2)] as number };
  };
  const wall = pick('wall');
  const cpu = pick('cpu');
  const rate = (ms: number): string => (mb / (ms / 1000)).toFixed(1).padStart(6);
  console.log(
    `${name.padEnd(32)} ${mb.toFixed(1).padStart(6)} MB  wall best ${wall.best.toFixed(0).padStart(5)} ms =${rate(wall.best)} MB/s, ` +
      `median ${wall.median.toFixed(0).padStart(5)} ms  cpu best ${cpu.best.toFixed(0).padStart(5)} ms =${rate(cpu.best)} MB/s  ${JSON.stringify(counts)}`,
  );
}

function repeat(name: string, run: () => { bytes: number; counts: Record<string, number> }): void {
  const times: Timing[] = [];
  let last = { bytes: 0, counts: {} as Record<string, number> };
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    last = run();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    times.push({ wall, cpu: (c.user + c.system) / 1000 });
  }
  report(name, last.bytes, times, last.counts);
}

function benchText(name: string, chunks: string[]): void {
  repeat(name, () => runText(chunks));
}

function benchBytes(name: string, chunks: Uint8Array[]): void {
  repeat(name, () => runBytes(chunks));
}

/** Pushes every chunk through a parser from `make`: what it counted, and the characters or bytes pushed. */
function run<C extends string | Uint8Array>(
  make: (sink: RecordSink) => { push(chunk: C): void; end(): void },
  chunks: C[],
): { bytes: number; counts: Record<string, number> } {
  const sink = countingSink();
  const parser = make(sink);
  let bytes = 0;
  for (const c of chunks) {
    parser.push(c);
    bytes += c.length;
  }
  parser.end();
  return { bytes, counts: sink.counts };
}

const runText = (chunks: string[]) => run<string>(createLineParser, chunks);
const runBytes = (chunks: Uint8Array[]) => run<Uint8Array>(createByteParser, chunks);

const klog = [...terwayDaemonLog(100 * MB)];
const mixed = mixedPaste(10 * MB);
const enc = new TextEncoder();
const klogBytes = klog.map((c) => enc.encode(c));
const mixedBytes = mixed.map((c) => enc.encode(c));

console.log(
  `node ${process.version}, ${RUNS} runs each (text: chars pushed; bytes: UTF-8 bytes through the stream decoder)`,
);
// warm-up passes so the figures are for optimised code
runText(klog.slice(0, 10));
runText(mixed.slice(0, 2));
benchText('klog terway daemon log, text', klog);
benchBytes('klog terway daemon log, bytes', klogBytes);
benchText('mixed paste, text', mixed);
benchBytes('mixed paste, bytes', mixedBytes);
