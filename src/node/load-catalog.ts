// Node-only loader (CLI, tests, build scripts): reads catalog/*.yaml and compiles it, and a second
// language's overlay (catalog/i18n/<lang>/*.yaml) and message table (catalog/messages/<lang>.json).
// The browser gets the same files through the bundler and calls compileCatalog directly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogError, compileCatalog, type CatalogFile } from '../engine/catalog/compile';
import { compileOverlay, type OverlayResult } from '../engine/catalog/compile-overlay';
import { applyOverlay } from '../engine/catalog/overlay';
import type { Catalog } from '../engine/index';
import type { Lang, MessageTable } from '../engine/messages';

/** The repository's catalog directory (…/catalog, next to src/). */
const DEFAULT_CATALOG_DIR = join(import.meta.dirname, '../../catalog');

/** The `*.yaml` files directly in `dir`, sorted by name, with paths as `<prefix>/<name>`. */
function yamlFiles(dir: string, prefix: string): CatalogFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ path: `${prefix}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * The top-level `*.yaml` files of a catalog directory, sorted by name: the entry lists and the
 * section files such as known-bugs.yaml (compileCatalog tells them apart). Subdirectories such as
 * inventory/ and i18n/ are not part of the English catalog.
 */
export function readCatalogFiles(dir: string = DEFAULT_CATALOG_DIR): CatalogFile[] {
  return yamlFiles(dir, 'catalog');
}

/** The overlay files of a language (catalog/i18n/<lang>/*.yaml). */
export function readOverlayFiles(lang: string, dir: string = DEFAULT_CATALOG_DIR): CatalogFile[] {
  return yamlFiles(join(dir, 'i18n', lang), `catalog/i18n/${lang}`);
}

/** Compiles a language's overlay against the English catalog, problems and missing files included. */
export function loadOverlay(lang: string, catalog: Catalog, dir: string = DEFAULT_CATALOG_DIR): OverlayResult {
  return compileOverlay(lang, readCatalogFiles(dir), readOverlayFiles(lang, dir), catalog);
}

/** Reads and compiles the catalog, in `lang` (English by default); throws CatalogError listing every problem. */
export function loadCatalogFromDir(dir: string = DEFAULT_CATALOG_DIR, lang: Lang = 'en'): Catalog {
  const catalog = compileCatalog(readCatalogFiles(dir));
  if (lang === 'en') return catalog;
  const { overlay, problems } = loadOverlay(lang, catalog, dir);
  if (problems.length > 0) throw new CatalogError(problems);
  return applyOverlay(catalog, overlay);
}

/** A language's message table (catalog/messages/<lang>.json). */
export function loadMessages(lang: Lang, dir: string = DEFAULT_CATALOG_DIR): MessageTable {
  return JSON.parse(readFileSync(join(dir, 'messages', `${lang}.json`), 'utf8')) as MessageTable;
}
