// Where on an evidence line the signal sits, so the editor can scroll it into view.

/** The literal pieces of a catalog signal: `cmdAdd: error alloc ip %w` → `cmdAdd: error alloc ip`. */
export function literalPieces(term: string): string[] {
  return term
    .split(/%[-+#0-9.]*[a-zA-Z]|<[^<>]*>|\{[^{}]*\}|\.\*|\.\+|\\.|[|()[\]^$]|…|\.\.\./)
    .map((p) => p.trim())
    .filter((p) => p.length >= 3);
}

/**
 * The span of the first term found on the line (case-insensitive), trying each term whole and then
 * its longest literal piece. Terms come most specific first (the signal, then captured values).
 */
export function signalSpan(line: string, terms: readonly string[]): { start: number; end: number } | null {
  const hay = line.toLowerCase();
  for (const term of terms) {
    const candidates = [term.trim(), ...literalPieces(term).sort((a, b) => b.length - a.length)];
    for (const c of candidates) {
      if (c.length < 3) continue;
      const at = hay.indexOf(c.toLowerCase());
      if (at !== -1) return { start: at, end: at + c.length };
    }
  }
  return null;
}

/** Visual column of character `index` on a line, expanding tabs like the editor (tab-size 4). */
export function visualColumn(line: string, index: number, tabSize = 4): number {
  let col = 0;
  for (let i = 0; i < index && i < line.length; i++) col = line[i] === '\t' ? col + tabSize - (col % tabSize) : col + 1;
  return col;
}
