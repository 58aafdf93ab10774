// The verdict's "do now" sentence, its decisive command and the "already pasted" mark, on the bundled
// mixed vSwitch example (describe pod + Node CR + daemon log) and its variants.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/engine/analyze';
import { CompiledCatalog } from '../../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';
import { toJsonContract } from '../../../src/engine/report-json';
import { markAlreadyPasted } from '../../../src/engine/reason/already-pasted';

const catalog = new CompiledCatalog(loadCatalogFromDir());
const sample = readFileSync(join(import.meta.dirname, '../../../src/samples/vswitch-ip-not-enough.txt'), 'utf8');
const run = async (text: string) => analyze([{ name: 'p', text }], catalog);

describe('what the verdict says to do now', () => {
  it('quotes the root cause fix and names the filled cloud command', async () => {
    const r = await run(sample);
    expect(r.verdict.rootCause).toBe('openapi-vswitch-ip-not-enough');
    expect(r.verdict.doNow).toMatch(/^Give the node's zone more free IPs: add a vSwitch of that zone/);
    expect(r.verdict.decisiveCommand?.command).toBe(
      'aliyun vpc DescribeVSwitches --VSwitchId vsw-bp1q2w3e4r5t6y7u8i9o0',
    );
    expect(toJsonContract(r).verdict.decisiveCommand?.command).toBe(r.verdict.decisiveCommand?.command);
  });

  it('skips a command it cannot fill', async () => {
    const r = await run(sample.replaceAll('vsw-bp1q2w3e4r5t6y7u8i9o0', 'vsw-x'));
    expect(r.verdict.decisiveCommand?.command).not.toMatch(/<\w+>/);
  });

  it('marks a next step whose output the paste holds, whatever the order of its words', async () => {
    const r = await run(sample);
    const pasted = r.nextSteps.filter((s) => s.alreadyPasted).map((s) => s.command);
    expect(pasted).toEqual(['kubectl describe nodes.network.alibabacloud.com cn-hangzhou.10.0.12.34']);
    const doc = { kind: 'describe-pod' as const, startLine: 2, endLine: 9 };
    const steps = [
      { command: 'kubectl describe pod -n shop web-1', why: 'x' },
      { command: 'kubectl logs -n kube-system terway-eniip-5kq7d -c terway --since=30m', why: 'y' },
      { command: 'kubectl get pod -n shop web-1 -o yaml', why: 'z' },
    ];
    const marked = markAlreadyPasted(steps, [
      { ...doc, command: 'kubectl describe pod web-1 -n shop' },
      { ...doc, command: 'kubectl logs terway-eniip-5kq7d -n kube-system -c terway --tail=100 --context prod' },
    ]);
    expect(marked.map((s) => s.alreadyPasted ?? false)).toEqual([true, true, false]);
  });

  it("folds the root's own echo (the same vSwitch's `ip is not enough`) under it", async () => {
    const r = await run(sample);
    expect(r.findings.find((f) => f.id === 'condition-eni-insufficient-ip')?.symptomOf).toBe(
      'openapi-vswitch-ip-not-enough',
    );
    expect(r.verdict.summary).not.toContain('Also found');
  });

  it('says nothing to do when nothing is wrong', async () => {
    const r = await run(readFileSync(join(import.meta.dirname, '../../../src/samples/healthy-pod.txt'), 'utf8'));
    expect(r.verdict.doNow).toBeUndefined();
  });
});
