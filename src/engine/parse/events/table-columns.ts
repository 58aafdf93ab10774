// Column layout of `kubectl get` tables, read from the header line. The whole table is one tabwriter block and
// cells never contain a newline, so cells line up with the header's column starts (counted in runes).

export interface Column {
  name: string;
  /** start offset in runes */
  start: number;
}

const TWO_WORD = new Set(['LAST SEEN', 'FIRST SEEN', 'NOMINATED NODE', 'READINESS GATES']);

/** Header words with their rune offsets; `LAST SEEN` and friends are one column. */
export function readHeader(header: string): Column[] {
  const cols: Column[] = [];
  const runes = toRunes(header);
  let i = 0;
  while (i < runes.length) {
    while (i < runes.length && (runes[i] === ' ' || runes[i] === '\t')) i++;
    if (i >= runes.length) break;
    const start = i;
    while (i < runes.length && runes[i] !== ' ' && runes[i] !== '\t') i++;
    const word = runes.slice(start, i).join('');
    const prev = cols[cols.length - 1];
    if (prev !== undefined && TWO_WORD.has(`${prev.name} ${word}`) && start === prev.start + prev.name.length + 1) {
      prev.name = `${prev.name} ${word}`;
    } else {
      cols.push({ name: word, start });
    }
  }
  return cols;
}

const HAS_SURROGATE = /[\ud800-\udfff]/;

export function toRunes(s: string): string[] {
  return HAS_SURROGATE.test(s) ? Array.from(s) : s.split('');
}

/**
 * Slices a row at the header's column starts. Returns null when the row does not line up (a cell boundary
 * falls inside a word), so the caller can fall back to a grammar.
 */
export function sliceByColumns(row: string, cols: Column[], shift: number): string[] | null {
  const surrogates = HAS_SURROGATE.test(row);
  const r = surrogates ? Array.from(row) : null;
  const len = r !== null ? r.length : row.length;
  const at = (k: number): string => (r !== null ? (r[k] ?? '') : row.charAt(k));
  const slice = (a: number, b: number): string => (r !== null ? r.slice(a, b).join('') : row.slice(a, b));
  const cells: string[] = [];
  for (let i = 0; i < cols.length; i++) {
    const start = (cols[i] as Column).start + shift;
    const next = cols[i + 1];
    const end = next === undefined ? len : next.start + shift;
    if (i > 0 && start < len && start > 0 && at(start - 1) !== ' ') return null;
    cells.push(slice(Math.max(0, start), Math.max(0, end)).trim());
  }
  return cells;
}
