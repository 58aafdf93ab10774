// Error lines that no catalog entry explains are findings, not silence. What counts: a log record at
// error, fatal or panic level, a Go runtime crash (`panic: …`, `fatal error: …`) after whatever
// prefix a journal or log shipper adds, a Warning event whose reason nothing knows. Repeats of one
// message with other numbers and ids are one finding (its template), and the number of distinct
// templates is bounded, so a log full of unknown errors stays a handful of findings.
import type { LogLevel } from '../records';
import type { ScanLiteral } from '../match/literal-scanner';

export const FAILING_LEVELS: ReadonlySet<LogLevel> = new Set<LogLevel>(['error', 'fatal', 'panic']);
export const STOPPING_LEVELS: ReadonlySet<LogLevel> = new Set<LogLevel>(['fatal', 'panic']);

/** distinct templates kept; later ones fold into one group */
export const MAX_TEMPLATES = 100;
const TEMPLATE_CHARS = 160;

const CRASH_WORDS = ['panic: ', 'fatal error: '];
/** what may stand right before the runtime's words: the line start, a space, a journal's `]:`, a shipper's `|` */
const BEFORE = new Set([' ', '\t', '|', ':', ']', '>']);

/** The Go runtime's crash line, `panic: …` or `fatal error: …`, at the start or after a prefix. */
export function goCrashAt(text: string): boolean {
  for (const word of CRASH_WORDS) {
    const i = text.indexOf(word);
    if (i < 0) continue;
    const next = text.charCodeAt(i + word.length);
    if ((i === 0 || BEFORE.has(text[i - 1]!)) && next > 32) return true;
  }
  return false;
}

/**
 * An error mark in a line no log parser gave a level: `[ERROR]`, `[error]`, `ERRO[0000]`, an upper-case
 * ERROR/FATAL level word, `level=error` in text a parser did not read as logrus (escaped stderr), a
 * gRPC error status, a line that starts with `error:` / `Error:` / `fatal:`, Go's standard logger
 * reporting a failure, an SDK's error block. Level words and fixed forms only, so prose that merely
 * mentions an error does not count.
 */
const MARK_ANYWHERE = [
  '[ERROR]',
  '[error]',
  '[FATAL]',
  '[fatal]',
  '[PANIC]',
  '[CRIT]',
  'ERRO[',
  'FATA[',
  'level=error',
  'level=fatal',
  'level=panic',
  'rpc error: code = ',
  'SDKError:',
  'SDK.ServerError',
  // Go's runtime words, also when a server recovered the panic (`http: panic serving …: runtime error: …`)
  'runtime error: ',
];
const MARK_AT_START = /^\s{0,8}(?:error|fatal|panic)(?: \[[a-z]{1,8}\])?: \S/i;
/** an upper-case level word between separators: `… 3359 [pod] ERROR No IPv6 …`, `confd[58]: ERROR 100: …` */
const LEVEL_WORD = /(?:^|[\s\]|:])(?:ERROR|FATAL|CRITICAL)(?=[\s:\]]|$)/;
/** Go's log package: `2019/07/31 10:04:35 Failed to …` */
const GO_LOG_FAILURE = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,9})? (?:Failed|failed|Error|error)\b/;

export function errorMarkAt(text: string): boolean {
  for (const m of MARK_ANYWHERE) if (text.includes(m)) return true;
  return MARK_AT_START.test(text) || LEVEL_WORD.test(text) || GO_LOG_FAILURE.test(text);
}

/**
 * Literals one of which every line holds that goCrashAt or errorMarkAt accepts, but for the marks at the
 * line's start (errorMarkAtStart): what a chunk-wide scan must find (the collector's LineGate).
 */
export const ERROR_MARK_LITERALS: readonly ScanLiteral[] = [
  ...CRASH_WORDS,
  ...MARK_ANYWHERE,
  // LEVEL_WORD
  'ERROR',
  'FATAL',
  'CRITICAL',
].map((text) => ({ text, ignoreCase: false }));

/** errorMarkAt's marks that sit at the line's start, checked first by the line's first character. */
export function errorMarkAtStart(text: string): boolean {
  const c = text.charCodeAt(0);
  // MARK_AT_START starts with a space or the level word, GO_LOG_FAILURE with a digit
  if (c < 128 && c > 32 && !/[efpEFP0-9]/.test(text.charAt(0))) return false;
  return MARK_AT_START.test(text) || GO_LOG_FAILURE.test(text);
}

const HEX = /\b(?:0x)?[0-9a-f]{8,}\b/gi;
const DIGITS = /\d+/g;
const SPACES = /\s+/g;

/** The message with numbers and ids folded: one error repeated with other values is one finding. */
export function messageTemplate(message: string): string {
  return message
    .slice(0, 400)
    .replace(HEX, '#')
    .replace(DIGITS, '#')
    .replace(SPACES, ' ')
    .trim()
    .slice(0, TEMPLATE_CHARS);
}
