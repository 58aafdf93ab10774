// The headless CLI: its JSON contract on real files and stdin, its text report, and its errors.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const SCENARIOS = join(ROOT, 'tests/fixtures/scenarios');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function triage(args: string[], input?: string) {
  const r = spawnSync(TSX, ['src/cli/triage.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// each test starts tsx (several seconds on a loaded 2-core machine): vitest's 5 s default is too tight
const CLI_TIMEOUT = 60_000;

describe('triage CLI', () => {
  it(
    'prints exactly one JSON object with the contract fields',
    () => {
      const r = triage(['--json', join(SCENARIOS, '01-vswitch-exhausted-crd.txt')]);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(Object.keys(j)).toEqual(
        expect.arrayContaining(['terway', 'ipamMode', 'verdict', 'findings', 'documents', 'checklist', 'nextSteps']),
      );
      expect(j.terway).toBe('involved');
      expect(j.ipamMode).toBe('crd');
      expect(j.verdict.category).toBe('resource-exhaustion');
      expect(['high', 'medium', 'low']).toContain(j.verdict.confidence);
      const f = j.findings.find((x: { signal: string }) => x.signal === 'InvalidVSwitchId.IpNotEnough');
      expect(f.severity).toMatch(/^(error|warning|info)$/);
      expect(f.count).toBeGreaterThan(1);
      expect(f.evidence[0].line).toBeGreaterThan(0);
      expect(
        j.checklist
          .map((c: { status: string }) => c.status)
          .every((s: string) => ['ok', 'problem', 'missing', 'n/a'].includes(s)),
      ).toBe(true);
      expect(j.nextSteps.length).toBeGreaterThan(0);
    },
    CLI_TIMEOUT,
  );

  it(
    'numbers lines over the inputs concatenated in argument order',
    () => {
      const a = join(SCENARIOS, '09-healthy-pod.txt');
      const b = join(SCENARIOS, '03-socket-unreachable.txt');
      const aLines = readFileSync(a, 'utf8').split('\n').length - 1;
      const j = JSON.parse(triage(['--json', a, b]).stdout);
      const socket = j.findings.find((x: { signal: string }) => x.signal.includes('eni.socket'));
      const inB =
        readFileSync(b, 'utf8')
          .split('\n')
          .findIndex((l) => l.includes('eni.socket')) + 1;
      expect(socket.evidence[0].line).toBe(aLines + inB);
      expect(j.inputs.map((i: { startLine: number }) => i.startLine)).toEqual([1, aLines + 1]);
    },
    CLI_TIMEOUT,
  );

  it(
    'reads stdin with -',
    () => {
      const r = triage(['--json', '-'], readFileSync(join(SCENARIOS, '07-calico-not-terway.txt'), 'utf8'));
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).terway).toBe('not-involved');
    },
    CLI_TIMEOUT,
  );

  it(
    'prints a readable report without --json',
    () => {
      const r = triage([join(SCENARIOS, '02-init-exclusive-mode-changed.txt')]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Verdict: configuration/);
      expect(r.stdout).toContain('SOP checklist:');
      expect(r.stdout).toContain('exclusive eni mode changed');
    },
    CLI_TIMEOUT,
  );

  it(
    'keeps `signal` as Terway spells it and adds `signalText`, the filled-in context and no root for an opaque event',
    () => {
      const j = JSON.parse(
        triage([
          '--json',
          join(SCENARIOS, '21-node-configerror-behind-sed.txt'),
          join(SCENARIOS, '17-alloc-deadline-needs-daemon-log.txt'),
        ]).stdout,
      );
      expect(j.contractVersion).toBe(1);
      const cfg = j.findings.find((x: { id: string }) => x.id === 'daemon-config-invalid');
      expect(cfg.signal).toBe('security groups should not be more than 10, current %d');
      expect(cfg.signalText).toBe('security groups should not be more than 10, current 12');
      expect(j.findings.find((x: { id: string }) => x.id === 'config-error').signalText).toBeUndefined();
      const alone = JSON.parse(triage(['--json', join(SCENARIOS, '17-alloc-deadline-needs-daemon-log.txt')]).stdout);
      expect(alone.verdict).toMatchObject({ category: 'unknown', confidence: 'low' });
      expect(alone.verdict.rootCause).toBeUndefined();
      expect(alone.context).toMatchObject({ pod: 'ingest-0', namespace: 'data', node: 'cn-hangzhou.10.0.7.9' });
      expect(alone.checklist.find((c: { step: string }) => c.step === '5 Logs').status).toBe('missing');
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 2 with a clear message for a missing file or bad usage',
    () => {
      const missing = triage(['--json', 'no/such/file.txt']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('cannot read no/such/file.txt: no such file');
      expect(missing.stdout).toBe('');
      const bad = triage(['--yaml', 'x']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('unknown option --yaml');
      expect(triage([]).code).toBe(2);
      expect(triage(['tests']).stderr).toContain('not a regular file');
    },
    CLI_TIMEOUT,
  );
});
