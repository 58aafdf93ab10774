// What every translated text must keep from its English original, for catalog overlays and the
// message table alike: it is really translated (not a copy, and written in the target script), and
// its `{placeholders}` and backticked commands are the same set as the English one's, since those
// are what users paste and run.

const HOLES = /\{[A-Za-z]\w*\}/g;
const BACKTICKED = /`[^`\n]{1,500}`/g;
const HAN = /\p{Script=Han}/u;
/** a word that is an identifier in Latin script, kept in every language: vSwitch, AllocIPFailed, eni-config, v1.17.2 */
const IDENTIFIER = /[a-z][A-Z]|[A-Z]{2}|\d|[_./-]\w/;
const WORD = /\p{L}{2,}/gu;

const setOf = (text: string, re: RegExp): string[] => [...new Set(text.match(re) ?? [])].sort();

/** Words of its own, once placeholders, commands and identifiers are gone: `{format}` has none. */
export function proseWords(text: string): number {
  const rest = text.replace(HOLES, ' ').replace(BACKTICKED, ' ');
  return rest
    .split(/\s+/)
    .filter((w) => !IDENTIFIER.test(w))
    .reduce((n, w) => n + (w.match(WORD)?.length ?? 0), 0);
}

/** The problems of one translated text against its English original (empty when it is fine). */
export function translationProblems(en: string, tr: unknown): string[] {
  if (typeof tr !== 'string' || tr.trim() === '') return ['missing or empty'];
  const out: string[] = [];
  // a text of no words of its own may read the same; a phrase (`on {objects}`) may do without Chinese characters
  const words = proseWords(en);
  if (words > 0 && tr.trim() === en.trim()) out.push('is a copy of the English text');
  else if (words > 1 && !HAN.test(tr)) out.push('holds no Chinese');
  for (const [what, re] of [
    ['placeholders', HOLES],
    ['backticked commands', BACKTICKED],
  ] as const) {
    const a = setOf(en, re);
    const b = setOf(tr, re);
    if (a.join('\n') !== b.join('\n'))
      out.push(`${what} differ from the English: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
  return out;
}

/** Every key of the English message table translated, and no other key. */
export function messageTableProblems(en: Record<string, string>, tr: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, text] of Object.entries(en))
    for (const p of translationProblems(text, Object.hasOwn(tr, key) ? tr[key] : undefined)) out.push(`${key}: ${p}`);
  for (const key of Object.keys(tr)) if (!Object.hasOwn(en, key)) out.push(`${key}: not a key of the English table`);
  return out;
}
