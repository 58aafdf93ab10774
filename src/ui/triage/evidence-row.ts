// What an evidence line from an events table shows folded: its reason, its object and the message from the
// matched signal on, without the age, namespace and type columns. Other lines (logs, YAML) get null and show as
// pasted. The whole line stays one click away in EvidenceItem.
import { readEventRow } from '../../engine/index';

export interface EvidenceRow {
  reason: string;
  object?: string;
  message: string;
  /** the message was cut in front of the signal */
  cut: boolean;
}

/** The start of the signal in the message, also when the signal still holds a format hole (`%s`, `%v`…). */
function signalStart(message: string, signal: string): number {
  const lower = message.toLowerCase();
  const at = lower.indexOf(signal.toLowerCase());
  if (at !== -1 || signal.indexOf('%') === -1) return at;
  const head = signal.slice(0, signal.indexOf('%')).trim();
  return head.length >= 4 ? lower.indexOf(head.toLowerCase()) : -1;
}

export function evidenceRow(text: string, signal?: string): EvidenceRow | null {
  const row = readEventRow(text);
  if (row === null || row.message.length === 0) return null;
  const at = signal ? signalStart(row.message, signal) : -1;
  const message = at > 0 ? row.message.slice(at) : row.message;
  return { reason: row.reason, ...(row.object ? { object: row.object } : {}), message, cut: at > 0 };
}
