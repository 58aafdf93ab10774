// What the catalog promises about each pattern, checked on the AST of @eslint-community/regexpp
// (the parser ESLint uses), so the lint reads JavaScript regex syntax exactly as engines do:
//  - no nested quantifiers (a quantified group that contains a quantifier), the classic ReDoS shape;
//  - no backreferences and no unnamed capturing groups (values are read by name);
//  - which literal text every match must contain, so a variant's prefilter literals can be proven
//    to be required substrings of the pattern rather than merely present in its examples.
// Pure JavaScript (no Node or DOM APIs); the catalog compiler runs it at build time only.
import { RegExpParser, RegExpSyntaxError, visitRegExpAST, type AST } from '@eslint-community/regexpp';

export type RegexAst = AST.Pattern;

export class RegexSyntaxError extends Error {}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Parses a pattern source as `new RegExp(source, flags)` would read it. */
export function parseRegex(src: string, flags = ''): RegexAst {
  try {
    return parser.parsePattern(src, 0, src.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch (e) {
    if (e instanceof RegExpSyntaxError) throw new RegexSyntaxError(e.message);
    throw e;
  }
}

/** `x{1}` is no repetition: it neither nests nor breaks a literal run. */
function repeats(q: AST.Quantifier): boolean {
  return q.min !== 1 || q.max !== 1;
}

function containsRepetition(node: AST.Node): boolean {
  let found = false;
  visitRegExpAST(node, {
    onQuantifierEnter(q) {
      if (repeats(q)) found = true;
    },
  });
  return found;
}

/** Quantified groups that contain a quantifier: `(a+)+`, `(?:x\s*)?`, `(?:a|b*){2,}`. Returns their count. */
export function nestedQuantifiers(ast: RegexAst): number {
  let n = 0;
  visitRegExpAST(ast, {
    onQuantifierEnter(q) {
      const el = q.element;
      if (repeats(q) && (el.type === 'Group' || el.type === 'CapturingGroup') && containsRepetition(el)) n++;
    },
  });
  return n;
}

export interface GroupInfo {
  named: string[];
  unnamed: number;
  backrefs: number;
}

export function groupInfo(ast: RegexAst): GroupInfo {
  const out: GroupInfo = { named: [], unnamed: 0, backrefs: 0 };
  visitRegExpAST(ast, {
    onCapturingGroupEnter(g) {
      if (g.name !== null) out.named.push(g.name);
      else out.unnamed++;
    },
    onBackreferenceEnter() {
      out.backrefs++;
    },
  });
  return out;
}

/** An element with its repetition made explicit (1..1 when it is not quantified). */
interface Item {
  node: Exclude<AST.Element, AST.Quantifier>;
  min: number;
  max: number;
}

function item(el: AST.Element): Item {
  return el.type === 'Quantifier' ? { node: el.element, min: el.min, max: el.max } : { node: el, min: 1, max: 1 };
}

/**
 * For each way the pattern can match (its top-level alternatives, with non-optional single-branch
 * groups flattened), the runs of literal text that such a match must contain. A literal is a valid
 * prefilter when, for every alternative, it is a substring of one of that alternative's runs.
 */
export function requiredRuns(ast: RegexAst): string[][] {
  return altRuns(ast.alternatives);
}

function altRuns(alternatives: AST.Alternative[]): string[][] {
  return alternatives.flatMap((a) => seqRuns(a.elements));
}

/** Splices groups that are neither repeated nor alternated into their parent sequence. */
function flatten(elements: AST.Element[]): Item[] {
  const out: Item[] = [];
  for (const it of elements.map(item)) {
    const n = it.node;
    if (
      (n.type === 'Group' || n.type === 'CapturingGroup') &&
      it.min === 1 &&
      it.max === 1 &&
      n.alternatives.length === 1
    )
      out.push(...flatten(n.alternatives[0]!.elements));
    else out.push(it);
  }
  return out;
}

function seqRuns(elements: AST.Element[]): string[][] {
  // Each element of `alts` is one way through the sequence (required groups with several
  // branches multiply the ways, bounded); `cur` is the literal run being built for each way.
  let alts: string[][] = [[]];
  let cur = [''];
  const flush = (): void => {
    alts = alts.map((runs, k) => (cur[k] ? [...runs, cur[k]!] : runs));
    cur = alts.map(() => '');
  };
  for (const it of flatten(elements)) {
    const n = it.node;
    if (n.type === 'Character' && it.min >= 1) {
      // the first `min` copies are required and contiguous; a variable count ends the run
      const text = String.fromCodePoint(n.value).repeat(Math.min(it.min, 64));
      cur = cur.map((c) => c + text);
      if (it.max !== it.min) flush();
      continue;
    }
    // zero-width: the text matched on either side is adjacent, so the run goes on
    if (n.type === 'Assertion') continue;
    if ((n.type === 'Group' || n.type === 'CapturingGroup') && it.min >= 1) {
      // alternation (or a repeated group): each branch contributes its own required runs
      const branchRuns = altRuns(n.alternatives);
      flush();
      if (alts.length * branchRuns.length <= 64) {
        const next: string[][] = [];
        for (const r of alts) for (const b of branchRuns) next.push([...r, ...b]);
        alts = next;
        cur = alts.map(() => '');
      }
      if (it.max !== 1 || it.min !== 1) flush();
      continue;
    }
    flush();
  }
  flush();
  return alts;
}

/** Does every match of the pattern necessarily contain one of `literals`? */
export function literalsAreRequired(ast: RegexAst, literals: readonly string[], ignoreCase: boolean): boolean {
  const norm = (s: string): string => (ignoreCase ? s.toLowerCase() : s);
  const lits = literals.map(norm);
  return requiredRuns(ast).every((runs) => runs.some((run) => lits.some((l) => norm(run).includes(l))));
}

/** Does the pattern match the empty string and arbitrary text (a catch-all)? */
export function isCatchAllPattern(pattern: string): boolean {
  try {
    const re = new RegExp(pattern);
    return re.test('') && re.test('zq7 arbitrary, message: 42') && re.test('\n');
  } catch {
    return false;
  }
}
