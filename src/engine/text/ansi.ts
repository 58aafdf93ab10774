// ANSI escape removal in the three shapes pastes carry: a real ESC byte (`\x1b[31m`), kubectl ≥1.26's printed
// escape (`^[[31m`), and colour codes whose ESC byte was lost (`[0;31m`), which we only strip where they cannot be
// text: at the line start, next to a log level, or at the line end.

// CSI with a real or printed ESC; OSC (hyperlinks) and two-byte escapes with a real ESC.
const ESCAPED =
  // eslint-disable-next-line no-control-regex -- escape bytes are what this pattern looks for
  /(?:\x1b|\^\[)\[[0-9;?]*[ -/]*[A-Za-z@`~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[()][A-Za-z0-9]|\x1b[=>78NMDEc]|\x1b/g;

const LOST_SGR = '\\[(?:\\d{1,3}(?:;\\d{1,3})*)?m';
const LEVEL_WORD = '(?:INFO|WARN|WARNING|ERRO|ERROR|DEBU|DEBUG|TRAC|TRACE|FATA|FATAL|PANI|PANIC)';
const LOST_AT_START = new RegExp(`^(?:${LOST_SGR})+(?!\\])`);
const LOST_AT_END = new RegExp(`(?:${LOST_SGR})+$`);
const LOST_NEAR_LEVEL = new RegExp(`${LOST_SGR}(?=${LOST_SGR}*${LEVEL_WORD}\\b)|(?<=\\b${LEVEL_WORD})${LOST_SGR}`, 'g');

/** Cheap test: does the line possibly contain an escape sequence of any of the three shapes? */
export function mayHaveAnsi(line: string): boolean {
  return line.indexOf('\x1b') !== -1 || line.indexOf('^[') !== -1 || /\[[\d;]*m/.test(line);
}

/** One removal pass; callers loop to a fixed point so that removal is idempotent. */
export function stripAnsiOnce(line: string): string {
  let s = line;
  if (s.indexOf('\x1b') !== -1 || s.indexOf('^[') !== -1) s = s.replace(ESCAPED, '');
  if (s.indexOf('m') !== -1 && s.indexOf('[') !== -1) {
    s = s.replace(LOST_AT_START, '').replace(LOST_NEAR_LEVEL, '').replace(LOST_AT_END, '');
  }
  return s;
}

export function stripAnsi(line: string): string {
  let prev = line;
  let s = stripAnsiOnce(line);
  while (s !== prev) {
    prev = s;
    s = stripAnsiOnce(s);
  }
  return s;
}
