// Runs the real public/scripts/inspect-terway-*.sh with bash, a stub kubectl first on PATH, and one recorded
// scenario (tests/scripts/fixtures/<scenario>/), and parses what they print.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCRIPTS_DIR = join(ROOT, 'public/scripts');
export const STUB_BIN = join(ROOT, 'tests/scripts/stub/bin');
export const FIXTURES = join(ROOT, 'tests/scripts/fixtures');

export type ScriptName = 'cluster' | 'node' | 'pod';

/** An executable named `name` on the PATH of this test process, skipping `skipDir`. */
export function findOnPath(name: string, skipDir?: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || (skipDir && resolve(dir) === resolve(skipDir))) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const BASH = findOnPath('bash') ?? '/bin/bash';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** every stub kubectl invocation, in order */
  calls: { argv: string[]; subject?: unknown }[];
}

export interface RunOptions {
  /** scenario directory under tests/scripts/fixtures */
  scenario?: string;
  /** PATH for the script; default: the stub first, then this process's PATH */
  path?: string;
  /** contexts the stub knows (KUBECTL_STUB_CONTEXTS); default: any */
  contexts?: string;
}

export function runScript(script: ScriptName, args: string[], opts: RunOptions = {}): Run {
  const tmp = mkdtempSync(join(tmpdir(), 'terway-inspect-'));
  const log = join(tmp, 'kubectl.log');
  try {
    const env: Record<string, string> = {
      PATH: opts.path ?? `${STUB_BIN}${delimiter}${process.env.PATH ?? ''}`,
      HOME: tmp,
      TMPDIR: tmp,
      LANG: 'C.UTF-8',
      KUBECTL_STUB_NODE: process.execPath,
      KUBECTL_STUB_LOG: log,
      KUBECTL_STUB_SCENARIO: join(FIXTURES, opts.scenario ?? 'centralized'),
    };
    if (opts.contexts !== undefined) env.KUBECTL_STUB_CONTEXTS = opts.contexts;
    const r = spawnSync(BASH, [join(SCRIPTS_DIR, `inspect-terway-${script}.sh`), ...args], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.error) throw r.error;
    const calls = existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => JSON.parse(l) as Run['calls'][number])
      : [];
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, calls };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface Inspect {
  script: string;
  version: string;
  /** `section.key` → value, in print order */
  values: Record<string, string>;
  keys: string[];
}

/** Parse inspect output strictly: header, `[section]` / `key: value` lines, footer; throws on anything else. */
export function parseInspect(stdout: string): Inspect {
  const lines = stdout.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = /^# terway-triage (inspect-terway-(cluster|node|pod)\.sh) v(\d+\.\d+\.\d+)$/.exec(lines[0] ?? '');
  if (!header) throw new Error(`bad header: ${lines[0]}`);
  const [, file, script, version] = header;
  if (lines.at(-1) !== `# end ${file}`) throw new Error(`bad footer: ${lines.at(-1)}`);
  const values: Record<string, string> = {};
  const keys: string[] = [];
  let section = '';
  for (const line of lines.slice(1, -1)) {
    const sec = /^\[([a-z][a-z0-9-]*)\]$/.exec(line);
    if (sec) {
      section = sec[1]!;
      continue;
    }
    const kv = /^([a-z0-9_.-]+): (.+)$/.exec(line);
    if (!kv || !section) throw new Error(`not a section or key line: ${JSON.stringify(line)}`);
    const key = `${section}.${kv[1]}`;
    if (key in values) throw new Error(`duplicate key ${key}`);
    values[key] = kv[2]!;
    keys.push(key);
  }
  return { script: script!, version: version!, values, keys };
}

/** The `section.key` list documented for a script in docs/inspect-output-format.md. */
export function documentedKeys(script: ScriptName): string[] {
  const doc = readFileSync(join(ROOT, 'docs/inspect-output-format.md'), 'utf8');
  const m = new RegExp(`<!-- keys:${script} -->\\s*\`\`\`text\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!m) throw new Error(`docs/inspect-output-format.md has no key list for ${script}`);
  return m[1]!
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Every successful run the suite makes: script, arguments and scenario. */
export const GOOD_RUNS: { script: ScriptName; args: string[]; scenario: string }[] = [
  { script: 'cluster', args: [], scenario: 'centralized' },
  { script: 'cluster', args: [], scenario: 'node-local' },
  { script: 'cluster', args: [], scenario: 'legacy-eni' },
  { script: 'cluster', args: [], scenario: 'broken-eni-config' },
  { script: 'node', args: ['cn-hangzhou.10.0.1.23'], scenario: 'centralized' },
  { script: 'node', args: ['cn-hangzhou.10.0.2.41'], scenario: 'centralized' },
  { script: 'node', args: ['cn-beijing.192.168.0.10'], scenario: 'node-local' },
  { script: 'pod', args: ['default', 'web-0'], scenario: 'centralized' },
  { script: 'pod', args: ['default', 'trunk-app-7d9f8c6b5-x2x4k'], scenario: 'centralized' },
  { script: 'pod', args: ['ml', 'multi-nic-0'], scenario: 'centralized' },
  { script: 'pod', args: ['default', 'legacy-app-6f7d9b8c4-lp2zr'], scenario: 'centralized' },
  { script: 'pod', args: ['arms-prom', 'node-exporter-5qv8n'], scenario: 'centralized' },
  { script: 'pod', args: ['default', 'plain-5c9d8b7f6-qz7kp'], scenario: 'centralized' },
  { script: 'pod', args: ['shop', 'nginx-6b7c8d9f5-tw4mx'], scenario: 'node-local' },
  { script: 'pod', args: ['shop', 'batch-ignored'], scenario: 'node-local' },
];
