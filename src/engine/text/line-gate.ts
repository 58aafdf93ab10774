// Scan first: one pass over a whole chunk of text says which lines hold literals of which group, so that
// only those lines are matched and parsed in full. Literals are rare in big logs, so the pass must cost
// about a read per character whatever the number of literals: one automaton holds them all
// (literal-automaton.ts), where a regex alternation per batch of literals cost several reads.

import { LiteralAutomaton, type ScanLiteral } from './literal-automaton';

export type { ScanLiteral };

export class LineGate {
  private readonly automaton: LiteralAutomaton;
  /** by literal index: its group */
  private readonly groupOf: number[];

  /** `groups`: lists of literals (at most 30 lists), none holding a line feed */
  constructor(private readonly groups: readonly (readonly ScanLiteral[])[]) {
    const literals = groups.flat();
    if (literals.some((l) => l.text.includes('\n'))) throw new Error('LineGate: a literal holds a line feed');
    this.automaton = new LiteralAutomaton(literals);
    this.groupOf = groups.flatMap((ls, group) => ls.map(() => group));
  }

  /**
   * Per group, offsets in `text`, ascending, inside every line that holds a literal of the group (at least
   * one per such line). A line with no offset of a group holds none of its literals.
   */
  scan(text: string): number[][] {
    const out: number[][] = this.groups.map(() => []);
    // matches come by ascending end, so line by line: note each group once per line
    let lineEnd = -1;
    let seen = 0;
    this.automaton.scan(text, (at, literal) => {
      if (at > lineEnd) {
        const nl = text.indexOf('\n', at);
        lineEnd = nl === -1 ? text.length : nl;
        seen = 0;
      }
      const group = this.groupOf[literal]!;
      if ((seen & (1 << group)) !== 0) return;
      seen |= 1 << group;
      out[group]!.push(at);
    });
    return out;
  }
}
