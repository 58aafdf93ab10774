// The report page's causal chains and the chat summary, on the bundled mixed vSwitch example.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { chainsOf, mergeSameTitle } from '../../src/ui/triage/chains';
import { reportSummary, reportToMarkdown } from '../../src/engine/report-markdown';
import type { Report } from '../../src/engine/index';

const catalog = new CompiledCatalog(loadCatalogFromDir());
const read = (p: string) => readFileSync(join(import.meta.dirname, '../..', p), 'utf8');
let mixed: Report;
let twoTitles: Report;
beforeAll(async () => {
  mixed = await analyze([{ name: 'p', text: read('src/samples/vswitch-ip-not-enough.txt') }], catalog);
  twoTitles = await analyze(
    [{ name: 'p', text: read('tests/fixtures/scenarios/01-vswitch-exhausted-crd.txt') }],
    catalog,
  );
});

describe('causal chains', () => {
  it('folds every symptom under the root cause: one chain', () => {
    const chains = chainsOf(mixed.findings);
    expect(chains.map((c) => c.cause.finding.id)).toEqual(['openapi-vswitch-ip-not-enough']);
    expect(chains[0]!.symptoms).toHaveLength(mixed.findings.length - 1);
  });

  it('shows each evidence line once', () => {
    const lines = chainsOf(mixed.findings).flatMap((c) =>
      [c.cause, ...c.symptoms].flatMap((l) => l.evidence.map((e) => e.line)),
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(new Set(lines).size).toBe(lines.length);
    // every line some finding holds is still shown somewhere
    expect(new Set(lines)).toEqual(new Set(mixed.findings.flatMap((f) => f.evidence.map((e) => e.line))));
  });

  it('makes one finding of two with the same title, adding up their counts', () => {
    const alloc = twoTitles.findings.filter((f) => f.title === 'Pod IP allocation failed (AllocIPFailed)');
    expect(alloc).toHaveLength(2);
    const merged = mergeSameTitle(twoTitles.findings).filter((f) => f.title === alloc[0]!.title);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.count).toBe(alloc[0]!.count + alloc[1]!.count);
  });
});

describe('the chat summary', () => {
  it('fits in 12 lines with verdict, root cause, evidence, do-now and three commands, redacted', () => {
    const { markdown } = reportSummary(mixed);
    const lines = markdown.split('\n');
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(lines[0]).toBe('**Terway triage: Resource exhaustion (high confidence)**');
    expect(markdown).toContain('Root cause: vSwitch ran out of free IP addresses');
    expect(markdown).toContain('Do now: Give the node');
    expect(lines.filter((l) => l.startsWith('- `'))).toHaveLength(3);
    expect(markdown).toContain('`aliyun vpc DescribeVSwitches --VSwitchId ');
    expect(markdown).not.toContain('vsw-bp1q2w3e4r5t6y7u8i9o0');
    expect(markdown).toContain('support ticket');
    expect(reportSummary(mixed, { redact: false }).markdown).toContain('vsw-bp1q2w3e4r5t6y7u8i9o0');
  });

  it('the full report names causes by title, not id', () => {
    const { markdown } = reportToMarkdown(mixed);
    expect(markdown).toContain('symptom of vSwitch ran out of free IP addresses');
    expect(markdown).not.toMatch(/symptom of `/);
  });
});
