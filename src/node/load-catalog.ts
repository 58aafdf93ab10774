// Node-only loader (CLI, tests, build scripts): reads catalog/*.yaml and compiles it.
// The browser gets the same files through the bundler and calls compileCatalog directly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog, type CatalogFile } from '../engine/catalog/compile.ts';
import type { Catalog } from '../engine/index.ts';

/** The repository's catalog directory (…/catalog, next to src/). */
const DEFAULT_CATALOG_DIR = join(import.meta.dirname, '../../catalog');

/**
 * The top-level `*.yaml` files of a catalog directory, sorted by name: the entry lists and the
 * section files such as known-bugs.yaml (compileCatalog tells them apart). Subdirectories such as
 * inventory/ are not part of the catalog.
 */
export function readCatalogFiles(dir: string = DEFAULT_CATALOG_DIR): CatalogFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ path: `catalog/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Reads and compiles the catalog; throws CatalogError listing every problem. */
export function loadCatalogFromDir(dir: string = DEFAULT_CATALOG_DIR): Catalog {
  return compileCatalog(readCatalogFiles(dir));
}
