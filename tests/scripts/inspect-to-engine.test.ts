// The inspect scripts' real output (run against the stub kubectl) fed to the engine: the report
// must take IPAM mode, ENI mode, Terway version and the pod's config source from it.
import { describe, it, expect, beforeAll } from 'vitest';
import { runScript, type ScriptName } from './harness';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import type { Report } from '../../src/engine/report';

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

function output(script: ScriptName, args: string[], scenario: string): string {
  const r = runScript(script, args, { scenario });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

async function report(...texts: string[]): Promise<Report> {
  return analyze(
    texts.map((text, i) => ({ name: `input-${i}`, text })),
    catalog,
  );
}

const fact = (r: Report, label: string) => r.facts.find((f) => f.label === label)?.value;

describe('inspect output → report', () => {
  it('centralized cluster: IPAM crd from the cluster script, with its line as evidence', async () => {
    const text = output('cluster', [], 'centralized');
    const r = await report(text);
    expect(r.ipamMode).toBe('crd');
    expect(r.ipamEvidence).toContain('inspect-terway-cluster.sh');
    expect(r.documents.map((d) => d.kind)).toContain('inspect-cluster');
    expect(r.checklist.find((c) => c.sopStep === 4)?.note).toMatch(/^Centralized \(crd\)/);
    expect(fact(r, 'Terway version')).toMatch(/^v\d+\.\d+\.\d+/);
  });

  it('node-local cluster: IPAM default', async () => {
    const r = await report(output('cluster', [], 'node-local'));
    expect(r.ipamMode).toBe('default');
  });

  it('an older Terway version tells which legacy reason names to expect', async () => {
    const r = await report(output('cluster', [], 'legacy-eni'));
    const version = r.facts.find((f) => f.label === 'Terway version');
    expect(version).toBeDefined();
    expect(version!.note).toContain('CniPodCreateError');
  });

  it('exclusive ENI node: ENI mode is a fact of the report', async () => {
    const r = await report(output('node', ['cn-hangzhou.10.0.2.41'], 'centralized'));
    expect(fact(r, 'ENI mode of the node')).toBe('exclusive');
    expect(r.context.node).toBe('cn-hangzhou.10.0.2.41');
  });

  it.each([
    ['default', 'web-0', 'pod-networks'],
    ['default', 'trunk-app-7d9f8c6b5-x2x4k', 'pod-networking'],
    ['ml', 'multi-nic-0', 'pod-networks-request'],
    ['default', 'plain-5c9d8b7f6-qz7kp', 'eni-config-default'],
  ])('pod %s/%s: config source %s', async (ns, pod, source) => {
    const r = await report(output('pod', [ns, pod], 'centralized'));
    expect(fact(r, 'pod network config source')).toBe(source);
    expect(r.context).toMatchObject({ namespace: ns, pod });
  });

  it('hostNetwork pod: the report says Terway does not handle it', async () => {
    const r = await report(output('pod', ['arms-prom', 'node-exporter-5qv8n'], 'centralized'));
    expect(r.facts.find((f) => f.label === 'hostNetwork')?.note).toContain('does not set up networking');
  });

  it('all three outputs pasted together, after a pod describe, keep their own line ranges', async () => {
    const text = [
      output('cluster', [], 'centralized'),
      output('node', ['cn-hangzhou.10.0.1.23'], 'centralized'),
      output('pod', ['default', 'web-0'], 'centralized'),
    ].join('');
    const r = await report(text);
    const kinds = r.documents.filter((d) => d.kind.startsWith('inspect-'));
    expect(kinds.map((d) => d.kind)).toEqual(['inspect-cluster', 'inspect-node', 'inspect-pod']);
    expect(kinds[1]!.startLine).toBeGreaterThan(kinds[0]!.endLine);
    expect(r.ipamMode).toBe('crd');
  });
});
