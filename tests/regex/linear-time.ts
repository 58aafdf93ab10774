// The static linear-time check shared by the catalog's and the source's regex tests: the pattern is
// parsed by regexpp and judged by recheck's automaton checker, which proves whether V8's backtracking
// search over it can take super-linear time and, when it can, returns an attack string. recheck runs
// offline: its native build (the platform package npm installs beside it) when there is one, else its
// pure-JS build in a worker (same verdicts, 10-50x slower; RECHECK_BACKEND=worker forces it).
//
// recheck does not model lookarounds. A lookaround whose body has a bounded length costs at most
// that bound where it is tried, and it only ever prunes paths, so the pattern without it explores
// a superset of the paths: the lookaround is replaced by an empty group and the rest is judged.
// A lookaround with an unbounded body is reported, never guessed.
import { checkSync, type Diagnostics, type Parameters } from 'recheck';
import { visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { parseRegex } from '../../src/engine/catalog/regex-lint';

/**
 * The automaton checker decides (rather than fuzzes) whenever the unrolled pattern fits; bounded
 * repetitions such as `[^\n]{0,800}` are unrolled, so the limits are far above the defaults.
 */
const PARAMS: Parameters = {
  checker: 'automaton',
  maxRepeatCount: 100_000,
  maxNFASize: 10_000_000,
  maxPatternSize: 100_000,
  timeout: 90_000, // generous: CI shares two cores; a pattern still undecided then fails
};

/** Longest text a node can match (Infinity when unbounded). */
function maxLength(node: AST.Node): number {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return Math.max(0, ...node.alternatives.map(maxLength));
    case 'Alternative':
      return node.elements.reduce((sum, el) => sum + maxLength(el), 0);
    case 'Quantifier': {
      const inner = maxLength(node.element);
      return inner === 0 ? 0 : inner * node.max;
    }
    case 'Assertion':
      return 0; // lookarounds included: they consume nothing
    case 'Backreference':
      return Infinity;
    default:
      return 1;
  }
}

/** The source with each bounded lookaround replaced by `(?:)`, or the reason it cannot be judged. */
function withoutLookarounds(source: string, flags: string): { source: string } | { problem: string } {
  const looks: AST.LookaroundAssertion[] = [];
  const longest = (a: AST.LookaroundAssertion): number => Math.max(0, ...a.alternatives.map(maxLength));
  visitRegExpAST(parseRegex(source, flags), {
    onAssertionEnter(a) {
      if (a.kind === 'lookahead' || a.kind === 'lookbehind') looks.push(a);
    },
  });
  const outer = looks.filter((a) => !looks.some((b) => b !== a && b.start <= a.start && a.end <= b.end));
  let out = source;
  for (const a of outer.sort((x, y) => y.start - x.start)) {
    if (longest(a) === Infinity) return { problem: `lookaround with an unbounded body: ${a.raw}` };
    out = out.slice(0, a.start) + '(?:)' + out.slice(a.end);
  }
  return { source: out };
}

function describe(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}, attack ${d.attack.pattern.slice(0, 120)}`;
  if (d.status === 'unknown') return `not decided: ${JSON.stringify(d.error)}`;
  return d.complexity.summary;
}

/** null when the regex provably matches in linear time, else why not. */
export function linearTimeProblem(source: string, flags: string): string | null {
  let stripped: ReturnType<typeof withoutLookarounds>;
  try {
    stripped = withoutLookarounds(source, flags);
  } catch (e) {
    return `cannot parse: ${(e as Error).message}`;
  }
  if ('problem' in stripped) return stripped.problem;
  // `g` changes where the next search starts, not its cost; a sticky regex (`y`, without `m`) is
  // tried at lastIndex only, which for the checker is a pattern anchored at the start
  const sticky = flags.includes('y') && !flags.includes('m');
  const judged = sticky ? `^(?:${stripped.source})` : stripped.source;
  const d = checkSync(judged, flags.replace(/[gyd]/g, ''), PARAMS);
  return d.status === 'safe' ? null : describe(d);
}
