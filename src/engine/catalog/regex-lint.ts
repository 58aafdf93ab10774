// A small parser for the JavaScript regex sources used in the catalog (no `u`/`v` flag), enough to
// check what the catalog promises about each pattern:
//  - no nested quantifiers (a quantified group that contains a quantifier), the classic ReDoS shape;
//  - no backreferences and no unnamed capturing groups (values are read by name);
//  - which literal text every match must contain, so a variant's prefilter literals can be proven
//    to be required substrings of the pattern rather than merely present in its examples.
// Pure: no Node or DOM APIs.

export type Atom =
  | { t: 'char'; c: string }
  | { t: 'class' }
  | { t: 'any' }
  | { t: 'assert' }
  | { t: 'backref' }
  | { t: 'group'; capture: boolean; name?: string; look: boolean; alt: Alt };

export interface Item {
  atom: Atom;
  min: number;
  /** Infinity when unbounded */
  max: number;
}

export interface Seq {
  items: Item[];
}

export interface Alt {
  branches: Seq[];
}

export class RegexSyntaxError extends Error {}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

export function parseRegex(src: string): Alt {
  let i = 0;

  function parseAlt(): Alt {
    const branches: Seq[] = [parseSeq()];
    while (src[i] === '|') {
      i++;
      branches.push(parseSeq());
    }
    return { branches };
  }

  function parseSeq(): Seq {
    const items: Item[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const atom = parseAtom();
      const q = parseQuantifier();
      if (q && atom.t === 'assert') throw new RegexSyntaxError(`quantifier on an assertion at ${i}`);
      items.push({ atom, min: q?.min ?? 1, max: q?.max ?? 1 });
    }
    return { items };
  }

  function parseQuantifier(): { min: number; max: number } | undefined {
    const c = src[i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) return undefined; // a literal `{` (allowed without the u flag)
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length;
      if (src[i] === '?') i++;
      return { min, max };
    } else return undefined;
    i++;
    if (src[i] === '?') i++; // lazy
    return q;
  }

  function parseEscape(): Atom {
    // at the character after the backslash
    const c = src[i];
    if (c === undefined) throw new RegexSyntaxError('trailing backslash');
    i++;
    if ('dDwWsS'.includes(c)) return { t: 'class' };
    if (c === 'b' || c === 'B') return { t: 'assert' };
    if (/[1-9]/.test(c)) return { t: 'backref' };
    if (c === 'k' && src[i] === '<') {
      const end = src.indexOf('>', i);
      i = end < 0 ? src.length : end + 1;
      return { t: 'backref' };
    }
    if (c === 'x') {
      const h = src.slice(i, i + 2);
      i += 2;
      return { t: 'char', c: String.fromCharCode(parseInt(h, 16)) };
    }
    if (c === 'u') {
      const h = src.slice(i, i + 4);
      i += 4;
      return { t: 'char', c: String.fromCharCode(parseInt(h, 16)) };
    }
    if (c === 'c') {
      i++;
      return { t: 'class' };
    }
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) return { t: 'char', c: simple };
    return { t: 'char', c };
  }

  function skipClass(): void {
    // at the character after `[`
    if (src[i] === '^') i++;
    if (src[i] === ']') i++; // a leading `]` is literal... in JS it means an empty class; either way skip it
    while (i < src.length && src[i] !== ']') {
      if (src[i] === '\\') i += 2;
      else i++;
    }
    if (src[i] !== ']') throw new RegexSyntaxError('unterminated character class');
    i++;
  }

  function parseAtom(): Atom {
    const c = src[i]!;
    if (c === '\\') {
      i++;
      return parseEscape();
    }
    if (c === '[') {
      i++;
      skipClass();
      return { t: 'class' };
    }
    if (c === '.') {
      i++;
      return { t: 'any' };
    }
    if (c === '^' || c === '$') {
      i++;
      return { t: 'assert' };
    }
    if (c === '(') {
      i++;
      let capture = true;
      let look = false;
      let name: string | undefined;
      if (src[i] === '?') {
        const rest = src.slice(i);
        if (rest.startsWith('?:')) {
          capture = false;
          i += 2;
        } else if (rest.startsWith('?=') || rest.startsWith('?!')) {
          capture = false;
          look = true;
          i += 2;
        } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
          capture = false;
          look = true;
          i += 3;
        } else {
          const m = /^\?<([A-Za-z_$][\w$]*)>/.exec(rest);
          if (!m) throw new RegexSyntaxError(`unknown group syntax at ${i}`);
          name = m[1];
          i += m[0].length;
        }
      }
      const alt = parseAlt();
      if (src[i] !== ')') throw new RegexSyntaxError('unterminated group');
      i++;
      if (look) return { t: 'assert' };
      return { t: 'group', capture, ...(name ? { name } : {}), look, alt };
    }
    if (c === ')') throw new RegexSyntaxError(`unbalanced ) at ${i}`);
    if (c === '*' || c === '+' || c === '?') throw new RegexSyntaxError(`nothing to repeat at ${i}`);
    i++;
    return { t: 'char', c };
  }

  const alt = parseAlt();
  if (i !== src.length) throw new RegexSyntaxError(`unbalanced ) at ${i}`);
  return alt;
}

function altHasQuantifier(alt: Alt): boolean {
  return alt.branches.some((s) =>
    s.items.some((it) => it.min !== 1 || it.max !== 1 || (it.atom.t === 'group' && altHasQuantifier(it.atom.alt))),
  );
}

/** Quantified groups that contain a quantifier: `(a+)+`, `(?:x\s*)?`, `(?:a|b*){2,}`. Returns their count. */
export function nestedQuantifiers(alt: Alt): number {
  let n = 0;
  for (const s of alt.branches) {
    for (const it of s.items) {
      if (it.atom.t !== 'group') continue;
      if ((it.min !== 1 || it.max !== 1) && altHasQuantifier(it.atom.alt)) n++;
      n += nestedQuantifiers(it.atom.alt);
    }
  }
  return n;
}

export interface GroupInfo {
  named: string[];
  unnamed: number;
  backrefs: number;
}

export function groupInfo(alt: Alt): GroupInfo {
  const out: GroupInfo = { named: [], unnamed: 0, backrefs: 0 };
  const walk = (a: Alt): void => {
    for (const s of a.branches)
      for (const it of s.items) {
        if (it.atom.t === 'backref') out.backrefs++;
        if (it.atom.t === 'group') {
          if (it.atom.capture) {
            if (it.atom.name) out.named.push(it.atom.name);
            else out.unnamed++;
          }
          walk(it.atom.alt);
        }
      }
  };
  walk(alt);
  return out;
}

/**
 * For each way the pattern can match (its top-level alternatives, with non-optional single-branch
 * groups flattened), the runs of literal text that such a match must contain. A literal is a valid
 * prefilter when, for every alternative, it is a substring of one of that alternative's runs.
 */
export function requiredRuns(alt: Alt): string[][] {
  return alt.branches.flatMap((seq) => seqRuns(seq));
}

/** Splices groups that are neither repeated nor alternated into their parent sequence. */
function flatten(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const a = it.atom;
    if (a.t === 'group' && !a.look && it.min === 1 && it.max === 1 && a.alt.branches.length === 1)
      out.push(...flatten(a.alt.branches[0]!.items));
    else out.push(it);
  }
  return out;
}

function seqRuns(seq: Seq): string[][] {
  // Each element of `alts` is one way through the sequence (required groups with several
  // branches multiply the ways, bounded); `cur` is the literal run being built for each way.
  let alts: string[][] = [[]];
  let cur = [''];
  const flush = (): void => {
    alts = alts.map((runs, k) => (cur[k] ? [...runs, cur[k]!] : runs));
    cur = alts.map(() => '');
  };
  for (const it of flatten(seq.items)) {
    const a = it.atom;
    if (a.t === 'char' && it.min >= 1) {
      // the first `min` copies are required and contiguous; a variable count ends the run
      const text = a.c.repeat(Math.min(it.min, 64));
      cur = cur.map((c) => c + text);
      if (it.max !== it.min) flush();
      continue;
    }
    if (a.t === 'assert') continue; // zero-width: does not break a literal run
    if (a.t === 'group' && it.min >= 1 && !a.look) {
      // alternation (or a repeated group): each branch contributes its own required runs
      const branchRuns = requiredRuns(a.alt);
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

/** Does every match of `pattern` necessarily contain one of `literals`? */
export function literalsAreRequired(alt: Alt, literals: readonly string[], ignoreCase: boolean): boolean {
  const norm = (s: string): string => (ignoreCase ? s.toLowerCase() : s);
  const lits = literals.map(norm);
  return requiredRuns(alt).every((runs) => runs.some((run) => lits.some((l) => norm(run).includes(l))));
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
