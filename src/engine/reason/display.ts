// How a finding is named in prose: the signal as the paste shows it (format holes filled), or the
// event reason for event findings, so summaries never print `%s`, `%v` or `%w`.
import type { Group } from '../match/aggregate';
import { fillSignal } from './signal-text';
import { trimEndMatching } from '../text/trim-end';

const SHORT = 160;

/** the exact catalog signal of the group's variant */
export const signalOf = (g: Group): string => g.variant?.signal ?? g.entry.signal;

/** the signal with its holes filled from the evidence, when it has holes and the evidence shows them */
export const signalTextOf = (g: Group): string | undefined =>
  fillSignal(
    signalOf(g),
    g.evidence.map((e) => e.text),
  );

export function display(g: Group): string {
  if (g.origin.kind === 'event' && g.entry.kind === 'event') return g.origin.reason;
  // a script's reading, not Terway's words: quote what the script printed
  if (g.origin.kind === 'inspect') return `${g.origin.script}: ${g.evidence[0]?.text.trim() ?? ''}`;
  const text =
    signalTextOf(g) ?? trimEndMatching(signalOf(g).replace(/:? ?%[-+# 0-9.]*[a-zA-Z]/g, ''), /[\s,:;]/).trim();
  return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
}
