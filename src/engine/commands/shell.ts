// What a command copied from the page may contain. Pasted text is attacker-controlled, and an
// engineer copies our commands into a shell with cluster-admin rights: every value that goes into a
// command is quoted, and characters that hide or reorder text on screen never reach the clipboard.

/** Bidirectional controls and zero-width characters: invisible, yet they change what a line means. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Shows each invisible character as a visible `<U+202E>` marker, for evidence views. */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, marker);
}

// C0 and C1 controls but tab and newline: ESC starts terminal sequences (colours, OSC 8 links, title)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe to print to a terminal: controls and invisible characters shown as <U+…> markers. */
export function printable(text: string): string {
  return revealInvisible(text).replace(CONTROL, marker);
}

function marker(ch: string): string {
  return `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

const SHELL_SAFE = /^[A-Za-z0-9._:/@%+=,-]+$/;

/** POSIX single-quoting: a value that is not plainly safe is wrapped in '…' with ' written as '\''. */
export function shellQuote(value: string): string {
  if (value !== '' && SHELL_SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
