// The triage CLI run as a real process (through tsx, as `npm run triage` does), for the tests of its
// arguments, streams, exit codes and languages.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/cli/triage.ts');

/** each run starts tsx (several seconds on a loaded 2-core machine): vitest's 5 s default is too tight */
export const CLI_TIMEOUT = 60_000;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** what the CLI reads on stdin */
  input?: string;
  cwd?: string;
  /** added to this process's environment */
  env?: Record<string, string>;
}

export function triage(args: string[], { input, cwd = ROOT, env }: CliOptions = {}): CliRun {
  return finished(
    spawnSync(TSX, [CLI, ...args], {
      cwd,
      encoding: 'utf8',
      input,
      timeout: CLI_TIMEOUT,
      ...(env ? { env: { ...process.env, ...env } } : {}),
    }),
  );
}

/** The CLI inside a bash script (real pipes, process substitution, redirections): `$TRIAGE` runs it, `$@` are `args`. */
export function inBash(script: string, args: string[] = []): CliRun {
  return finished(
    spawnSync('bash', ['-c', script, 'bash', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TRIAGE: `${TSX} src/cli/triage.ts` },
      timeout: CLI_TIMEOUT,
    }),
  );
}

function finished(r: { status: number | null; stdout: string; stderr: string }): CliRun {
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
