// Terminal hard-wrapping: a terminal cuts a long line at its width and the rest goes on at column 0,
// so every cut line is exactly as wide as the terminal. Normalisation trims trailing spaces, so a cut that fell
// right after a space looks one column short: the dispatcher counts those spaces back (ParseContext).

// Widths terminals commonly have: one line of such a width is evidence enough of a wrap.
const COMMON_WIDTHS = new Set([80, 100, 120, 128, 132, 140, 150, 160, 180, 200, 220, 240, 250, 256]);

export function isCommonTerminalWidth(width: number): boolean {
  return COMMON_WIDTHS.has(width);
}

/** More trailing spaces than this is padding (a pane padded to its width), not a cut after a space. */
const MAX_CUT_SPACES = 2;

/** Width of a line as the terminal showed it (text plus the trailing spaces trimmed), or 0 when padded. */
export function shownWidth(length: number, trailingSpaces: number): number {
  return trailingSpaces > MAX_CUT_SPACES ? 0 : length + trailingSpaces;
}

/**
 * The width a block of lines was wrapped at, or 0 when nothing shows a wrap. The widest line is the terminal
 * width when at least two lines reach it (a wrap leaves every cut line that wide), or when it is a common
 * terminal width. A fixed set alone would miss odd widths (a 137-column window).
 */
export function blockWrapWidth(widths: readonly number[]): number {
  let max = 0;
  let atMax = 0;
  for (const w of widths) {
    if (w > max) {
      max = w;
      atMax = 1;
    } else if (w === max && w > 0) atMax++;
  }
  if (max < 40) return 0;
  return atMax >= 2 || isCommonTerminalWidth(max) ? max : 0;
}

/** What re-joins a cut line and its continuation: the space the cut fell after, else nothing (a mid-word cut). */
export function wrapJoiner(trailingSpaces: number): string {
  return trailingSpaces > 0 ? ' ' : '';
}
