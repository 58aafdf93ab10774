// Reads the inventory of Terway source strings (catalog/inventory/terway-source-strings.yaml): the
// tags of the Terway repository in version order, main's commit, and the items with the first and
// last tag that emit them. Shared by the catalog tests that check tags against it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface InventoryItem {
  kind: string;
  string: string;
  source: string;
  reason?: string;
  first: string;
  /** a tag, or `current` while v1.17.5 or main still emits it */
  last: string;
  /** a wrapper's own string: its format, whose holes `string` fills with an example inner error */
  format?: string;
}

export interface Inventory {
  /** main's commit (8 hex) the newest strings were read at */
  main: string;
  tags: string[];
  items: InventoryItem[];
}

export const CURRENT = 'current';
const PATH = fileURLToPath(new URL('../../catalog/inventory/terway-source-strings.yaml', import.meta.url));
export const inventory = parse(readFileSync(PATH, 'utf8')) as Inventory;

/** The position of a tag in version order (main's commit after every tag); undefined for anything else. */
export function tagOrder(tag: string): number | undefined {
  if (tag === inventory.main) return inventory.tags.length;
  const i = inventory.tags.indexOf(tag);
  return i < 0 ? undefined : i;
}
