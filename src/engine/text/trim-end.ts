// Trailing characters removed by a backward scan. `s.replace(/[…]+$/, '')` would try the run from each of its
// characters and fail at the first one that is not last: quadratic on a long run in the middle of a line.

/** `s` without the trailing characters that `drop`, a one-character class such as `/[\s,:;]/`, matches. */
export function trimEndMatching(s: string, drop: RegExp): string {
  let end = s.length;
  while (end > 0 && drop.test(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}
