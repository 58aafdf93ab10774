// Many literals found in one pass: an Aho–Corasick automaton compiled into a flat transition table, so
// each character costs two table reads whatever the number of literals. It is a filter with an exact
// check behind it: ASCII letters fold to one class for every literal, characters no literal uses share
// a class, and past CLASSES or DEPTH characters merge further; every end the automaton reports is
// then compared with the literal itself (in its own case mode), and only true matches come out.
// Linear: one table step per character, plus the check of each reported end (ends are rare in logs).

export interface ScanLiteral {
  text: string;
  /** compare ASCII letters without case (text must then be lower-case) */
  ignoreCase: boolean;
}

/** characters of a literal the trie holds: a longer literal is checked in full at its ends */
const DEPTH = 16;
/** classes per state: a row of the table (a power of two, so a row starts at state << CLASS_BITS) */
const CLASS_BITS = 6;
const CLASSES = 1 << CLASS_BITS;
/** texts at least this long are walked as two interleaved halves (shorter ones are not worth the setup) */
const SPLIT_FROM = 4096;
/** states a Uint16Array table can name */
const MAX_STATES = 0xffff;

/** ASCII upper case to lower case; every other code unit as it is */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function matchesAt(text: string, at: number, lit: ScanLiteral): boolean {
  const s = lit.text;
  if (at < 0 || at + s.length > text.length) return false;
  if (!lit.ignoreCase) return text.startsWith(s, at);
  for (let k = 0; k < s.length; k++) if (fold(text.charCodeAt(at + k)) !== s.charCodeAt(k)) return false;
  return true;
}

export class LiteralAutomaton {
  /** code unit → class (0: used by no literal) */
  private readonly classOf = new Uint8Array(0x10000);
  /** state << CLASS_BITS | class → next state; states with outputs are numbered from `firstOutput` */
  private readonly next: Uint16Array;
  private readonly firstOutput: number;
  /** by state − firstOutput: the literals whose trie prefix ends there (its own or through a failure link) */
  private readonly outputs: number[][];
  /** the longest trie prefix: how far before a cut a second pass must start so no match is lost */
  readonly reach: number;

  constructor(readonly literals: readonly ScanLiteral[]) {
    for (const l of literals) if (l.text.length === 0) throw new Error('LiteralAutomaton: an empty literal');
    this.assignClasses();
    const { table, out, states } = this.trie();
    const order = complete(table, out, states);
    // renumber: states with an output last, so the hot loop tests one comparison
    const plain = order.filter((s) => out[s]!.length === 0);
    const withOutput = order.filter((s) => out[s]!.length > 0);
    const renum = new Int32Array(states);
    [...plain, ...withOutput].forEach((s, i) => (renum[s] = i));
    this.firstOutput = plain.length;
    this.outputs = withOutput.map((s) => out[s]!);
    this.next = new Uint16Array(states << CLASS_BITS);
    for (let s = 0; s < states; s++) {
      const row = renum[s]! << CLASS_BITS;
      for (let c = 0; c < CLASSES; c++) this.next[row | c] = renum[table[(s << CLASS_BITS) | c]!]!;
    }
    this.reach = Math.max(0, ...literals.map((l) => Math.min(l.text.length, DEPTH)));
  }

  /** Classes by first use; past the last class, characters share it (a wider filter, still checked). */
  private assignClasses(): void {
    let k = 1;
    for (const l of this.literals)
      for (let i = 0; i < Math.min(l.text.length, DEPTH); i++) {
        const c = fold(l.text.charCodeAt(i));
        if (this.classOf[c] !== 0) continue;
        this.classOf[c] = Math.min(k++, CLASSES - 1);
        if (c >= 97 && c <= 122) this.classOf[c - 32] = this.classOf[c]!;
      }
  }

  /** The trie as a table (-1: no edge) and, per state, the literals that end there. */
  private trie(): { table: Int32Array; out: number[][]; states: number } {
    const most = 1 + this.literals.reduce((n, l) => n + Math.min(l.text.length, DEPTH), 0);
    const table = new Int32Array(most << CLASS_BITS).fill(-1);
    const out: number[][] = [[]];
    let states = 1;
    this.literals.forEach((l, id) => {
      let s = 0;
      for (let i = 0; i < Math.min(l.text.length, DEPTH); i++) {
        const edge = (s << CLASS_BITS) | this.classOf[l.text.charCodeAt(i)]!;
        if (table[edge] === -1) {
          if (states >= MAX_STATES) throw new Error('LiteralAutomaton: too many literals for one table');
          table[edge] = states++;
          out.push([]);
        }
        s = table[edge]!;
      }
      out[s]!.push(id);
    });
    return { table: table.subarray(0, states << CLASS_BITS), out, states };
  }

  /**
   * Every match of a literal in `text`, as (start, literal index) to `onMatch`, by ascending end of the
   * literal's trie prefix. Two halves run interleaved (one table read does not wait for the other's), the
   * second starting `reach` characters early and reporting only ends past the cut.
   */
  scan(text: string, onMatch: (at: number, literal: number) => void): void {
    const n = text.length;
    const classOf = this.classOf;
    const next = this.next;
    const firstOutput = this.firstOutput;
    if (n < SPLIT_FROM) {
      // a line: one pass, reported as it goes
      for (let i = 0, s = 0; i < n; i++) {
        s = next[(s << CLASS_BITS) | classOf[text.charCodeAt(i)]!]!;
        if (s >= firstOutput) this.reportEnd(text, i, s, onMatch);
      }
      return;
    }
    const cut = n >> 1;
    const ends: number[] = [];
    const lateEnds: number[] = [];
    let a = 0;
    let b = 0;
    let i = 0;
    let j = Math.max(0, cut - this.reach);
    for (; i < cut; i++, j++) {
      a = next[(a << CLASS_BITS) | classOf[text.charCodeAt(i)]!]!;
      b = next[(b << CLASS_BITS) | classOf[text.charCodeAt(j)]!]!;
      if (a >= firstOutput) ends.push(i, a);
      if (b >= firstOutput && j >= cut) lateEnds.push(j, b);
    }
    for (; j < n; j++) {
      b = next[(b << CLASS_BITS) | classOf[text.charCodeAt(j)]!]!;
      if (b >= firstOutput && j >= cut) lateEnds.push(j, b);
    }
    this.report(text, ends, onMatch);
    this.report(text, lateEnds, onMatch);
  }

  /** `ends`: pairs of an end and the state the automaton reached there */
  private report(text: string, ends: readonly number[], onMatch: (at: number, literal: number) => void): void {
    for (let k = 0; k < ends.length; k += 2) this.reportEnd(text, ends[k]!, ends[k + 1]!, onMatch);
  }

  /** The literals whose trie prefix ends at `end` (the automaton in `state`), each checked in full. */
  private reportEnd(text: string, end: number, state: number, onMatch: (at: number, literal: number) => void): void {
    for (const id of this.outputs[state - this.firstOutput]!) {
      const lit = this.literals[id]!;
      const at = end + 1 - Math.min(lit.text.length, DEPTH);
      if (matchesAt(text, at, lit)) onMatch(at, id);
    }
  }
}

/**
 * Folds the failure links into the trie's table (every -1 becomes the state the automaton falls back to)
 * and adds to each state's outputs those of its failure state. Returns the states breadth first.
 */
function complete(table: Int32Array, out: number[][], states: number): number[] {
  const fail = new Int32Array(states);
  const order = [0];
  for (let q = 0; q < order.length; q++) {
    const s = order[q]!;
    if (s !== 0) out[s] = [...out[s]!, ...out[fail[s]!]!];
    const row = s << CLASS_BITS;
    const failRow = fail[s]! << CLASS_BITS;
    for (let c = 0; c < CLASSES; c++) {
      const t = table[row | c]!;
      const viaFail = s === 0 ? 0 : table[failRow | c]!;
      if (t === -1) table[row | c] = viaFail;
      else {
        fail[t] = viaFail;
        order.push(t);
      }
    }
  }
  return order;
}
