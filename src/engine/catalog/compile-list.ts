// The frame of every section file that is a list of records (known bugs, producers, causes): an empty
// file is an empty list; each item is a mapping with a URL-safe id, used once, and only known fields;
// its problems read `file › id › field`. What else an item must hold, each section's `check` says.
import { at, ID_RE, isRec, isStr, type Bad, type Rec } from './check-helpers';

/** one item under check: where its problems go, and whether it has none so far */
export interface ItemCheck {
  bad: Bad;
  clean: () => boolean;
}

/** what the list holds: `cause` and `causes`, and the fields an item may have */
export interface ListShape {
  one: string;
  many: string;
  fields: ReadonlySet<string>;
}

/**
 * The items `check` returns. `check` reports an item's own problems and returns undefined for an item
 * with any (`clean()`), the frame's included, so a broken item is never built; the problems fail the catalog.
 */
export function compileList<T>(
  file: string,
  data: unknown,
  shape: ListShape,
  problems: string[],
  check: (raw: Rec, item: ItemCheck) => T | undefined,
): T[] {
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push(`${file}: the file must be a YAML list of ${shape.many}`);
    return [];
  }
  const out: T[] = [];
  const ids = new Set<string>();
  data.forEach((raw: unknown, index) => {
    const unnamed = `${shape.one} #${index + 1}`;
    if (!isRec(raw)) {
      problems.push(`${file} › ${unnamed}: must be a mapping`);
      return;
    }
    const id = isStr(raw.id) ? raw.id : unnamed;
    const before = problems.length;
    const bad: Bad = (field, msg) => {
      problems.push(`${at(file, id, field)}: ${msg}`);
    };
    for (const k of Object.keys(raw)) if (!shape.fields.has(k)) bad(k, 'unknown field');
    if (!isStr(raw.id) || !ID_RE.test(raw.id)) bad('id', 'required, lower-case letters, digits and dashes (URL-safe)');
    else if (ids.has(raw.id)) bad('id', 'duplicate id');
    else ids.add(raw.id);
    const item = check(raw, { bad, clean: () => problems.length === before });
    if (item !== undefined) out.push(item);
  });
  return out;
}
