// Scan first must not change a byte of any report: every scenario, sample and real fixture gets its golden
// report (golden.test.ts checks the shipped path, which scans first) also when every line is parsed and
// matched in full, and when it arrives as a file's bytes rather than a paste.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import { toJsonContract } from '../../src/engine/report-json';
import { allFixtureCases } from './scenario-harness';
import { useRepoCatalog } from './repo-catalog';

const cases = allFixtureCases();
const repo = useRepoCatalog();

describe('scanning first or not, pasted or dropped: the golden report', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, c) => {
    const golden: unknown = JSON.parse(readFileSync(c.goldenPath, 'utf8'));
    const name = c.id.split('/')[1]!;
    const full = await analyze([{ name, text: c.text }], repo.whole, { scanFirst: false });
    expect(toJsonContract(full)).toEqual(golden);
    const bytes = new TextEncoder().encode(c.text);
    const dropped = toJsonContract(await analyze([{ name, bytes }], repo.whole));
    // a file counts UTF-8 bytes where a paste counts characters; everything else is the paste's report
    expect(dropped.stats.bytes).toBe(bytes.length);
    dropped.stats.bytes = c.text.length;
    for (const input of dropped.inputs) input.bytes = c.text.length;
    expect(dropped).toEqual(golden);
  });
});

describe('lines a run of quiet lines must stop at', () => {
  // quiet info lines are taken in runs; a line holding one of the skim stops is not quiet for its document:
  // `logger=` gives an untitled log its title, a klogr `"msg"=` line is of another format
  const klog = (second: number, body: string) =>
    `I0101 00:00:${String(second).padStart(2, '0')}.000000       1 main.go:${second}] ${body}`;
  const logs = {
    logger: [klog(0, '"starting"'), klog(1, '"tick"'), klog(2, '"reconcile" logger="pod-eni"'), klog(3, '"tick"')],
    klogr: [0, 1, 2, 3].map((n) => klog(n, n === 0 ? '"starting"' : `setup "msg"="step ${n}" "phase"="wait"`)),
  };
  it.each(Object.entries(logs))('%s: the documents and report of every line parsed in full', async (_, lines) => {
    const text = lines.join('\n') + '\n';
    const full = await analyze([{ name: 'a.log', text }], repo.whole, { scanFirst: false });
    const scanned = await analyze([{ name: 'a.log', text }], repo.whole);
    expect(scanned.documents).toEqual(full.documents);
    expect(toJsonContract(scanned)).toEqual(toJsonContract(full));
  });
});
