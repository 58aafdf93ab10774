// npm run bench — throughput of the whole engine (decode → parse → match → reason) on a generated
// 100 MB Terway daemon log, next to `grep -c -E -f <catalog patterns>` on the same file, plus the
// latency of a 10 KB describe paste. Figures are printed, not asserted; the run fails only when
// the engine does not find exactly the signals that were sprinkled into the log.
import { createReadStream, createWriteStream, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { analyze } from '../src/engine/analyze';
import { CompiledCatalog } from '../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../src/node/load-catalog';
import { daemonLog, signalPool, type Sprinkled } from './generate';
import { describePaste } from './describe-paste';
import { toEre } from './ere';

const OUT = join(import.meta.dirname, 'out');
const MB = 1e6;
const SIZE = Number(process.env.BENCH_MB ?? 100) * MB;

async function main() {
  mkdirSync(OUT, { recursive: true });
  const catalogData = loadCatalogFromDir();
  const catalog = new CompiledCatalog(catalogData);

  // 1. the log
  const logPath = join(OUT, `daemon-${SIZE / MB}mb.log`);
  const sprinkled: Sprinkled[] = [];
  const pool = signalPool(catalogData);
  await new Promise<void>((resolve, reject) => {
    const ws = createWriteStream(logPath);
    ws.on('error', reject);
    const gen = daemonLog(SIZE, pool, sprinkled);
    const pump = () => {
      for (let r = gen.next(); !r.done; r = gen.next()) if (!ws.write(r.value)) return void ws.once('drain', pump);
      ws.end(resolve);
    };
    pump();
  });
  const bytes = statSync(logPath).size;

  // 2. the engine, streaming from disk
  const t0 = performance.now();
  const report = await analyze(
    [
      {
        name: 'daemon.log',
        stream: Readable.toWeb(createReadStream(logPath, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>,
        size: bytes,
      },
    ],
    catalog,
  );
  const engineS = (performance.now() - t0) / 1000;

  // 3. grep with the catalog's patterns
  const patterns: string[] = [];
  let skipped = 0;
  for (const e of catalogData.entries)
    for (const v of e.match) {
      if (e.kind === 'event') continue; // event variants match messages, not lines
      const ere = toEre(v.pattern);
      if (ere === undefined) skipped++;
      else patterns.push(ere);
    }
  const patternFile = join(OUT, 'patterns.ere');
  writeFileSync(patternFile, patterns.join('\n') + '\n');
  let grepS = NaN;
  let grepCount = '?';
  try {
    const g0 = performance.now();
    grepCount = execFileSync('grep', ['-c', '-E', '-f', patternFile, logPath], { encoding: 'utf8' }).trim();
    grepS = (performance.now() - g0) / 1000;
  } catch (e) {
    const err = e as { status?: number; stdout?: string };
    if (err.status === 1) grepCount = '0';
    else console.error('grep failed:', e);
  }

  // 4. correctness: exactly the sprinkled signals, with their counts
  const expected = new Map<string, number>();
  for (const s of sprinkled)
    for (const id of new Set(catalog.matchLine(s.text).map((h) => h.compiled.entry.id)))
      expected.set(id, (expected.get(id) ?? 0) + 1);
  const found = new Map<string, number>();
  for (const f of report.findings) found.set(f.id, (found.get(f.id) ?? 0) + f.count);
  const mismatches = [...new Set([...expected.keys(), ...found.keys()])].filter(
    (id) => expected.get(id) !== found.get(id),
  );

  // 5. a 10 KB describe paste, end to end
  const paste = describePaste(10_000);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const p0 = performance.now();
    await analyze([{ name: 'paste', text: paste }], catalog);
    times.push(performance.now() - p0);
  }
  times.sort((a, b) => a - b);

  const engineMBs = bytes / MB / engineS;
  const grepMBs = bytes / MB / grepS;
  console.log(`\nTerway Triage engine benchmark (Node ${process.version})`);
  console.log(
    `input: ${(bytes / MB).toFixed(1)} MB, ${report.stats.lines} lines, ${sprinkled.length} sprinkled signals, ${catalog.lineVariantCount} line patterns`,
  );
  console.table({
    'engine (whole pipeline)': { seconds: +engineS.toFixed(3), 'MB/s': +engineMBs.toFixed(1) },
    'grep -c -E -f patterns': { seconds: +grepS.toFixed(3), 'MB/s': +grepMBs.toFixed(1) },
  });
  console.log(
    `engine / grep throughput: ${(engineMBs / grepMBs).toFixed(2)}x (target >= 0.5x); grep matched ${grepCount} lines with ${patterns.length} patterns (${skipped} not expressible in ERE)`,
  );
  console.log(
    `10 KB describe paste → report: median ${times[15]!.toFixed(2)} ms, p90 ${times[27]!.toFixed(2)} ms (target <= 50 ms in the browser)`,
  );
  if (mismatches.length > 0) {
    console.error(
      `MISMATCH: findings differ from the sprinkled signals for ${mismatches.map((id) => `${id} expected ${expected.get(id) ?? 0} found ${found.get(id) ?? 0}`).join('; ')}`,
    );
    process.exitCode = 1;
  } else
    console.log(`signals: found exactly the ${sprinkled.length} sprinkled signals (${expected.size} catalog entries)`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
