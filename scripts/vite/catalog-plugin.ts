// Compiles catalog/*.yaml at build time into plain JSON modules, so the browser bundle carries no
// YAML parser and a broken catalog fails the build, not the user:
// - `virtual:terway-catalog`        the whole catalog, for the reference view (a lazy chunk);
// - `virtual:terway-catalog/engine` what matching and reports need, for the worker (first load),
//   without examples, source locations and other reference-only fields; of the sections (known
//   bugs, …) only what the engine judges with;
// - `virtual:terway-catalog/zh`, `…/zh-engine` the Chinese overlay (catalog/i18n/zh) for each of
//   the two, lazy chunks the page loads only when it speaks Chinese (and posts the slim one to the worker).
// Every YAML file is watched, entry lists, section files and overlays alike.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { CatalogError } from '../../src/engine/catalog/compile';
import { loadCatalogFromDir, loadOverlay, readCatalogFiles, readOverlayFiles } from '../../src/node/load-catalog';
import { engineCatalog, engineOverlay } from '../../src/engine/catalog/engine-catalog';
import type { Catalog } from '../../src/engine/catalog/types';
import type { CatalogOverlay } from '../../src/engine/catalog/overlay';

const FULL = 'virtual:terway-catalog';
const ENGINE = 'virtual:terway-catalog/engine';
const ZH = 'virtual:terway-catalog/zh';
const ZH_ENGINE = 'virtual:terway-catalog/zh-engine';
const IDS = [FULL, ENGINE, ZH, ZH_ENGINE];

export function catalogPlugin(dir = resolve(import.meta.dirname, '../../catalog')): Plugin {
  let cached: Catalog | undefined;
  let zh: CatalogOverlay | undefined;
  const overlay = (catalog: Catalog): CatalogOverlay => {
    const { overlay: o, problems } = loadOverlay('zh', catalog, dir);
    if (problems.length > 0) throw new CatalogError(problems);
    return o;
  };
  return {
    name: 'terway-triage:catalog',
    resolveId(id) {
      return IDS.includes(id) ? '\0' + id : undefined;
    },
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : undefined;
      if (!name || !IDS.includes(name)) return undefined;
      // watch the files, not the folder: the dev server resolves watched paths as imports
      for (const f of [...readCatalogFiles(dir), ...readOverlayFiles('zh', dir)])
        this.addWatchFile(resolve(dir, f.path.replace(/^catalog\//, '')));
      cached ??= loadCatalogFromDir(dir);
      const data =
        name === FULL
          ? cached
          : name === ENGINE
            ? engineCatalog(cached)
            : name === ZH
              ? (zh ??= overlay(cached))
              : engineOverlay((zh ??= overlay(cached)));
      return `export default ${JSON.stringify(data)};`;
    },
    watchChange() {
      cached = undefined;
      zh = undefined;
    },
  };
}
