// Some rewrites of a line can expose another place to rewrite (removing `[31m` from `[[31m31m` leaves
// `[31m`), so they are applied until the text no longer changes: the result is then idempotent.

/** `step` applied to `s` until it changes nothing more. */
export function toFixedPoint(s: string, step: (s: string) => string): string {
  let prev = s;
  let next = step(s);
  while (next !== prev) {
    prev = next;
    next = step(next);
  }
  return next;
}
