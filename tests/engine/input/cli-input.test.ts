// The CLI on compressed and binary files: the same engine entry, so a rotated .gz is read and an
// archive is named with the command that opens it, in the JSON contract and in the text report.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLI_TIMEOUT, ROOT, triage } from '../../cli/run-triage';

const INCIDENT = readFileSync(join(ROOT, 'tests/fixtures/scenarios/01-vswitch-exhausted-crd.txt'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triage-input-'));
  writeFileSync(join(dir, 'terway.log.1.gz'), gzipSync(INCIDENT));
  writeFileSync(join(dir, 'bundle.zip'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('triage CLI on compressed and binary input', { timeout: CLI_TIMEOUT }, () => {
  it('reads a .gz like the plain file and names the zip next to it in the JSON', () => {
    const r = triage(['--json', join(dir, 'terway.log.1.gz'), join(dir, 'bundle.zip')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.verdict.category).toBe('resource-exhaustion');
    expect(j.inputs[0]).toMatchObject({ compression: 'gzip', textBytes: INCIDENT.length, startLine: 1 });
    expect(j.inputs[0]).not.toHaveProperty('skipped');
    expect(j.inputs[1].skipped).toMatchObject({ reason: 'binary', format: 'zip' });
    expect(j.inputs[1].skipped.message).toContain('`unzip ');
  });

  it('lists what was not read in full in the text report', () => {
    const r = triage([join(dir, 'bundle.zip')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing was analysed');
    expect(r.stdout).toMatch(/Not read in full:\n {2}! .*bundle\.zip was not analysed: it is a zip archive/);
  });
});
