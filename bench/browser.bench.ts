// npm run bench:browser — the built app in Debian's Chromium: drop a generated 100 MB daemon log,
// time to final report, longest main-thread task, JS heap, 10 KB paste latency, reference search
// latency per keystroke, Cancel latency, first-load size, the main-thread freeze of a real Ctrl+V of
// 1M lines, and a 1 GB file that must finish or be refused cleanly; then the scaling table (10 MB,
// 100 MB, 1 GB dropped). BENCH_PASTE_ONLY=1 runs only the 1M-line paste, BENCH_DROP_ONLY=1 only the
// 100 MB drop (to compare builds quickly); BENCH_SKIP_1GB=1 leaves the 1 GB file out.
// Figures are printed against the targets of issue 15, not asserted.
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { sampleWorkerHeap } from './worker-heap';
import { chromium, type Page } from '@playwright/test';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist } from '../scripts/serve-dist';
import { loadCatalogFromDir } from '../src/node/load-catalog';
import { daemonLog, signalPool, type Sprinkled } from './generate';
import { describePaste } from './describe-paste';

const OUT = join(import.meta.dirname, 'out');
const PORT = Number(process.env.BENCH_PORT ?? 4190);
/** drops of the 100 MB file timed (the median is reported) */
const DROP_RUNS = Number(process.env.BENCH_DROP_RUNS ?? 3);
const PREFIX = '/tools/terway/';
const URL_ = `http://127.0.0.1:${PORT}${PREFIX}`;

async function writeLog(path: string, bytes: number): Promise<Sprinkled[]> {
  const sprinkled: Sprinkled[] = [];
  if (existsSync(path) && statSync(path).size >= bytes) return sprinkled;
  const gen = daemonLog(bytes, signalPool(loadCatalogFromDir()), sprinkled);
  await new Promise<void>((resolve, reject) => {
    const ws = createWriteStream(path);
    ws.on('error', reject);
    const pump = () => {
      for (let r = gen.next(); !r.done; r = gen.next()) if (!ws.write(r.value)) return void ws.once('drain', pump);
      ws.end(resolve);
    };
    pump();
  });
  return sprinkled;
}

/** A page of the app that records its longest task; from a browser, or a context with permissions. */
async function freshPage(opener: Pick<import('@playwright/test').Browser, 'newPage'>): Promise<Page> {
  const page = await opener.newPage();
  // tsx keeps function names with an `__name` helper that page.evaluate callbacks do not carry
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(URL_);
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  return page;
}

// attaching to the worker's inspector slows it down: timed runs do not sample the worker's heap
async function dropFile(page: Page, path: string, timeoutMs: number, sampleWorker = false) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakPage = 0;
  const sampler = setInterval(async () => {
    try {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      peakPage = Math.max(peakPage, used);
    } catch {
      /* page gone */
    }
  }, 100);
  const workerHeap = sampleWorker ? await sampleWorkerHeap(page) : undefined;
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(path);
  let outcome = 'report';
  try {
    await page.getByTestId('verdict').waitFor({ timeout: timeoutMs });
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: timeoutMs });
  } catch (e) {
    outcome = `no report: ${(e as Error).message.split('\n')[0]}`;
  }
  const seconds = (Date.now() - t0) / 1000;
  clearInterval(sampler);
  const peakWorker = (await workerHeap?.stop()) ?? 0;
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest).catch(() => NaN);
  const stats = await page
    .getByTestId('stats')
    .textContent()
    .catch(() => '');
  const alert = await page
    .locator('[role=alert]')
    .allTextContents()
    .catch(() => []);
  return { seconds, longest, peakPage, peakWorker, outcome, stats, alert };
}

/** Drops the file, waits for the progress bar, clicks Cancel: ms until the run is idle again (median of 5). */
async function cancelLatency(browser: import('@playwright/test').Browser, path: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await freshPage(browser);
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByTestId('progress').waitFor({ timeout: 20_000 });
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const status = document.querySelector('[data-testid="run-status"]')!;
            const cancel = document.querySelector<HTMLButtonElement>('[data-testid="cancel"]')!;
            const t0 = performance.now();
            const done = () => {
              if (status.getAttribute('data-state') === 'idle') {
                obs.disconnect();
                resolve(performance.now() - t0);
              }
            };
            const obs = new MutationObserver(done);
            obs.observe(status, { attributes: true });
            cancel.click();
            done();
          }),
      ),
    );
    await page.close();
  }
  return times.sort((a, b) => a - b);
}

async function pasteLatency(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const paste = describePaste(10_000).replaceAll('web-7d9c6b5f4-x2lqp', `web-run${i}-x2lqp`);
    times.push(
      await page.evaluate(
        async ({ paste, marker }) => {
          const ta = document.querySelector('textarea')!;
          ta.value = paste;
          ta.dispatchEvent(new Event('input', { bubbles: true }));
          const t0 = performance.now();
          ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
          await new Promise<void>((resolve) => {
            const done = () => document.querySelector('[data-testid=verdict-summary]')?.textContent?.includes(marker);
            if (done()) return resolve();
            const mo = new MutationObserver(() => {
              if (done()) {
                mo.disconnect();
                resolve();
              }
            });
            mo.observe(document.body, { subtree: true, childList: true, characterData: true });
          });
          return performance.now() - t0;
        },
        { paste, marker: `web-run${i}-x2lqp` },
      ),
    );
  }
  return times.sort((a, b) => a - b);
}

async function searchLatency(page: Page): Promise<number[]> {
  await page.goto(`${URL_}#/ref`);
  await page.getByTestId('ref-search').waitFor();
  await page.getByTestId('ref-entry').first().waitFor();
  const query = 'errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1x9" has not enough';
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=ref-search]')!;
    const out: number[] = [];
    for (let i = 1; i <= query.length; i++) {
      const t0 = performance.now();
      input.value = query.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
  }, query);
}

/**
 * A real Ctrl+V (trusted paste event, system clipboard) of `lines` short lines into the editor: ms from
 * the key press until the page paints again, and the longest task. 2 characters a line keeps it under
 * the 2 MB size limit, so it is the line count alone that must turn it into a chip.
 */
async function pasteFreeze(browser: import('@playwright/test').Browser, lines: number) {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await freshPage(context);
  await page.evaluate((n) => navigator.clipboard.writeText('x\n'.repeat(n)), lines);
  await page.locator('#paste-input').focus();
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  const t0 = Date.now();
  await page.keyboard.press('Control+V');
  // the next frame is painted once the paste's work (and any textarea layout) is done
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const freeze = Date.now() - t0;
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const where = (await page.getByTestId('input-chip').count()) > 0 ? 'chip' : 'editor';
  // opening it in the viewer indexes every line once
  let view = NaN;
  if (where === 'chip') {
    const t1 = Date.now();
    await page.getByTestId('chip-view').click();
    await page.getByTestId('viewer-row').first().waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    view = Date.now() - t1;
  }
  await context.close();
  return { freeze, longest, where, view };
}

function firstLoadGzip(): number {
  const html = readFileSync('dist/index.html', 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return refs.reduce((n, f) => n + gzipSync(readFileSync(join('dist', f))).length, gzipSync(html).length);
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const mb = (b: number) => (b > 0 ? `${(b / 1e6).toFixed(0)} MB` : 'n/a');

async function main() {
  const load0 = loadavg()[0]!;
  mkdirSync(OUT, { recursive: true });
  const log100 = join(OUT, 'daemon-100mb.log');
  if (process.env.BENCH_PASTE_ONLY !== '1') await writeLog(log100, 100e6);
  const server = serveDist(process.env.BENCH_DIST ?? 'dist', PREFIX, PORT);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    const bigPaste = await pasteFreeze(browser, 1_000_000);
    const pasteRow: [string, string, string] = [
      'Ctrl+V of 1M lines (2 MB) → page paints again (longest task)',
      `${fmt(bigPaste.freeze, 0)} ms (${bigPaste.longest > 0 ? `${fmt(bigPaste.longest, 0)} ms` : 'none ≥ 50 ms'}), into the ${bigPaste.where}; View: ${fmt(bigPaste.view, 0)} ms`,
      '≤ 200 ms',
    ];
    if (process.env.BENCH_PASTE_ONLY === '1') {
      console.log(`| ${pasteRow.join(' | ')} |`);
      return;
    }
    // three timed runs (median), then one that samples the worker's heap
    const timed: Awaited<ReturnType<typeof dropFile>>[] = [];
    for (let i = 0; i < DROP_RUNS; i++) timed.push(await dropFile(await freshPage(browser), log100, 120_000));
    timed.sort((a, b) => a.seconds - b.seconds);
    if (process.env.BENCH_DROP_ONLY === '1') {
      const t = timed.map((r) => fmt(r.seconds, 2)).join(' / ');
      const longest = Math.max(...timed.map((r) => r.longest));
      const median = timed[Math.floor(timed.length / 2)]!;
      console.log(
        `100 MB dropped → final report: median ${fmt(median.seconds, 2)} s of ${t} (${median.outcome}); longest task ${fmt(longest, 0)} ms`,
      );
      return;
    }
    const heapRun = await dropFile(await freshPage(browser), log100, 120_000, true);
    const drop = {
      ...timed[Math.floor(timed.length / 2)]!,
      best: timed[0]!.seconds,
      longest: Math.max(...timed.map((t) => t.longest)),
      peakPage: Math.max(heapRun.peakPage, ...timed.map((t) => t.peakPage)),
      peakWorker: heapRun.peakWorker,
    };
    const log10 = join(OUT, 'daemon-10mb.log');
    await writeLog(log10, 10e6);
    const small: number[] = [];
    for (let i = 0; i < 3; i++) small.push((await dropFile(await freshPage(browser), log10, 60_000)).seconds);
    small.sort((a, b) => a - b);
    const cancel = await cancelLatency(browser, log100);
    const page = await freshPage(browser);
    const paste = await pasteLatency(page);
    const search = await searchLatency(page);
    const gz = firstLoadGzip();

    let big: Awaited<ReturnType<typeof dropFile>> | undefined;
    if (process.env.BENCH_SKIP_1GB !== '1') {
      const log1g = join(OUT, 'daemon-1gb.log');
      console.log('generating the 1 GB log (once; kept in bench/out/)…');
      await writeLog(log1g, 1e9);
      const p = await freshPage(browser);
      let crashed = false;
      p.on('crash', () => (crashed = true));
      big = await dropFile(p, log1g, 600_000, true);
      if (crashed) big.outcome = 'TAB CRASHED';
    }

    console.log(
      `\nTerway Triage browser benchmark (Chromium ${browser.version()}, built app under ${PREFIX}), ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30, 0)} GB RAM; load average ${fmt(load0, 2)} at the start, ${fmt(loadavg()[0]!, 2)} at the end`,
    );
    const rows: [string, string, string][] = [
      [
        `100 MB dropped file → final report (median / best of ${DROP_RUNS})`,
        `${fmt(drop.seconds, 2)} / ${fmt(drop.best, 2)} s (${drop.outcome})`,
        '≤ 1.0 s',
      ],
      // the longtask API only reports tasks of 50 ms or more
      [
        'longest main-thread task during that run',
        drop.longest > 0 ? `${fmt(drop.longest, 0)} ms` : 'none ≥ 50 ms',
        '≤ 50 ms',
      ],
      ['peak JS heap during that run (page / worker)', `${mb(drop.peakPage)} / ${mb(drop.peakWorker)}`, '≤ 200 MB'],
      ['10 KB paste → rendered report (median of 9)', `${fmt(paste[4]!, 1)} ms`, '≤ 15 ms'],
      [
        'Cancel during a 100 MB run → idle (median / max of 5)',
        `${fmt(cancel[2]!, 1)} / ${fmt(cancel[4]!, 1)} ms`,
        '≤ 100 ms',
      ],
      [
        'reference search per keystroke (median / p90)',
        `${fmt(search[Math.floor(search.length / 2)]!, 2)} / ${fmt(search[Math.floor(search.length * 0.9)]!, 2)} ms`,
        '≤ 5 ms',
      ],
      ['first-load JS+CSS gzip, catalog included', `${fmt(gz / 1024, 1)} KB`, '≤ 150 KB'],
      pasteRow,
    ];
    if (big)
      rows.push([
        '1 GB dropped file',
        `${fmt(big.seconds, 1)} s, ${big.outcome}; heap ${mb(big.peakPage)} / ${mb(big.peakWorker)}`,
        '≤ 8 s, worker heap ≤ 64 MB',
      ]);
    const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
    console.log(`| ${'measure'.padEnd(w[0]!)} | ${'measured'.padEnd(w[1]!)} | target |`);
    console.log(`|${'-'.repeat(w[0]! + 2)}|${'-'.repeat(w[1]! + 2)}|--------|`);
    for (const r of rows) console.log(`| ${r[0].padEnd(w[0]!)} | ${r[1].padEnd(w[1]!)} | ${r[2]} |`);
    console.log('\nscaling (dropped daemon log → final report)\n');
    console.log('| size | seconds | MB/s |\n|---|---|---|');
    const scaling: [string, number, number][] = [
      ['10 MB (median of 3)', small[1]!, statSync(log10).size],
      [`100 MB (median of ${DROP_RUNS})`, drop.seconds, statSync(log100).size],
    ];
    if (big) scaling.push(['1 GB', big.seconds, statSync(join(OUT, 'daemon-1gb.log')).size]);
    for (const [size, sec, bytes] of scaling)
      console.log(`| ${size} | ${fmt(sec, 2)} | ${fmt(bytes / 1e6 / sec, 0)} |`);
    console.log(`\n100 MB run: ${drop.stats}${drop.alert.length ? ` alerts: ${drop.alert.join(' | ')}` : ''}`);
    if (big) console.log(`1 GB run: ${big.stats}${big.alert.length ? ` alerts: ${big.alert.join(' | ')}` : ''}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
