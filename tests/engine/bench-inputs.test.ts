// The benchmarks' inputs, small: the SHA-256 of each one's report JSON (as golden files are written) is
// checked in, taken from main's engine before it scanned first (the reports run to megabytes, so their
// hashes stand in for them). A faster engine that reports anything else fails here, and both of its
// paths (scanning each chunk first, and parsing every line in full) must give the same report.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalyzeOptions } from '../../src/engine/analyze';
import { toJsonContract } from '../../src/engine/report-json';
import { useRepoCatalog } from './repo-catalog';
import { daemonLog, eventsYaml, jsonLog, signalPool, type Sprinkled } from '../../bench/generate';

const MB = 1_000_000;
const HASHES: Record<string, string> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/bench/report-hashes.json'), 'utf8'),
);

const repo = useRepoCatalog();
/** the signals the bench generators sprinkle, from the catalog */
const pool = () => signalPool(repo.data);

const INPUTS: [string, () => Generator<string>][] = [
  ['daemon-klog', () => daemonLog(4 * MB, pool(), [] as Sprinkled[], 500)],
  ['controlplane-json', () => jsonLog(4 * MB, pool(), [] as Sprinkled[], 500)],
  ['events-yaml', () => eventsYaml(4 * MB, 500)],
];

async function report(chunks: string[], opts: AnalyzeOptions = {}) {
  const bytes = new TextEncoder().encode(chunks.join(''));
  return toJsonContract(await analyze([{ name: 'bench-input.log', bytes }], repo.whole, opts));
}

describe('bench inputs', () => {
  it.each(INPUTS)('%s: the golden report, scanning first or not', async (name, generate) => {
    const chunks = [...generate()];
    const scanned = await report(chunks);
    const sha = createHash('sha256')
      .update(`${JSON.stringify(scanned, null, 2)}\n`)
      .digest('hex');
    expect(sha, `the report of bench input ${name}`).toBe(HASHES[name]);
    expect(await report(chunks, { scanFirst: false })).toEqual(scanned);
  });
});
