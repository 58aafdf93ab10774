// `kubectl get pods [-o wide] [-A] [--show-labels]`, with or without its header (`… | grep terway`). Rows are
// tokenised and anchored on READY (`\d+/\d+`), which survives collapsed spacing; RESTARTS may read `5 (2m ago)`.

import type { InputDocument, PodRow } from '../../records';
import type { DocHandler, ParseContext } from '../handler';
import { makeDocument } from '../handler';
import { DURATION_RE } from '../grammar';

export const PODS_HEADER = /^(?:NAMESPACE\s+)?NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\b/;
const READY = /^\d+\/\d+$/;

// an IPv6 cell is read up to its first colon, so a cell of colons is not re-split at each of them
const IP_CELL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F]*:[0-9a-fA-F:]+|<none>)$/;

/**
 * Parses one row. `namespaced` and `wide` (IP/NODE columns) are known from a header; without one they are
 * guessed from where READY sits and whether the cell after AGE looks like an IP (not a `--show-labels` cell).
 */
export function parsePodRow(line: string, no: number, namespaced?: boolean, wide?: boolean): PodRow | null {
  const tok = line.trim().split(/\s+/);
  let r: number;
  if (namespaced === true) r = 2;
  else if (namespaced === false) r = 1;
  else r = READY.test(tok[1] ?? '') ? 1 : READY.test(tok[2] ?? '') ? 2 : -1;
  if (r < 0 || !READY.test(tok[r] ?? '')) return null;
  let i = r + 1;
  const status = tok[i++];
  let restarts = tok[i++];
  if (status === undefined || restarts === undefined || !/^\d+$/.test(restarts)) return null;
  if ((tok[i] ?? '').startsWith('(')) {
    // `5 (2m ago)`
    const parts = [restarts];
    while (i < tok.length) {
      const t = tok[i++] as string;
      parts.push(t);
      if (t.endsWith(')')) break;
    }
    restarts = parts.join(' ');
  }
  const age = tok[i++];
  if (age === undefined || !DURATION_RE.test(age)) return null;
  const row: PodRow = {
    name: tok[r - 1] as string,
    ready: tok[r],
    status,
    restarts,
    age,
    lines: { start: no, end: no },
  };
  if (r === 2) row.namespace = tok[0];
  const ip = tok[i];
  if (wide === false || ip === undefined || (wide === undefined && !IP_CELL.test(ip))) return row;
  const node = tok[i + 1];
  if (ip !== '<none>') row.ip = ip;
  if (node !== undefined && node !== '<none>') row.node = node;
  return row;
}

export class PodTableHandler implements DocHandler {
  private readonly ctx: ParseContext;
  private readonly start: number;
  private end: number;
  private readonly namespaced: boolean | undefined;
  private readonly wide: boolean | undefined;

  /** `first` is the header, or the first row of a headerless table. */
  constructor(ctx: ParseContext, no: number, first: string, headerless: boolean) {
    this.ctx = ctx;
    this.start = no;
    this.end = no;
    if (headerless) {
      this.namespaced = undefined;
      this.wide = undefined;
      this.accept(no, first);
    } else {
      this.namespaced = /^\s*NAMESPACE\s/.test(first);
      this.wide = /\sIP\s+NODE\b/.test(first);
    }
  }

  accept(no: number, text: string): boolean {
    const row = parsePodRow(text, no, this.namespaced, this.wide);
    if (row === null) return false;
    this.ctx.sink.pod(row);
    this.end = no;
    return true;
  }

  finish(): InputDocument {
    return makeDocument('get-pods', this.start, this.end, this.ctx);
  }
}
