// The stub kubectl renders go-templates with its own evaluator (stub/gotemplate.mjs). This checks that evaluator
// against a real kubectl, offline, for every (template, object) pair the inspect scripts asked for in the suite's
// scenarios: `kubectl label --local -f <object> <absent-label>- -o go-template=<t>` renders without a cluster.
// Skipped when no real kubectl is installed. List results (the terway pod query) cannot be rendered offline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderGoTemplate } from './stub/gotemplate.mjs';
import { findOnPath, GOOD_RUNS, runScript, STUB_BIN } from './harness';

const kubectl = findOnPath('kubectl', STUB_BIN);
const tmp = mkdtempSync(join(tmpdir(), 'terway-fidelity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function realRender(template: string, object: unknown): { status: number | null; out: string; err: string } {
  const file = join(tmp, 'object.json');
  writeFileSync(file, JSON.stringify(object));
  const r = spawnSync(
    kubectl!,
    ['label', '--local', '-f', file, 'terway-triage-absent-label-', '-o', `go-template=${template}`],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: tmp, KUBECONFIG: join(tmp, 'none') },
      timeout: 30_000,
    },
  );
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function pairs(): { template: string; object: Record<string, unknown> }[] {
  const seen = new Set<string>();
  const out: { template: string; object: Record<string, unknown> }[] = [];
  for (const { script, args, scenario } of GOOD_RUNS) {
    for (const call of runScript(script, args, { scenario }).calls) {
      const subject = call.subject as Record<string, unknown> | undefined;
      const output = call.argv.find((a) => a.startsWith('go-template='));
      if (!subject || !output || subject.kind === 'List') continue;
      // `kubectl label --local` adds an empty labels map where there is none: give the stub the same object
      const object = structuredClone(subject) as { metadata: { labels?: Record<string, string> } };
      object.metadata.labels ??= {};
      const template = output.slice('go-template='.length);
      const key = JSON.stringify([template, object]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ template, object: object as unknown as Record<string, unknown> });
    }
  }
  return out;
}

describe('stub go-template evaluator vs a real kubectl', () => {
  it.skipIf(!kubectl)(
    `renders every template the scripts use exactly as kubectl does${kubectl ? '' : ' [SKIPPED: no real kubectl on PATH]'}`,
    () => {
      const all = pairs();
      expect(all.length).toBeGreaterThan(30);
      for (const { template, object } of all) {
        const real = realRender(template, object);
        const name = `${String(object.kind)} ${JSON.stringify((object.metadata as { name: string }).name)}: ${template}`;
        expect(real.status, `${name}\n${real.err}`).toBe(0);
        expect(renderGoTemplate(template, object), name).toBe(real.out);
      }
    },
    120_000,
  );

  it.skipIf(!kubectl)('fails where kubectl fails (index/len of a missing field) and agrees on edge values', () => {
    const object = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'x', namespace: 'kube-system', labels: { 'a.b/c': 'v' } },
      data: { k: 'line1\nline2' },
    };
    for (const t of ['{{index .spec "x"}}', '{{len .spec}}', '{{range .metadata.name}}x{{end}}']) {
      expect(realRender(t, object).status).not.toBe(0);
      expect(() => renderGoTemplate(t, object)).toThrow();
    }
    for (const t of [
      '{{.spec.x.y}}|{{index .metadata.labels "zz"}}|{{.metadata.labels}}|{{with .data}}{{.k}}{{end}}',
      '{{if eq .spec.type "X"}}y{{else if .data}}d{{else}}n{{end}}|{{printf "%q" .data.k}}|{{len .data}}',
      '{{range $k, $v := .metadata.labels}}{{$k}}={{$v}};{{else}}none{{end}}{{"\\x1e"}}{{- " trimmed " -}} x',
    ]) {
      expect(renderGoTemplate(t, object)).toBe(realRender(t, object).out);
    }
  });
});
