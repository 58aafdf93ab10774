// The repository's catalog for the tests that run the whole engine: the data, compiled whole, and
// compiled slim as the browser's worker carries it (the two must reason exactly alike).
import { beforeAll } from 'vitest';
import { engineCatalog } from '../../src/engine/catalog/engine-catalog';
import type { Catalog } from '../../src/engine/catalog/types';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';

export interface RepoCatalog {
  data: Catalog;
  whole: CompiledCatalog;
  slim: CompiledCatalog;
}

/**
 * Loads the catalog before the tests of the calling file (or describe) run: it takes seconds, more than
 * a test's own time allows. The fields are there from then on, so read them inside the tests.
 */
export function useRepoCatalog(): RepoCatalog {
  const repo = {} as RepoCatalog;
  beforeAll(() => {
    const data = loadCatalogFromDir();
    Object.assign(repo, { data, whole: new CompiledCatalog(data), slim: new CompiledCatalog(engineCatalog(data)) });
  });
  return repo;
}
