// One event table row read on its own, without its header or the rows around it: what an evidence line shows
// in place of the whole row. Describe rows (`Warning  Reason  Age  From  Message`) and `kubectl get events`
// rows (`[NAMESPACE] LAST SEEN TYPE REASON kind/name MESSAGE`) are read by the table parsers' own grammars.

import { readDescribeEventRow } from './describe-table';
import { headerlessEventColumns, rowGrammar } from './get-table';
import { finishEventMessage } from './message';

export interface EventRowParts {
  reason: string;
  /** the OBJECT cell as pasted (`pod/web-1`); a describe row has none, the object is the one described */
  object?: string;
  message: string;
}

export function readEventRow(line: string): EventRowParts | null {
  const ev = readDescribeEventRow(line);
  if (ev !== null) return { reason: ev.reason, message: ev.message };
  const t = line.replace(/\t/g, '  ').trim();
  const cols = headerlessEventColumns(t);
  if (cols === null) return null;
  const m = rowGrammar(cols).exec(t);
  if (m === null) return null;
  const cell = (name: string): string => (m[cols.findIndex((c) => c.name === name) + 1] ?? '').trim();
  const message = finishEventMessage({
    type: '',
    reason: '',
    message: cell('MESSAGE'),
    count: 1,
    lines: { start: 0, end: 0 },
  }).message;
  return { reason: cell('REASON'), object: cell('OBJECT'), message };
}
