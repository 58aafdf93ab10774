// Compiles catalog/*.yaml at build time into plain JSON modules, so the browser bundle carries no
// YAML parser and a broken catalog fails the build, not the user:
// - `virtual:terway-catalog`        the whole catalog, for the reference view (a lazy chunk);
// - `virtual:terway-catalog/engine` what matching and reports need, for the worker (first load),
//   without examples, source locations and other reference-only fields; of the sections (known
//   bugs, …) only what the engine judges with.
// Every top-level YAML file is watched, entry lists and section files alike.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { loadCatalogFromDir, readCatalogFiles } from '../../src/node/load-catalog.ts';
import { engineCatalog } from '../../src/engine/catalog/engine-catalog.ts';
import type { Catalog } from '../../src/engine/catalog/types.ts';

const FULL = 'virtual:terway-catalog';
const ENGINE = 'virtual:terway-catalog/engine';

export function catalogPlugin(dir = resolve(import.meta.dirname, '../../catalog')): Plugin {
  let cached: Catalog | undefined;
  return {
    name: 'terway-triage:catalog',
    resolveId(id) {
      return id === FULL || id === ENGINE ? '\0' + id : undefined;
    },
    load(id) {
      if (id !== '\0' + FULL && id !== '\0' + ENGINE) return undefined;
      // watch the files, not the folder: the dev server resolves watched paths as imports
      for (const f of readCatalogFiles(dir)) this.addWatchFile(resolve(dir, f.path.replace(/^catalog\//, '')));
      cached ??= loadCatalogFromDir(dir);
      return `export default ${JSON.stringify(id === '\0' + FULL ? cached : engineCatalog(cached))};`;
    },
    watchChange() {
      cached = undefined;
    },
  };
}
