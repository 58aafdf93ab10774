// Token grammars shared by the table and row parsers (kubectl printers, apimachinery HumanDuration).

/** `5m`, `2m41s`, `3d4h`, `<unknown>`, `<invalid>` */
export const DURATION = '(?:(?:\\d+[smhdy])+|<unknown>|<invalid>)';
/** describe Age / kubectl events LAST SEEN: `9h (x108 over 18h)` */
export const AGE = `${DURATION}(?: \\(x\\d+ over ${DURATION}\\))?`;

export const DURATION_RE = new RegExp(`^${DURATION}$`);
const AGE_PARTS_RE = new RegExp(`^(${DURATION})(?: \\(x(\\d+) over (${DURATION})\\))?$`);

export interface AgeParts {
  age: string;
  count: number;
  firstSeenAge?: string;
}

/** Splits `27s (x2 over 2m41s)` into age, count and first-seen age. */
export function parseAge(text: string): AgeParts | null {
  const m = AGE_PARTS_RE.exec(text);
  if (m === null) return null;
  const age = m[1] as string;
  if (m[2] === undefined) return { age, count: 1 };
  return { age, count: Number(m[2]), firstSeenAge: m[3] as string };
}

/** Event types core components emit. */
export function isEventType(s: string): boolean {
  return s === 'Normal' || s === 'Warning';
}

/** Event reasons are CamelCase identifiers (`FailedCreatePodSandBox`, `AllocIPFailed`). */
export const REASON_RE = /^[A-Za-z][\w.-]*$/;

/** Splits a row into cells at runs of ≥2 spaces or any tab; single spaces stay inside a cell. */
export function splitCells(row: string): string[] {
  return row.trim().split(/\t+ *| {2,}\t*/);
}

/** Leading whitespace width (spaces and tabs count one each). */
export function indentOf(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

export function isBlank(s: string): boolean {
  return indentOf(s) === s.length;
}
