// The benchmarks' inputs, small: their reports are golden files like the fixtures' (written by the engine
// before scan-first parsing existed), so a faster engine that reports anything else fails here. Both paths
// of the engine (scanning each chunk first, and parsing every line in full) must give that report.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyze, type AnalyzeOptions } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { toJsonContract } from '../../src/engine/report-json';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { daemonLog, eventsYaml, jsonLog, signalPool, type Sprinkled } from '../../bench/generate';

const MB = 1_000_000;

let catalog: CompiledCatalog;
let pool: ReturnType<typeof signalPool>;
beforeAll(() => {
  const data = loadCatalogFromDir();
  catalog = new CompiledCatalog(data);
  pool = signalPool(data);
});

const INPUTS: [string, () => Generator<string>][] = [
  ['daemon-klog', () => daemonLog(4 * MB, pool, [] as Sprinkled[], 500)],
  ['controlplane-json', () => jsonLog(4 * MB, pool, [] as Sprinkled[], 500)],
  ['events-yaml', () => eventsYaml(4 * MB, 500)],
];

async function report(chunks: string[], opts: AnalyzeOptions = {}) {
  const bytes = new TextEncoder().encode(chunks.join(''));
  return toJsonContract(await analyze([{ name: 'bench-input.log', bytes }], catalog, opts));
}

describe('bench inputs', () => {
  it.each(INPUTS)('%s: the golden report, scanning first or not', async (name, generate) => {
    const chunks = [...generate()];
    const scanned = await report(chunks);
    await expect(`${JSON.stringify(scanned, null, 2)}\n`).toMatchFileSnapshot(
      join(import.meta.dirname, `../fixtures/bench/${name}.report.json`),
    );
    expect(await report(chunks, { scanFirst: false })).toEqual(scanned);
  });
});
