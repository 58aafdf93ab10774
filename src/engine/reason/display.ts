// How a finding is named in prose: the signal as the paste shows it (format holes filled), or the
// event reason for event findings, so summaries never print `%s`, `%v` or `%w`.
import type { Group } from '../match/aggregate';
import { fillSignal } from './signal-text';
import { trimEndMatching } from '../text/trim-end';

const SHORT = 160;

/** the exact catalog signal of the group's variant */
export const signalOf = (g: Group): string => g.variant?.signal ?? g.entry.signal;

const variantRegex = new WeakMap<object, RegExp>();

/**
 * The signal as this paste spells it, when that differs from Terway's spelling: its format holes
 * filled from the evidence, the paste's own capitalisation, or — for a variant that is an alternation
 * of siblings or another wording (`unable to create controller` vs `unable create controller`) — the
 * text the variant matched. An unrecognised line is named by its own words. Undefined when the paste
 * spells the signal exactly as Terway does, and for an event (its reason names it).
 */
export function signalTextOf(g: Group): string | undefined {
  const signal = signalOf(g);
  const texts = g.evidence.map((e) => e.text);
  const filled = fillSignal(signal, texts);
  if (filled !== undefined) return filled;
  if (g.entry.kind === 'unrecognised') return g.captures['detail'];
  const text = texts[0];
  if (!text || g.entry.kind === 'event' || text.includes(signal)) return undefined;
  const at = text.toLowerCase().indexOf(signal.toLowerCase());
  if (at >= 0) return text.slice(at, at + signal.length);
  const v = g.variant;
  if (!v) return undefined;
  let re = variantRegex.get(v);
  if (!re) variantRegex.set(v, (re = new RegExp(v.pattern, v.flags ?? '')));
  const m = re.exec(text);
  // the match as the line spells it, without the quotes and separators around a logr message
  return m ? trimEndMatching(m[0].replace(/^["'\s]+/, ''), /["'\\\s,;:]/).slice(0, SHORT) : undefined;
}

export function display(g: Group): string {
  if (g.origin.kind === 'event' && g.entry.kind === 'event') return g.origin.reason;
  // a script's reading, not Terway's words: quote what the script printed
  if (g.origin.kind === 'inspect') return `${g.origin.script}: ${g.evidence[0]?.text.trim() ?? ''}`;
  const text =
    signalTextOf(g) ?? trimEndMatching(signalOf(g).replace(/:? ?%[-+# 0-9.]*[a-zA-Z]/g, ''), /[\s,:;]/).trim();
  return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
}
