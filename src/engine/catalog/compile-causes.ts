// Compiles catalog/causes.yaml: the words inside a wrapped error that name its cause, each with the
// category it decides. Checked like every catalog regex (pattern-check.ts), and each example matches.
import { at, ID_RE, isNonEmptyStr, isRec, isStr, isStrArray } from './check-helpers';
import { checkPattern } from './pattern-check';
import type { CatalogEntry, InnerCause } from './types';

const FIELDS = new Set(['id', 'category', 'title', 'pattern', 'flags', 'literals', 'examples']);
const CATEGORIES: readonly InnerCause['category'][] = ['configuration', 'environment', 'resource-exhaustion'];

export function compileCauses(
  file: string,
  data: unknown,
  _entries: ReadonlyMap<string, CatalogEntry>,
  problems: string[],
): InnerCause[] {
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push(`${file}: the file must be a YAML list of causes`);
    return [];
  }
  const out: InnerCause[] = [];
  data.forEach((raw: unknown, index) => {
    if (!isRec(raw)) {
      problems.push(`${file} › cause #${index + 1}: must be a mapping`);
      return;
    }
    const id = isStr(raw.id) ? raw.id : `cause #${index + 1}`;
    const before = problems.length;
    const bad = (field: string, m: string) => problems.push(`${at(file, id, field)}: ${m}`);
    for (const k of Object.keys(raw)) if (!FIELDS.has(k)) bad(k, 'unknown field');
    if (!isStr(raw.id) || !ID_RE.test(raw.id)) bad('id', 'required, lower-case letters, digits and dashes');
    if (out.some((c) => c.id === raw.id)) bad('id', 'duplicate id');
    if (!isStr(raw.category) || !(CATEGORIES as readonly string[]).includes(raw.category))
      bad('category', `must be one of ${CATEGORIES.join(', ')}`);
    if (!isNonEmptyStr(raw.title)) bad('title', 'required non-empty string');
    const checked = checkPattern(raw.pattern, raw.flags, raw.literals, bad);
    if (!isStrArray(raw.examples) || raw.examples.length === 0) bad('examples', 'at least one line as pasted');
    else if (checked) for (const ex of raw.examples) if (!checked.regex.test(ex)) bad('examples', `does not match: ${ex}`);
    if (problems.length > before || !checked) return;
    out.push({
      id: raw.id as string,
      category: raw.category as InnerCause['category'],
      title: raw.title as string,
      pattern: checked.pattern,
      ...(checked.flags ? { flags: checked.flags } : {}),
      literals: checked.literals,
      examples: raw.examples as string[],
    });
  });
  return out;
}
