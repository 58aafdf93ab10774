// The headless CLI: its JSON contract on real files and stdin, its text report, and its errors.
import { describe, it, expect } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_TIMEOUT, inBash, ROOT, triage } from './run-triage';

const SCENARIOS = join(ROOT, 'tests/fixtures/scenarios');
const PARSE_FIXTURES = join(ROOT, 'tests/fixtures/parse');

describe('triage CLI', { timeout: CLI_TIMEOUT }, () => {
  it('prints exactly one JSON object with the contract fields', () => {
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
    // who said it: the producer of each finding and document, the lines that show Terway, the line as pasted
    expect(f.producer).toBe('terway-controlplane');
    expect(j.terwayEvidence.length).toBeGreaterThan(0);
    expect(j.terwayEvidence[0]).toEqual({
      line: expect.any(Number),
      text: expect.any(String),
      why: expect.any(String),
    });
    expect(j.documents.some((d: { producer?: string }) => d.producer)).toBe(true);
    const text = triage([join(SCENARIOS, '01-vswitch-exhausted-crd.txt')]).stdout;
    expect(text).toMatch(/Terway shows in:\n {2}AllocIPFailed, written by terwayd \(line \d+\)/);
    expect(text).toContain('written by terway-controlplane');
  });

  it('says "unknown" and names no producer it cannot see (not enough to decide), and a lookalike is not Terway', () => {
    const j = JSON.parse(triage(['--json', join(SCENARIOS, '07-calico-not-terway.txt')]).stdout);
    expect(j.terway).toBe('not-involved');
    expect(j.terwayEvidence).toEqual([]);
    expect(j.findings.every((f: { producer?: string }) => f.producer !== 'terwayd')).toBe(true);
    const text = triage([join(SCENARIOS, '07-calico-not-terway.txt')]).stdout;
    expect(text).toMatch(/Terway is not involved/);
  });

  it('numbers lines over the inputs concatenated in argument order', () => {
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
  });

  it('reads stdin with -', () => {
    const r = triage(['--json', '-'], { input: readFileSync(join(SCENARIOS, '07-calico-not-terway.txt'), 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).terway).toBe('not-involved');
  });

  it('prints a readable report without --json', () => {
    const r = triage([join(SCENARIOS, '02-init-exclusive-mode-changed.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Verdict: Configuration problem/);
    expect(r.stdout).toContain('SOP checklist:');
    expect(r.stdout).toContain('exclusive eni mode changed');
  });

  it('shows the incident in time: the finding lines in time order, the root cause first seen marked', () => {
    const r = triage([join(PARSE_FIXTURES, '11-klog-terway-daemon.txt')]);
    expect(r.code).toBe(0);
    const timeline = r.stdout.slice(r.stdout.indexOf('Timeline ('), r.stdout.indexOf('Next steps:'));
    expect(timeline).toContain('Timeline (3 of 4 timed lines, in time order):');
    const stamps = [...timeline.matchAll(/^ {2}(\d\d-\d\dT[\d:.]+)/gm)].map((m) => m[1]);
    expect(stamps).toEqual(['07-23T10:00:01.000002', '07-23T10:00:04.000000', '07-23T10:00:05.000000']);
    expect(timeline).toMatch(/07-23T10:00:05\.000000 \[Root cause first seen\] {2}terway fatal {2}L12/);
    expect(timeline).toContain('Not shown here: 1 more timed lines (--json lists them all).');
  });

  it('keeps `signal` as Terway spells it and adds `signalText`, the filled-in context and no root for an opaque event', () => {
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
  });

  it('exits 2 with a clear message for a missing file or bad usage', () => {
    const missing = triage(['no/such/file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read no/such/file.txt: no such file');
    expect(missing.stdout).toBe('');
    const bad = triage(['--yaml', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --yaml');
    expect(triage([]).code).toBe(2);
    expect(triage(['tests']).stderr).toContain('tests is a directory');
  });

  it('with --json, a usage or input error is also a JSON error object on stdout, next to the line on stderr', () => {
    const bad = triage(['--yaml', '--json', 'x']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toEqual({
      contractVersion: 1,
      error: { code: 'usage', message: expect.stringContaining('unknown option --yaml') },
    });
    expect(bad.stderr).toContain('triage: unknown option --yaml');
    // a hostile file name is escaped on stderr, never written raw to the terminal
    const missing = triage(['--json', 'no/such/\x1b[2Jfile\u202e.txt']);
    expect(missing.code).toBe(2);
    const { error } = JSON.parse(missing.stdout);
    expect(error.code).toBe('input');
    expect(error.message).toBe('cannot read "no/such/\\u001b[2Jfile\\u202e.txt": no such file');
    expect(missing.stderr).toBe(`triage: ${error.message}\n`); // escaped, never raw control characters
    expect(JSON.parse(triage(['--json']).stdout).error.code).toBe('usage');
  });

  it('reads a real pipe and process substitution (/dev/fd/N), and counts their bytes', () => {
    const a = join(SCENARIOS, '09-healthy-pod.txt');
    const b = join(SCENARIOS, '03-socket-unreachable.txt');
    const r = inBash('cat "$1" | $TRIAGE --json - <(cat "$2")', [a, b]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.inputs.map((i: { name: string }) => i.name)).toEqual(['stdin', expect.stringMatching(/^\/dev\/fd\/\d+$/)]);
    expect(j.inputs.map((i: { bytes: number }) => i.bytes)).toEqual([statSync(a).size, statSync(b).size]);
    expect(j.stats.bytes).toBe(statSync(a).size + statSync(b).size);
    expect(j.findings.some((f: { signal: string }) => f.signal.includes('eni.socket'))).toBe(true);
  });

  it('reads stdin once however often `-` is given', () => {
    const text = readFileSync(join(SCENARIOS, '07-calico-not-terway.txt'), 'utf8');
    const j = JSON.parse(triage(['--json', '-', '-'], { input: text }).stdout);
    expect(j.inputs).toHaveLength(1);
    expect(j.inputs[0]).toMatchObject({ name: 'stdin', bytes: Buffer.byteLength(text), startLine: 1 });
    expect(j.stats.lines).toBe(text.split('\n').length - 1);
  });

  it('treats every argument after `--` as a file, even one named --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-cli-'));
    try {
      copyFileSync(join(SCENARIOS, '02-init-exclusive-mode-changed.txt'), join(dir, '--json'));
      const text = triage(['--', '--json'], { cwd: dir });
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/^Verdict: Configuration problem/);
      const j = JSON.parse(triage(['--json', '--', '--json', '-'], { input: 'x\n', cwd: dir }).stdout);
      expect(j.inputs.map((i: { name: string }) => i.name)).toEqual(['--json', 'stdin']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('exits 2 with one line when the output cannot be written (EPIPE, ENOSPC)', () => {
    // all scenarios give a JSON report far beyond a pipe's 64 KiB buffer, so the write outlives `head`
    const all = readdirSync(SCENARIOS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(SCENARIOS, f));
    const epipe = inBash('$TRIAGE --json "$@" | head -c 10 >/dev/null; exit "${PIPESTATUS[0]}"', all);
    expect(epipe.code).toBe(2);
    expect(epipe.stderr).toBe('triage: cannot write the output: the reader closed the pipe\n');
    const full = inBash('$TRIAGE "$@" >/dev/full', [join(SCENARIOS, '09-healthy-pod.txt')]);
    expect(full.code).toBe(2);
    expect(full.stderr).toBe('triage: cannot write the output: no space left on the device\n');
  });
});
