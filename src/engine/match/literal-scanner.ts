// Multi-literal prefilter: one pass over a line finds which catalog literals it contains, so the full
// regexes run only on candidate lines. The literals are one Aho–Corasick automaton (the scan-first gate's,
// text/literal-automaton.ts): a line costs two table reads a character however many literals there are.
// ASCII letters compare without case for literals marked so; catalog patterns take no flag but `i`, under
// which only ASCII letters match across case, so nothing a regex could match is missed.

import { LiteralAutomaton, type ScanLiteral } from '../text/literal-automaton';

export type { ScanLiteral };

export class LiteralScanner {
  private readonly automaton: LiteralAutomaton;

  constructor(literals: readonly ScanLiteral[]) {
    this.automaton = new LiteralAutomaton(literals);
  }

  /** Calls `found(id)` for every distinct literal present in `line` (order unspecified). */
  scan(line: string, found: (id: number) => void): void {
    let seen: number[] | undefined;
    this.automaton.scan(line, (_at, id) => {
      if ((seen ??= []).includes(id)) return;
      seen.push(id);
      found(id);
    });
  }
}
