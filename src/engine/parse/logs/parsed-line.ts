// The shape every log-line parser fills in; the handler turns it into a LogRecord.

import type { LogLevel, LogRecord } from '../../records';

export interface ParsedLine {
  format: LogRecord['format'];
  time?: string;
  level?: LogLevel;
  component?: string;
  caller?: string;
  pid?: number;
  message: string;
  fields: Record<string, string>;
  /** `[pod/<pod>/<container>]` of `kubectl logs --prefix` */
  pod?: string;
  container?: string;
  /** a klog `key=<` value continues on the following lines until ` >` */
  openKey?: string;
  /** a CRI log line tagged `P`: the runtime split one long line, the next line carries on without a break */
  partial?: boolean;
  /** a prefix (journal, --timestamps, --prefix, CRI) proved this is a log line even if the body has no format */
  prefixed: boolean;
  /** the body after the prefixes had a known format */
  matched: boolean;
  /** the text after the prefixes */
  body: string;
}

export function emptyParsed(body: string, prefixed: boolean): ParsedLine {
  return { format: 'plain', message: body, fields: {}, prefixed, matched: false, body };
}
