// One physical line → a parsed log line, or null when it is not a log line. First-character checks route each
// line to at most one or two anchored regexes, so the per-line cost stays small on 100 MB logs.

import type { ParsedLine } from './parsed-line';
import { emptyParsed } from './parsed-line';
import { stripLogPrefixes } from './prefixes';
import { looksKlogLike, parseKlogFamily } from './klog';
import { parseLogrus } from './logrus';
import { parseJsonLog } from './json-log';
import { parseFelix } from './felix';
import { parseZapConsole } from './zap-console';

/** Parses the body formats; returns false when the body has none of them. */
function parseBody(body: string, out: ParsedLine): boolean {
  const c = body.charCodeAt(0);
  if (looksKlogLike(body)) return parseKlogFamily(body, out);
  if (c === 123 /* { */) return parseJsonLog(body, out);
  if (c >= 48 && c <= 57) return parseFelix(body, out) || parseZapConsole(body, out);
  if (c === 116 || c === 108 || (c >= 65 && c <= 90)) return parseLogrus(body, out);
  return false;
}

export function parseLogLine(line: string): ParsedLine | null {
  const out = emptyParsed(line, false);
  const body = stripLogPrefixes(line, out);
  out.body = body;
  const outer = out.format; // `journal` when journald wrapped it
  const prefixTime = out.time;
  const prefixComponent = out.component;
  if (parseBody(body, out)) {
    out.matched = true;
    if (outer === 'journal') out.format = 'journal';
    // a --timestamps time has a year and zone; a journal time only wins when the body has none
    if (prefixTime !== undefined && (outer !== 'journal' || out.time === undefined)) out.time = prefixTime;
    // the unit or container names the process better than a logger name
    if (prefixComponent !== undefined) out.component = prefixComponent;
    return out;
  }
  if (!out.prefixed) return stripGutter(line);
  out.message = body;
  return out;
}

// `less -N` / `nl` put a right-aligned line number in front of every line (kubernetes#75536)
const GUTTER = /^ *\d{1,9}(?: +|\t)(?=\S)/;

/** A log line behind a line-number gutter; only tried on lines that parse as nothing else. */
function stripGutter(line: string): ParsedLine | null {
  const c = line.charCodeAt(0);
  if (c !== 32 && (c < 48 || c > 57)) return null;
  const m = GUTTER.exec(line);
  if (m === null) return null;
  const inner = line.slice(m[0].length);
  // a number in front of a number is data (a table cell), not a gutter
  const d = inner.charCodeAt(0);
  if (d >= 48 && d <= 57 && GUTTER.test(inner)) return null;
  return parseLogLine(inner);
}
