// Compiles catalog/*.yaml at build time into `virtual:terway-catalog` (plain JSON data), so the
// browser bundle carries no YAML parser and a broken catalog fails the build, not the user.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { loadCatalogFromDir } from '../../src/engine/catalog/load-node.ts';

const ID = 'virtual:terway-catalog';
const RESOLVED = '\0' + ID;

export function catalogPlugin(dir = resolve(import.meta.dirname, '../../catalog')): Plugin {
  return {
    name: 'terway-triage:catalog',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const catalog = loadCatalogFromDir(dir);
      this.addWatchFile(dir);
      return `export default ${JSON.stringify(catalog)};`;
    },
  };
}
