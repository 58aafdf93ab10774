// The first sentence of an entry's explanation: what a verdict summary quotes, and all of the prose
// the worker's slim catalog keeps (the rest arrives with the full catalog, see engine-catalog.ts).
// Chinese ends a sentence with a full-width mark and no space after it.
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(.+?(?:[.!?](?=\s|$)|[。！？]))/.exec(t);
  return m ? m[1]! : t;
}
