// Grouping by object and the gutter's line marks, through the whole engine.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import type { LineMarks, Report } from '../../src/engine/report';

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const run = (text: string): Promise<Report> => analyze([{ name: 'paste', text }], catalog);

/** line → the kinds marked on it */
function kindsByLine(m: LineMarks): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let i = 0; i < m.ranges.length; i += 3)
    for (let n = m.ranges[i]!; n <= m.ranges[i + 1]!; n++)
      out.set(n, [...(out.get(n) ?? []), m.codes[m.ranges[i + 2]!]!.kind]);
  return out;
}

describe('grouping by object', () => {
  it('a `get events -A` over 12 pods: one cause, 4 namespaces, 3 nodes, one vSwitch', async () => {
    const r = await run(read('timeline/many-pods-events.txt'));
    // FailedCreatePodSandBox and the CNI's wrapper are its symptoms, on the same pods: not rows of their own
    expect(r.groups.map((g) => g.findingId)).toEqual([r.verdict.rootCause]);
    const root = r.groups[0]!;
    expect(root).toMatchObject({ rootCause: true, objects: 12, pods: 12 });
    expect(root.namespaces.map((c) => [c.value, c.objects])).toEqual([
      ['ops', 3],
      ['pay', 3],
      ['search', 3],
      ['shop', 3],
    ]);
    expect(root.nodes.map((c) => [c.value, c.objects])).toEqual([
      ['cn-hangzhou.10.0.12.34', 4],
      ['cn-hangzhou.10.0.12.35', 4],
      ['cn-hangzhou.10.0.12.36', 4],
    ]);
    expect(root.vSwitches.map((c) => c.value)).toEqual(['vsw-bp1q2w3e4r5t6y7u8i9o0']);
    // each cell links to the first line that shows it: shop's first pod failed on line 4
    expect(root.namespaces.find((c) => c.value === 'shop')!.line).toBe(4);
    const finding = r.findings.find((f) => f.id === r.verdict.rootCause)!;
    expect(finding.objectsTotal).toBe(12);
    expect(finding.objects![0]).toEqual({
      kind: 'Pod',
      namespace: 'shop',
      name: 'web-7d9f8c6b5-x2x9q',
      node: 'cn-hangzhou.10.0.12.34',
      line: 4,
    });
  });

  it('a single describe has one object per finding, its node from the Node field', async () => {
    const r = await run(read('parse/01-describe-pod-modern.txt'));
    for (const g of r.groups) expect(g.objects).toBe(1);
    expect(r.findings.flatMap((f) => f.objects ?? []).every((o) => o.node !== undefined)).toBe(true);
  });
});

describe('line marks', () => {
  it('marks the root cause, its symptoms and the warning and error lines nothing explains', async () => {
    const r = await run(read('parse/11-klog-terway-daemon.txt'));
    const kinds = kindsByLine(r.lineMarks);
    const root = r.findings.find((f) => f.id === r.verdict.rootCause)!;
    expect(kinds.get(root.evidence[0]!.line)).toContain('root');
    // W0723 … "pool is below min": a warning line no entry matched
    expect(kinds.get(4)).toEqual(['unexplained']);
    const unexplained = r.lineMarks.codes.find((c) => c.kind === 'unexplained')!;
    expect(unexplained.title.length).toBeGreaterThan(0);
    expect(r.lineMarks.gap).toBe(1);
  });

  it('stays a handful of ranges for a long run of one signal', async () => {
    const line = 'E0722 15:19:07.402187   12345 pool.go:201] InvalidVSwitchId.IpNotEnough vsw-bp1';
    const r = await run(Array.from({ length: 50_000 }, () => line).join('\n'));
    expect(r.lineMarks.ranges.length / 3).toBeLessThanOrEqual(3);
    expect(kindsByLine(r.lineMarks).get(50_000)).toContain('root');
  });
});
