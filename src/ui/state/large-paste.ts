// When a paste is too big for the editor. A textarea lays out every line it holds: at 100k lines
// Chromium freezes the tab for seconds, at 1M lines for over half a minute, so a paste past either
// limit is kept as a chip (like a dropped file) and shown in a windowed viewer instead.

/** Characters (about bytes) the editor takes. */
export const LARGE_PASTE_CHARS = 2 * 1024 * 1024;
/** Lines the editor takes. */
export const LARGE_PASTE_LINES = 50_000;

/** Whether `text` joined to what the editor holds would pass either limit. */
export function isLargePaste(text: string, current = ''): boolean {
  if (text.length + current.length > LARGE_PASTE_CHARS) return true;
  const room = LARGE_PASTE_LINES - linesUpTo(current, LARGE_PASTE_LINES);
  return linesUpTo(text, room + 1) > room;
}

/** Line breaks in `text`, counting no further than `limit` (so a huge paste costs no more than the limit). */
function linesUpTo(text: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && n < limit; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
