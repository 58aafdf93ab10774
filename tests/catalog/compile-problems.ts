// The problems compileCatalog reports for some files, or none: what the schema tests assert on.
import { compileCatalog, CatalogError, type CatalogFile } from '../../src/engine/catalog/compile';

export function problemsOf(files: CatalogFile[]): string[] {
  try {
    compileCatalog(files);
  } catch (e) {
    if (e instanceof CatalogError) return e.problems;
    throw e;
  }
  return [];
}
