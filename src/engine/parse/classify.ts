// What a line would start, checked cheaply (first character before any regex). Order matters: prompts and
// stderr first, then the structured outputs, then log lines, then headerless table rows.

import type { StartKind } from './handler';
import { parsePrompt } from './prompt';
import { isKubectlStderr } from './stderr';
import { isInspectHeader } from './inspect';
import { isDescribeStart, isEventsSectionStart } from './describe/handler';
import { isDescribeEventRow } from './events/describe-table';
import { EVENTS_HEADER, headerlessEventColumns } from './events/get-table';
import { PODS_HEADER, parsePodRow } from './pods/get-pods';
import { isJsonStart } from './structured/json-handler';
import { isYamlStart } from './structured/yaml-handler';
import { parseLogLine } from './logs/log-line';
import type { ParsedLine } from './logs/parsed-line';

export interface Classified {
  kind: StartKind;
  /** the parsed log line when kind is `log` */
  log?: ParsedLine;
  /** the command when kind is `prompt` */
  command?: string;
}

/** `t` is the line after quote stripping; leading whitespace is allowed (paste indentation). */
export function classifyLine(t: string): Classified | null {
  const c = t.charCodeAt(0);
  if (c === 32 || c === 9) return classifyIndented(t);
  const command = parsePrompt(t);
  if (command !== null) return { kind: 'prompt', command };
  if (isKubectlStderr(t)) return { kind: 'stderr' };
  if (c === 35 /* # */ && isInspectHeader(t)) return { kind: 'inspect' };
  if (isDescribeStart(t)) return { kind: 'describe' };
  if (isEventsSectionStart(t)) return { kind: 'events-section' };
  if (c === 78 /* N */ && PODS_HEADER.test(t)) return { kind: 'get-pods' };
  if ((c === 76 || c === 78 || c === 69) /* L N E */ && EVENTS_HEADER.test(t)) return { kind: 'get-events' };
  if ((c === 123 || c === 91) && isJsonStart(t)) {
    // a one-line JSON object may be a log line
    if (c === 123) {
      const log = parseLogLine(t);
      if (log !== null) return { kind: 'log', log };
    }
    return { kind: 'json' };
  }
  if (((c >= 97 && c <= 122) || c === 45) && isYamlStart(t)) return { kind: 'yaml' };
  const log = parseLogLine(t);
  if (log !== null) return { kind: 'log', log };
  if ((c === 78 || c === 87) && isDescribeEventRow(t)) return { kind: 'describe-event-row' };
  if (headerlessEventColumns(t) !== null) return { kind: 'event-row' };
  if (parsePodRow(t, 0) !== null) return { kind: 'pod-row' };
  return null;
}

/** Indented lines: paste indentation in front of a describe, a table, a log or a JSON/YAML document. */
function classifyIndented(t: string): Classified | null {
  const s = t.trimStart();
  if (s.length === 0) return null;
  const inner = classifyLine(s);
  if (inner === null) return null;
  // kubectl's stderr is never indented
  return inner.kind === 'stderr' ? null : inner;
}
