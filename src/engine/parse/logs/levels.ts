// Log level spellings of every format → LogLevel.

import type { LogLevel } from '../../records';

const BY_NAME: Record<string, LogLevel> = {
  trace: 'trace',
  trac: 'trace',
  debug: 'debug',
  debu: 'debug',
  dbug: 'debug',
  info: 'info',
  information: 'info',
  notice: 'info',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
  erro: 'error',
  err: 'error',
  fatal: 'fatal',
  fata: 'fatal',
  crit: 'fatal',
  critical: 'fatal',
  dpanic: 'panic',
  panic: 'panic',
  pani: 'panic',
};

/** `info`, `WARNING`, `ERRO`, `Error` … */
export function levelFromName(name: string): LogLevel | undefined {
  return BY_NAME[name.toLowerCase()];
}

/** klog letters I W E F, plus D T P of Terway's v1.3–v1.11 logrus formatter. */
export function levelFromLetter(c: string): LogLevel | undefined {
  switch (c) {
    case 'I':
      return 'info';
    case 'W':
      return 'warning';
    case 'E':
      return 'error';
    case 'F':
      return 'fatal';
    case 'D':
      return 'debug';
    case 'T':
      return 'trace';
    case 'P':
      return 'panic';
    default:
      return undefined;
  }
}

/** zap numeric levels (-1 debug … 5 fatal) and logr verbosity. */
export function levelFromNumber(n: number): LogLevel | undefined {
  if (n <= -1) return 'debug';
  if (n === 0) return 'info';
  if (n === 1) return 'warning';
  if (n === 2) return 'error';
  if (n === 3 || n === 4) return 'panic';
  return 'fatal';
}
