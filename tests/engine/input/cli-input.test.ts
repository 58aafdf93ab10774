// The CLI on compressed and binary files: the same engine entry, so a rotated .gz is read and an
// archive is named with the command that opens it, in the JSON contract and in the text report.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const INCIDENT = readFileSync(join(ROOT, 'tests/fixtures/scenarios/01-vswitch-exhausted-crd.txt'));
// each run starts tsx (several seconds on a loaded machine)
const CLI_TIMEOUT = 60_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triage-input-'));
  writeFileSync(join(dir, 'terway.log.1.gz'), gzipSync(INCIDENT));
  writeFileSync(join(dir, 'bundle.zip'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function triage(args: string[]) {
  const r = spawnSync(TSX, ['src/cli/triage.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('triage CLI on compressed and binary input', () => {
  it(
    'reads a .gz like the plain file and names the zip next to it in the JSON',
    () => {
      const r = triage(['--json', join(dir, 'terway.log.1.gz'), join(dir, 'bundle.zip')]);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.verdict.category).toBe('resource-exhaustion');
      expect(j.inputs[0]).toMatchObject({ compression: 'gzip', textBytes: INCIDENT.length, startLine: 1 });
      expect(j.inputs[0]).not.toHaveProperty('skipped');
      expect(j.inputs[1].skipped).toMatchObject({ reason: 'binary', format: 'zip' });
      expect(j.inputs[1].skipped.message).toContain('`unzip ');
    },
    CLI_TIMEOUT,
  );

  it(
    'lists what was not read in full in the text report',
    () => {
      const r = triage([join(dir, 'bundle.zip')]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Nothing was analysed');
      expect(r.stdout).toMatch(/Not read in full:\n {2}! .*bundle\.zip was not analysed: it is a zip archive/);
    },
    CLI_TIMEOUT,
  );
});
