// The boundaries of src/ are only worth something if the tools really refuse to cross them. Each case
// plants a small file in the tree, runs the realm's compiler or ESLint on it the way `npm run check` /
// `npm run lint` do, asserts the error, and removes the file whatever happens. A legal file is planted
// too, so a rule that fires on everything would fail here as well.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const TAG = `__planted-${process.pid}`;

function plant(dir: string, name: string, text: string): string {
  const path = join(ROOT, dir, `${TAG}-${name}.ts`);
  writeFileSync(path, text);
  return path;
}

/** Type errors of the planted files, compiled as part of the realm their tsconfig defines. */
function compile(tsconfig: string, files: string[]): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, tsconfig),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const errors = new Map<string, string[]>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${relative(ROOT, file)} is not part of ${tsconfig}`);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    errors.set(
      file,
      diagnostics.map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`),
    );
  }
  return errors;
}

/** ESLint's messages for the planted files, with the repository's eslint.config.js. */
async function lint(files: string[]): Promise<Map<string, string[]>> {
  const results = await new ESLint({ cwd: ROOT }).lintFiles(files);
  return new Map(results.map((r) => [r.filePath, r.messages.map((m) => `${m.ruleId}: ${m.message}`)]));
}

describe('the engine realm compiles without DOM or Node', () => {
  const planted: string[] = [];
  let errors: Map<string, string[]>;

  beforeAll(() => {
    try {
      planted.push(
        plant('src/engine/parse', 'document', 'export const title = (): string => document.title;\n'),
        plant(
          'src/engine/analysis',
          'fs-compile',
          "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
        ),
        plant('src/engine/text', 'legal', "import { decodeBytes } from './decode';\nexport const d = decodeBytes;\n"),
      );
      errors = compile('tsconfig.engine.json', planted);
    } finally {
      for (const p of planted) rmSync(p, { force: true });
    }
  }, 120_000);

  it('rejects engine code that touches document', () => {
    expect(errors.get(planted[0]!)).toEqual([expect.stringMatching(/^TS2584: Cannot find name 'document'/)]);
  });

  it('rejects engine code that imports node:fs', () => {
    expect(errors.get(planted[1]!)).toEqual([expect.stringMatching(/^TS2307: Cannot find module 'node:fs'/)]);
  });

  it('accepts engine code that stays inside its realm', () => {
    expect(errors.get(planted[2]!)).toEqual([]);
  });
});

describe('ESLint keeps the layers one-way', () => {
  const planted: string[] = [];
  let messages: Map<string, string[]>;
  const cases = {
    fs: ['src/engine/analysis', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"],
    parseImportsReason: [
      'src/engine/parse',
      "import { diagnose } from '../reason/diagnose';\nexport const d = diagnose;\n",
    ],
    engineImportsUi: ['src/engine', "import { plural } from '../ui/common/format';\nexport const p = plural;\n"],
    uiImportsInternal: [
      'src/ui/common',
      "import { Collector } from '../../engine/analysis/collector';\nexport const c = Collector;\n",
    ],
    tsExtension: ['src/engine/text', "import { decodeBytes } from './decode.ts';\nexport const d = decodeBytes;\n"],
    legal: [
      'src/ui/common',
      "import { maskCredentials } from '../../engine/index';\nimport { msg } from '../../engine/messages';\nexport const m = [maskCredentials, msg];\n",
    ],
  } as const;
  const file: Record<string, string> = {};

  beforeAll(async () => {
    try {
      for (const [name, [dir, text]] of Object.entries(cases)) planted.push((file[name] = plant(dir, name, text)));
      messages = await lint(planted);
    } finally {
      for (const p of planted) rmSync(p, { force: true });
    }
  }, 120_000);

  afterAll(() => {
    for (const p of planted) expect(existsSync(p)).toBe(false);
  });

  it('rejects a Node built-in in the engine', () => {
    expect(messages.get(file.fs!)).toContainEqual(expect.stringMatching(/^import-x\/no-nodejs-modules: .*node:fs/));
  });

  it('rejects parse importing reason, a higher layer', () => {
    expect(messages.get(file.parseImportsReason!)).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*"\.\.\/reason\/diagnose".*layer 'parse'/),
    ]);
  });

  it('rejects the engine importing the UI', () => {
    const found = messages.get(file.engineImportsUi!) ?? [];
    expect(found).toContainEqual(
      expect.stringMatching(/^import-x\/no-restricted-paths: .*Only the UI imports src\/ui/),
    );
    expect(found).toContainEqual(expect.stringMatching(/The engine imports nothing else from src\//));
  });

  it('rejects the UI importing an engine internal', () => {
    expect(messages.get(file.uiImportsInternal!)).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*analysis\/collector.*entry points/),
    ]);
  });

  it('accepts the UI importing entry points', () => {
    expect(messages.get(file.legal!)).toEqual([]);
  });

  it('keeps one import style: a relative import names no .ts extension', () => {
    expect(messages.get(file.tsExtension!)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Import without the \.ts extension/),
    ]);
  });
});
