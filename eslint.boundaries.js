// The import boundaries of src/, enforced by eslint-plugin-import-x on resolved paths (docs/architecture.md
// explains them). The engine's layers are listed lowest first: a file may import its own layer and the
// layers below it, never one above. The rest of src/ reaches the engine only through its entry points.
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const ENGINE = './src/engine';

/** The engine's layers, lowest first; paths are relative to src/engine. */
const ENGINE_LAYERS = [
  {
    // the vocabulary every layer shares: records, the Report's types, catalog types, messages, masking, commands
    layer: 'shared',
    paths: [
      'host.d.ts',
      'records.ts',
      'report.ts',
      'messages.ts',
      'redact.ts',
      'commands',
      'catalog/types.ts',
      'catalog/first-sentence.ts',
      'catalog/overlay.ts',
      'catalog/virtual.d.ts',
      'version.ts',
    ],
  },
  // decoding, sniffing and decompressing the bytes of an input
  { layer: 'text', paths: ['text', 'input'] },
  { layer: 'parse', paths: ['parse'] },
  // who wrote a line: producers' workloads, event sources and fingerprints
  { layer: 'provenance', paths: ['provenance'] },
  { layer: 'match', paths: ['match'] },
  { layer: 'analysis', paths: ['analysis'] },
  { layer: 'reason', paths: ['reason'] },
  {
    // analyze() runs the pipeline into a Report, report-* render one; index.ts and pipeline.ts are entry points
    layer: 'report',
    paths: [
      'analyze.ts',
      'report-capped.ts',
      'report-json.ts',
      'report-markdown.ts',
      'report-prose.ts',
      'markdown-safe.ts',
      'index.ts',
      'pipeline.ts',
    ],
  },
];

/** Build-time only (the Vite plugin and the Node loader compile the YAML): beside the pipeline, never inside it. */
const CATALOG_COMPILER = [
  'catalog/compile.ts',
  'catalog/compile-known-bugs.ts',
  'catalog/compile-producers.ts',
  'catalog/compile-causes.ts',
  'catalog/compile-sop.ts',
  'catalog/pattern-check.ts',
  'catalog/check-helpers.ts',
  'catalog/regex-lint.ts',
  'catalog/engine-catalog.ts',
  'catalog/compile-overlay.ts',
  'catalog/translation-check.ts',
];

/** What src/ui, src/cli, src/worker and src/node may import from the engine; relative to src/engine. */
const ENGINE_ENTRY_POINTS = [
  'index.ts',
  'pipeline.ts',
  'messages.ts',
  'commands/index.ts',
  'report-markdown.ts',
  'report-json.ts',
  'catalog/compile.ts',
  'catalog/compile-overlay.ts',
  // the Node loader applies overlays at start-up; it runs natively in Node (vite.config), so it cannot go through index.ts
  'catalog/overlay.ts',
];

const inEngine = (paths) => paths.map((p) => `${ENGINE}/${p}`);

function layerZones() {
  const zones = ENGINE_LAYERS.map(({ layer, paths }, i) => ({
    target: inEngine(paths),
    from: inEngine([...ENGINE_LAYERS.slice(i + 1).flatMap((l) => l.paths), ...CATALOG_COMPILER]),
    message: `The engine layer '${layer}' imports only itself and the layers below it (docs/architecture.md).`,
  }));
  zones.push({
    target: inEngine(CATALOG_COMPILER),
    from: inEngine(ENGINE_LAYERS.slice(1).flatMap((l) => l.paths)),
    message: 'The catalog compiler imports only the shared layer of the engine.',
  });
  return zones;
}

const OUTSIDE_ENGINE = ['./src/ui', './src/cli', './src/worker', './src/node', './src/main.ts', './src/samples'];

const zones = [
  ...layerZones(),
  {
    target: ENGINE,
    from: './src',
    except: ['./engine'],
    message: 'The engine imports nothing else from src/: it runs unchanged in a page, a worker and Node.',
  },
  {
    target: OUTSIDE_ENGINE,
    from: ENGINE,
    except: ENGINE_ENTRY_POINTS.map((p) => `./${p}`),
    message: `Outside the engine, import one of its entry points: ${ENGINE_ENTRY_POINTS.join(', ')}.`,
  },
  {
    target: ['./src/engine', './src/cli', './src/worker', './src/node'],
    from: './src/ui',
    message: 'Only the UI imports src/ui.',
  },
];

export default [
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.svelte', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
];
