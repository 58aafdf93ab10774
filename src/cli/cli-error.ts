// A failure the CLI reports in one line (exit status 2), with the code `--json` prints in its error object.
import type { JsonErrorCode } from '../engine/report-json';
import { msg, type MessageKey } from '../engine/messages';

export class CliError extends Error {
  constructor(
    readonly code: JsonErrorCode,
    message: string,
    /** bad usage: the usage text follows the message on stderr */
    readonly showUsage = false,
  ) {
    super(message);
  }
}

const REASONS: Record<string, MessageKey> = {
  ENOENT: 'cli.reason.ENOENT',
  EACCES: 'cli.reason.EACCES',
  EPIPE: 'cli.reason.EPIPE',
  ENOSPC: 'cli.reason.ENOSPC',
};

/** A system error in words: the common ones said plainly, the rest as Node words them. */
export function reasonOf(e: unknown): string {
  const key = REASONS[(e as NodeJS.ErrnoException).code ?? ''];
  return key ? msg(key) : e instanceof Error ? e.message : String(e);
}

// C0/C1 controls, zero-width and bidirectional characters: a name holding them could redraw the terminal
// eslint-disable-next-line no-control-regex -- control characters are what this pattern looks for
const UNSAFE_IN_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A file name or option as given; quoted, with those characters as `\uXXXX`, when it holds any. */
export function shown(arg: string): string {
  const escaped = arg.replace(UNSAFE_IN_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped === arg ? arg : `"${escaped}"`;
}
