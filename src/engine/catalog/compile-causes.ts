// Compiles catalog/causes.yaml: the words inside a wrapped error that name its cause, each with the
// category it decides. Checked like every catalog regex (pattern-check.ts), and each example matches.
import { isNonEmptyStr, isStr, isStrArray } from './check-helpers';
import { compileList, type ListShape } from './compile-list';
import { checkPattern } from './pattern-check';
import type { CatalogEntry, InnerCause } from './types';

const LIST: ListShape = {
  one: 'cause',
  many: 'causes',
  fields: new Set(['id', 'category', 'title', 'pattern', 'flags', 'literals', 'examples']),
};
const CATEGORIES: readonly InnerCause['category'][] = ['configuration', 'environment', 'resource-exhaustion'];

export function compileCauses(
  file: string,
  data: unknown,
  _entries: ReadonlyMap<string, CatalogEntry>,
  problems: string[],
): InnerCause[] {
  return compileList(file, data, LIST, problems, (raw, { bad, clean }) => {
    if (!isStr(raw.category) || !(CATEGORIES as readonly string[]).includes(raw.category))
      bad('category', `must be one of ${CATEGORIES.join(', ')}`);
    if (!isNonEmptyStr(raw.title)) bad('title', 'required non-empty string');
    const checked = checkPattern(raw.pattern, raw.flags, raw.literals, bad);
    if (!isStrArray(raw.examples) || raw.examples.length === 0) bad('examples', 'at least one line as pasted');
    else if (checked)
      for (const ex of raw.examples) if (!checked.regex.test(ex)) bad('examples', `does not match: ${ex}`);
    if (!clean() || !checked) return undefined;
    return {
      id: raw.id as string,
      category: raw.category as InnerCause['category'],
      title: raw.title as string,
      pattern: checked.pattern,
      ...(checked.flags ? { flags: checked.flags } : {}),
      literals: checked.literals,
      examples: raw.examples as string[],
    };
  });
}
