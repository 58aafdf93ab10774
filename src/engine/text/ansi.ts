// ANSI escape removal in the three shapes pastes carry: a real ESC byte (`\x1b[31m`), kubectl ≥1.26's printed
// escape (`^[[31m`), and colour codes whose ESC byte was lost (`[0;31m`), which we only strip where they cannot be
// text: at the line start, next to a log level, or at the line end.

import { toFixedPoint } from './fixed-point';

// CSI with a real or printed ESC; OSC (hyperlinks) and two-byte escapes with a real ESC.
const ESCAPED =
  // eslint-disable-next-line no-control-regex -- escape bytes are what this pattern looks for
  /(?:\x1b|\^\[)\[[0-9;?]*[ -/]*[A-Za-z@`~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[()][A-Za-z0-9]|\x1b[=>78NMDEc]|\x1b/g;

const LOST_SGR = '\\[(?:\\d{1,3}(?:;\\d{1,3})*)?m';
const LEVEL_WORD = '(?:INFO|WARN|WARNING|ERRO|ERROR|DEBU|DEBUG|TRAC|TRACE|FATA|FATAL|PANI|PANIC)';
const LOST_AT_START = new RegExp(`^(?:${LOST_SGR})+(?!\\])`);
// Runs of codes are found whole and judged by what stands next to them: a pattern that looked ahead over
// the rest of a run (or tried `…+$` from each code) would rescan a long run once per code in it.
const LOST_RUN = new RegExp(`(?:${LOST_SGR})+`, 'g');
const ONE_LOST = new RegExp(`^${LOST_SGR}$`);
const LEVEL_AFTER = new RegExp(`^${LEVEL_WORD}\\b`);
const LEVEL_BEFORE = new RegExp(`\\b${LEVEL_WORD}$`);
/** longer than the longest level word, so the slices below also hold the character at its boundary */
const LEVEL_REACH = 8;

/** A run of lost codes goes when a level follows it; otherwise its first code goes when a level precedes it. */
function stripLostNearLevel(s: string): string {
  return s.replace(LOST_RUN, (run: string, at: number) => {
    const end = at + run.length;
    if (LEVEL_AFTER.test(s.slice(end, end + LEVEL_REACH))) return '';
    if (LEVEL_BEFORE.test(s.slice(Math.max(0, at - LEVEL_REACH), at))) return run.slice(run.indexOf('m') + 1);
    return run;
  });
}

/** Lost codes at the end of the line, peeled off one by one from the end. */
function stripLostAtEnd(s: string): string {
  let end = s.length;
  while (s.charCodeAt(end - 1) === 109 /* m */) {
    const open = s.lastIndexOf('[', end - 1);
    if (open === -1 || !ONE_LOST.test(s.slice(open, end))) break;
    end = open;
  }
  return s.slice(0, end);
}

/** Cheap test: does the line possibly contain an escape sequence of any of the three shapes? */
export function mayHaveAnsi(line: string): boolean {
  return line.indexOf('\x1b') !== -1 || line.indexOf('^[') !== -1 || /\[[\d;]*m/.test(line);
}

/** One removal pass; callers loop to a fixed point so that removal is idempotent. */
export function stripAnsiOnce(line: string): string {
  let s = line;
  if (s.indexOf('\x1b') !== -1 || s.indexOf('^[') !== -1) s = s.replace(ESCAPED, '');
  if (s.indexOf('m') !== -1 && s.indexOf('[') !== -1) {
    s = stripLostAtEnd(stripLostNearLevel(s.replace(LOST_AT_START, '')));
  }
  return s;
}

export function stripAnsi(line: string): string {
  return toFixedPoint(line, stripAnsiOnce);
}

/**
 * A whole pasted text with each line's colours removed (what the editor shows; the analysis strips them
 * itself). Lines and their terminators stay, so line numbers still match what was pasted.
 */
export function stripAnsiText(text: string): string {
  if (!mayHaveAnsi(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const cr = line.endsWith('\r');
      const body = cr ? line.slice(0, -1) : line;
      return (mayHaveAnsi(body) ? stripAnsi(body) : body) + (cr ? '\r' : '');
    })
    .join('\n');
}
