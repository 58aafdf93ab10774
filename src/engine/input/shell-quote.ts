// A file name as one shell word: names come from the user's disk and may hold spaces, quotes or `$(…)`,
// and a message offers them inside a command ready to copy.
const SAFE = /^[\w@%+=:,./-]+$/;

export function shellQuote(word: string): string {
  if (word.length > 0 && SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
