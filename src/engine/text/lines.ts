// Line splitting on LF, CRLF and lone CR, in one shot or across chunks. A trailing terminator does not make an
// extra empty line, so `a\n` and `a` are both one line, and `` is zero lines.

export interface LineSplitter {
  push(chunk: string): void;
  end(): void;
}

/** Longest line kept (characters); the rest of a longer line is dropped so memory stays bounded. */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;

/**
 * `at` is where the line starts in the pushed chunk when it was cut from that chunk as it is (no part carried
 * over from an earlier chunk, not truncated), so a check made on the whole chunk holds for it; -1 otherwise.
 * `skip`, when given, is offered such lines in place first: `skip.line(chunk, at, end)` one line, which it
 * takes or not; `skip.lines(chunk, at)`, in a chunk without CR, the run of LF-terminated lines from `at`, of
 * which it takes as many as it can, returning where they end (`at`: none). A line taken is never cut out.
 */
export interface LineSkipper {
  line(chunk: string, at: number, end: number): boolean;
  lines(chunk: string, at: number): number;
}

export function createLineSplitter(onLine: (line: string, at: number) => void, skip?: LineSkipper): LineSplitter {
  let rest = ''; // an incomplete line carried to the next chunk
  let restOverflow = false;
  let afterCR = false; // previous chunk ended with CR: a leading LF belongs to it

  function carry(s: string): void {
    if (restOverflow) return;
    if (rest.length + s.length > MAX_LINE_CHARS) {
      rest = (rest + s).slice(0, MAX_LINE_CHARS);
      restOverflow = true;
    } else {
      rest = rest.length === 0 ? s : rest + s;
    }
  }

  function emit(chunk: string, at: number, end: number): void {
    if (rest.length === 0 && !restOverflow) {
      if (end - at > MAX_LINE_CHARS) onLine(chunk.slice(at, at + MAX_LINE_CHARS), -1);
      else if (skip === undefined || !skip.line(chunk, at, end)) onLine(chunk.slice(at, end), at);
      return;
    }
    carry(chunk.slice(at, end));
    const line = rest;
    rest = '';
    restOverflow = false;
    onLine(line, -1);
  }

  return {
    push(chunk: string): void {
      if (chunk.length === 0) return;
      let i = 0;
      if (afterCR) {
        afterCR = false;
        if (chunk.charCodeAt(0) === 10) i = 1;
      }
      const n = chunk.length;
      if (chunk.indexOf('\r', i) === -1) {
        // common case: LF only; runs of lines the skipper takes are passed over whole
        let nl = chunk.indexOf('\n', i);
        while (nl !== -1) {
          if (skip !== undefined && rest.length === 0 && !restOverflow) {
            const after = skip.lines(chunk, i);
            if (after !== i) {
              i = after;
              nl = chunk.indexOf('\n', i);
              continue;
            }
          }
          emit(chunk, i, nl);
          i = nl + 1;
          nl = chunk.indexOf('\n', i);
        }
      } else {
        let j = i;
        while (j < n) {
          const c = chunk.charCodeAt(j);
          if (c === 10 || c === 13) {
            emit(chunk, i, j);
            if (c === 13) {
              if (j + 1 === n) afterCR = true;
              else if (chunk.charCodeAt(j + 1) === 10) j++;
            }
            i = j + 1;
          }
          j++;
        }
      }
      if (i < n) carry(chunk.slice(i));
    },
    end(): void {
      if (rest.length > 0 || restOverflow) {
        const line = rest;
        rest = '';
        restOverflow = false;
        onLine(line, -1);
      }
      afterCR = false;
    },
  };
}

/** Splits a whole text into lines (no terminators). */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  const splitter = createLineSplitter((line) => out.push(line));
  splitter.push(text);
  splitter.end();
  return out;
}
