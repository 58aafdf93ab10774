// `journalctl -r` prints a record's lines newest first (seen in sriov-network-device-plugin#555): a klog
// multi-line value (`key=<` … ` >`) arrives as its closing ` >` line, then its value lines bottom-up, then the line
// that opened it. Those lines are held here until the opening line comes, and replayed in reading order.

import type { ParsedLine } from './parsed-line';
import { MAX_RECORD_CHARS } from '../handler';

export interface HeldLine {
  no: number;
  parsed: ParsedLine;
  text: string;
}

/** The ` >` that closes a klog multi-line value (pairs may follow it). */
export function isValueClose(body: string): boolean {
  let i = 0;
  while (body.charCodeAt(i) === 32 || body.charCodeAt(i) === 9) i++;
  return body.charCodeAt(i) === 62 /* > */ && (i + 1 === body.length || body.charCodeAt(i + 1) === 32);
}

/** Lines of a reversed multi-line value, from its ` >` up to (not including) the line that opens it. */
export class ReversedRun {
  readonly lines: HeldLine[] = [];
  private chars = 0;

  constructor(first: HeldLine) {
    this.add(first);
  }

  add(line: HeldLine): void {
    this.lines.push(line);
    this.chars += line.text.length + 1;
  }

  /** whether a line continues the run: a value line (indented, no log format of its own) while under the cap */
  takes(parsed: ParsedLine): boolean {
    const c = parsed.body.charCodeAt(0);
    return !parsed.matched && (c === 32 || c === 9) && this.chars <= MAX_RECORD_CHARS;
  }

  get start(): number {
    return (this.lines[0] as HeldLine).no;
  }
}
