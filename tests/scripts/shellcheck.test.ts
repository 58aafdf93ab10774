// shellcheck must pass on the inspect scripts (and the shell files around them). Install it with
// `bash scripts/ensure-shellcheck.sh` (Debian's package, via apt); scripts/test-all.sh does that first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOnPath, ROOT, SCRIPTS_DIR } from './harness';

const shellcheck = findOnPath('shellcheck');
const files = [
  ...readdirSync(SCRIPTS_DIR)
    .filter((f) => f.endsWith('.sh'))
    .map((f) => join(SCRIPTS_DIR, f)),
  join(ROOT, 'scripts/ensure-shellcheck.sh'),
  join(ROOT, 'tests/scripts/stub/bin/kubectl'),
];

describe('shellcheck', () => {
  it('finds the three inspect scripts', () => {
    expect(files.map((f) => f.replace(`${ROOT}/`, ''))).toEqual(
      expect.arrayContaining([
        'public/scripts/inspect-terway-cluster.sh',
        'public/scripts/inspect-terway-node.sh',
        'public/scripts/inspect-terway-pod.sh',
      ]),
    );
  });

  it.skipIf(!shellcheck)(
    `shellcheck -x passes on public/scripts/*.sh${shellcheck ? '' : ' [SKIPPED: shellcheck is not installed; run bash scripts/ensure-shellcheck.sh]'}`,
    () => {
      const r = spawnSync(shellcheck!, ['-x', ...files], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    },
    // a correctness check, not a timing one: shellcheck over four scripts outlasts 5 s on a loaded 2-core machine
    60_000,
  );
});
