// The checks every regex of the catalog passes, wherever it sits (an entry's match variant, a
// known bug's narrower pattern): it compiles, has only named captures from the allowed list, no
// backreferences, no quantified group that contains a quantifier (the ReDoS shape), and literals
// the pattern provably requires, so the multi-literal prefilter can skip lines without them.
import { CAPTURE_NAMES } from './types';
import { groupInfo, literalsAreRequired, nestedQuantifiers, parseRegex, RegexSyntaxError } from './regex-lint';

/** literals shorter than this defeat the multi-literal scanner's skipping */
export const MIN_LITERAL = 4;

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

export interface CheckedPattern {
  pattern: string;
  flags: '' | 'i';
  literals: string[];
  regex: RegExp;
}

/**
 * Checks `pattern`, `flags` and `literals` as written in YAML, reporting each problem through
 * `fail(field, message)`. `noLiterals` is the one case where an empty literal list is fine (an
 * event's catch-all). Returns the compiled pattern when the regex itself is usable.
 */
export function checkPattern(
  pattern: unknown,
  flags: unknown,
  literals: unknown,
  fail: (field: 'pattern' | 'flags' | 'literals', msg: string) => void,
  noLiterals = false,
): CheckedPattern | undefined {
  const f = flags ?? '';
  if (f !== '' && f !== 'i') fail('flags', 'must be "" or "i"');
  const ignoreCase = f === 'i';

  let regex: RegExp | undefined;
  if (!isStr(pattern) || pattern.length === 0) fail('pattern', 'required non-empty regex source');
  else {
    try {
      regex = new RegExp(pattern, ignoreCase ? 'i' : '');
    } catch (e) {
      fail('pattern', `invalid regex: ${(e as Error).message}`);
    }
  }

  let ast: ReturnType<typeof parseRegex> | undefined;
  if (isStr(pattern) && regex) {
    try {
      ast = parseRegex(pattern, ignoreCase ? 'i' : '');
    } catch (e) {
      if (e instanceof RegexSyntaxError) fail('pattern', `cannot analyse regex: ${e.message}`);
      else throw e;
    }
  }
  if (ast) {
    const g = groupInfo(ast);
    if (g.unnamed > 0)
      fail('pattern', `${g.unnamed} unnamed capturing group(s): use (?:…) or a named group (?<name>…)`);
    if (g.backrefs > 0) fail('pattern', 'backreferences are not allowed');
    for (const name of g.named)
      if (!CAPTURE_NAMES.includes(name))
        fail('pattern', `capture name "${name}" is not one of ${CAPTURE_NAMES.join(', ')}`);
    const nq = nestedQuantifiers(ast);
    if (nq > 0)
      fail('pattern', `${nq} quantified group(s) contain a quantifier (ReDoS risk): repeat a character class instead`);
  }

  if (!isStrArray(literals)) fail('literals', 'required list of strings');
  else if (literals.length === 0) {
    if (!noLiterals) fail('literals', 'at least one literal is required (only an event catch-all may have none)');
  } else {
    for (const lit of literals) {
      if (lit.length < MIN_LITERAL) fail('literals', `"${lit}" is shorter than ${MIN_LITERAL} characters`);
      if (ignoreCase && lit !== lit.toLowerCase())
        fail('literals', `"${lit}" must be lower-case because the variant is case-insensitive`);
    }
    if (ast && !literalsAreRequired(ast, literals, ignoreCase))
      fail('literals', `not every match of the pattern is guaranteed to contain one of ${JSON.stringify(literals)}`);
  }

  return regex && isStr(pattern) && isStrArray(literals)
    ? { pattern, flags: ignoreCase ? 'i' : '', literals, regex }
    : undefined;
}
