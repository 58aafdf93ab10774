// Artefacts that copying adds around the real output: Markdown `> ` quoting, a k9s pane border `│ `, and
// indentation added to every line (a whole block, or every line but the first: Azure/aks-engine#2064).

/** Removes quote markers and pane borders at the start (and a pane border at the end). */
export function stripQuote(line: string): string {
  const c = line.charCodeAt(0);
  if (c === 62 /* > */) {
    if (line.length === 1) return '';
    const d = line.charCodeAt(1);
    if (d !== 32 && d !== 62) return line;
    let i = 0;
    while (
      i < line.length &&
      (line.charCodeAt(i) === 62 || (line.charCodeAt(i) === 32 && line.charCodeAt(i - 1) === 62))
    )
      i++;
    return line.slice(i);
  }
  if (c === 0x2502 /* │ */) {
    let s = line.slice(line.charCodeAt(1) === 32 ? 2 : 1);
    if (s.endsWith('│')) s = s.slice(0, -1).trimEnd();
    return s;
  }
  return line;
}

/** Removes up to `n` leading whitespace characters. */
export function dedent(line: string, n: number): string {
  if (n <= 0) return line;
  let i = 0;
  while (i < n && i < line.length) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i === 0 ? line : line.slice(i);
}
