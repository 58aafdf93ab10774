// A line cut from a chunk shares the chunk's memory in V8 (a sliced string keeps its parent alive), so
// keeping a few lines of each of many 1 MB chunks would keep all the chunks. What the Collector keeps of
// a line (the ring of recent lines, pending hits, evidence) is therefore a copy of its own.

/** V8 copies substrings shorter than this instead of slicing them */
const SLICED_FROM = 13;

/** `s`, as a string that shares no memory with the chunk it was cut from. */
export function detached(s: string): string {
  // prefixing makes a cons string; slicing it flattens the pair into a new string and slices that
  return s.length < SLICED_FROM ? s : (' ' + s).slice(1);
}
