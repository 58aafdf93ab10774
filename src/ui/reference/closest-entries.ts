// The entries nearest to a `#/ref/<id>` that names none (a typo, an old link), by id and title only.
// The id comes from a link anyone can write: it is only ever a search pattern, never shown.
import Fuse from 'fuse.js';
import type { CatalogEntry } from '../../engine/index';

/** Longer ids are cut: Bitap's cost grows with the pattern and no catalog id is this long. */
const MAX_PATTERN = 64;

export function closestEntries(entries: readonly CatalogEntry[], id: string, limit = 5): CatalogEntry[] {
  const pattern = id.slice(0, MAX_PATTERN).toLowerCase().trim();
  if (!pattern) return [];
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'id', weight: 2 },
      { name: 'title', weight: 1 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
  });
  return fuse.search(pattern, { limit }).map((r) => r.item);
}
