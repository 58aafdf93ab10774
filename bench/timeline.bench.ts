// npm run bench:timeline — what the timeline, the line marks and the grouping cost on 100 MB:
// the generated daemon log of `npm run bench` (signals every 20,000 lines), and a worst case where
// every line is a timed error or warning. Each is analysed with the timeline recorder and with it
// stubbed out (the difference is its cost), then the page's work is timed: re-placing the kept
// entries on a user's "pasted at" time, one screen of gutter marks, the minimap's bands. It prints
// the sizes the worker sends (entries kept of total, mark ranges, bytes as JSON). Figures, not asserts.
import { analyze } from '../src/engine/analyze';
import { CompiledCatalog } from '../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../src/node/load-catalog';
import { TimelineRecorder } from '../src/engine/analysis/timeline-recorder';
import { placeTimeline } from '../src/engine/reason/timeline-place';
import { marksBetween, stripBands } from '../src/ui/incident/line-marks';
import type { Report } from '../src/engine/report';
import { daemonLog, signalPool } from './generate';

const MB = 1e6;
const SIZE = Number(process.env.BENCH_MB ?? 100) * MB;

function collect(gen: Generator<string>): string {
  const parts: string[] = [];
  for (const chunk of gen) parts.push(chunk);
  return parts.join('');
}

/** every line a timed error (a catalog signal) or a warning no entry explains */
function* worstCase(bytes: number): Generator<string> {
  let written = 0;
  let i = 0;
  while (written < bytes) {
    const lines: string[] = [];
    for (let k = 0; k < 10_000; k++, i++) {
      const s = String(i % 60).padStart(2, '0');
      const m = String(Math.floor(i / 60) % 60).padStart(2, '0');
      const h = String(Math.floor(i / 3600) % 24).padStart(2, '0');
      lines.push(
        i % 2 === 0
          ? `E0722 ${h}:${m}:${s}.000000   12345 pool.go:201] error allocate ip: InvalidVSwitchId.IpNotEnough vsw-bp1 ${i}`
          : `W0722 ${h}:${m}:${s}.500000   12345 pool.go:210] pool below minimum, waiting for request ${i}`,
      );
    }
    const chunk = `${lines.join('\n')}\n`;
    written += chunk.length;
    yield chunk;
  }
}

async function timed(text: string, catalog: CompiledCatalog): Promise<{ ms: number; report: Report }> {
  const t0 = performance.now();
  const report = await analyze([{ name: 'bench.log', text }], catalog);
  return { ms: performance.now() - t0, report };
}

function stubRecorder(): () => void {
  const proto = TimelineRecorder.prototype as unknown as Record<string, unknown>;
  const saved = { occurrence: proto['occurrence'], warningLine: proto['warningLine'] };
  proto['occurrence'] = () => {};
  proto['warningLine'] = () => {};
  return () => Object.assign(proto, saved);
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

async function run(name: string, text: string, catalog: CompiledCatalog) {
  // alternated twice and the faster of each kept, so the JIT's warm-up favours neither
  let withIt = { ms: Infinity } as { ms: number; report: Report };
  let without = Infinity;
  for (let i = 0; i < 2; i++) {
    const restore = stubRecorder();
    without = Math.min(without, (await timed(text, catalog)).ms);
    restore();
    const run = await timed(text, catalog);
    if (run.ms < withIt.ms) withIt = run;
  }
  const r = withIt.report;
  const sent = JSON.stringify({ timeline: r.timeline, lineMarks: r.lineMarks, groups: r.groups }).length;
  const lines = r.stats.lines;
  const place = time(() =>
    placeTimeline(r.timeline, { at: '2026-01-01T00:00:00Z', source: 'user' }, r.verdict.rootCause),
  );
  const screen = time(() => marksBetween(r.lineMarks, Math.floor(lines / 2), Math.floor(lines / 2) + 30));
  const strip = time(() => stripBands(r.lineMarks, 1, lines));
  console.log(`\n${name}: ${(text.length / MB).toFixed(0)} MB, ${lines.toLocaleString('en-US')} lines`);
  console.log(`  analyse with the recorder   ${(withIt.ms / 1000).toFixed(2)} s`);
  console.log(
    `  analyse with it stubbed     ${(without / 1000).toFixed(2)} s  (difference ${(((withIt.ms - without) / without) * 100).toFixed(1)} %)`,
  );
  console.log(
    `  timeline kept / total       ${r.timeline.length.toLocaleString('en-US')} / ${r.timelineTotal.toLocaleString('en-US')}`,
  );
  console.log(
    `  mark ranges (gap)           ${(r.lineMarks.ranges.length / 3).toLocaleString('en-US')} (${r.lineMarks.gap})`,
  );
  console.log(`  groups                      ${r.groups.length}`);
  console.log(`  sent to the page as JSON    ${(sent / MB).toFixed(2)} MB`);
  console.log(`  page: re-place on a time    ${place.ms.toFixed(1)} ms`);
  console.log(`  page: one screen of marks   ${screen.ms.toFixed(2)} ms (${screen.value.length} marks)`);
  console.log(`  page: minimap bands         ${strip.ms.toFixed(1)} ms (${strip.value.length} bands)`);
}

async function main() {
  const data = loadCatalogFromDir();
  const catalog = new CompiledCatalog(data);
  await run('daemon log (npm run bench)', collect(daemonLog(SIZE, signalPool(data), [])), catalog);
  await run('worst case: every line a timed error or warning', collect(worstCase(SIZE)), catalog);
}

void main();
