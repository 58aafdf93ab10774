// Scanners for the key/value tails of log lines: klog (`"msg" k="v" n=3 obj={…} multi=<`), logfmt/logrus
// (`k=v k="quoted"`), controller-runtime klogr (`"k"="v"`). Hand-written, linear, no backtracking regexes.

/**
 * Where the last read value ended. The readers return the value and leave its end here rather than allocate a
 * result object per value: this runs for every field of every line of a 100 MB log.
 */
export const cursor = { end: 0 };

/** Reads a Go-quoted string starting at `s[i] === '"'`; an unterminated one runs to the end. */
// whether the line being scanned has a backslash at all (cached: the readers run several times per line)
let lastLine = '';
let lastBackslash = -1;

export function readQuoted(s: string, i: number): string {
  let j = i + 1;
  if (s !== lastLine) {
    lastLine = s;
    lastBackslash = s.indexOf('\\');
  }
  const close = s.indexOf('"', j);
  // fast path: no escape before the closing quote
  if (
    close !== -1 &&
    (lastBackslash === -1 || lastBackslash > close || s.indexOf('\\', j) === -1 || s.indexOf('\\', j) > close)
  ) {
    cursor.end = close + 1;
    return s.slice(j, close);
  }
  let out = '';
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 34) {
      cursor.end = j + 1;
      return out;
    }
    if (c === 92 && j + 1 < s.length) {
      const e = s.charAt(j + 1);
      j += 2;
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'u':
        case 'x': {
          // \uXXXX or \xXX: the character, or the escape as written when the hex digits are not there
          const digits = e === 'u' ? 4 : 2;
          const hex = s.slice(j, j + digits);
          if (hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
            out += String.fromCharCode(parseInt(hex, 16));
            j += digits;
          } else out += '\\' + e;
          break;
        }
        default:
          out += e;
      }
      continue;
    }
    out += s.charAt(j);
    j++;
  }
  cursor.end = j;
  return out;
}

/** Reads a balanced `{…}` / `[…]` JSON value (string-aware); unbalanced runs to the end. */
export function readBalanced(s: string, i: number): string {
  let depth = 0;
  let inStr = false;
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (inStr) {
      if (c === 92) j++;
      else if (c === 34) inStr = false;
    } else if (c === 34) inStr = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) {
        cursor.end = j + 1;
        return s.slice(i, j + 1);
      }
    }
  }
  cursor.end = s.length;
  return s.slice(i);
}

function readToken(s: string, i: number): string {
  let j = i;
  while (j < s.length && s.charCodeAt(j) !== 32) j++;
  cursor.end = j;
  return s.slice(i, j);
}

function readValue(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c === 34) return readQuoted(s, i);
  if (c === 123 || c === 91) return readBalanced(s, i);
  return readToken(s, i);
}

export function isKeyChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 46 ||
    c === 45 ||
    c === 47
  );
}

// Keys seen before, by first character: a log repeats a small set of keys, and matching one in place (startsWith)
// spares slicing the key and looking the new string up when it is stored as a property name.
const KEY_CACHE: string[][] = [];
const KEYS_PER_CHAR = 8;

/** A remembered key at `s[i]` that is followed by `=` (so it is exactly the key the scan would read), or null. */
function knownKeyAt(s: string, i: number): string | null {
  const bucket = KEY_CACHE[s.charCodeAt(i) & 127];
  if (bucket === undefined) return null;
  for (let k = 0; k < bucket.length; k++) {
    const key = bucket[k] as string;
    if (s.charCodeAt(i + key.length) === 61 && s.startsWith(key, i)) return key;
  }
  return null;
}

function rememberKey(key: string): void {
  const c = key.charCodeAt(0) & 127;
  const bucket = KEY_CACHE[c] ?? (KEY_CACHE[c] = []);
  if (bucket.length < KEYS_PER_CHAR) bucket.push(key);
}

/** Result of a klog key/value scan: a value written `key=<` continues on the following lines. */
export interface PairsResult {
  /** key of a multi-line value left open at the end of the line */
  openKey?: string;
  /** text that did not parse as pairs */
  rest: string;
}

// the common result, shared so that a clean line allocates nothing for it
const ALL_PAIRS: PairsResult = Object.freeze({ rest: '' });

/**
 * klog / logfmt pairs from `s[i]`: `key=value` separated by spaces; a value is quoted, JSON or a bare token.
 * With `quotedKeys` (controller-runtime klogr) keys are written `"key"=`.
 */
export function scanPairs(s: string, i: number, fields: Record<string, string>, quotedKeys = false): PairsResult {
  const n = s.length;
  while (i < n) {
    while (i < n && s.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    let key: string;
    let j: number;
    if (s.charCodeAt(i) === 34 && quotedKeys) {
      key = readQuoted(s, i);
      j = cursor.end;
    } else {
      const known = knownKeyAt(s, i);
      if (known !== null) {
        key = known;
        j = i + known.length;
      } else {
        j = i;
        while (j < n && isKeyChar(s.charCodeAt(j))) j++;
        key = s.slice(i, j);
        if (j > i && s.charCodeAt(j) === 61) rememberKey(key);
      }
    }
    if (key.length === 0 || s.charCodeAt(j) !== 61 /* = */) return { rest: s.slice(i) };
    j++;
    if (s.charCodeAt(j) === 60 /* < */ && j + 1 === n) {
      fields[key] = '';
      return { openKey: key, rest: '' };
    }
    fields[key] = readValue(s, j);
    i = cursor.end;
  }
  return ALL_PAIRS;
}

// Go's time.Time String(): `2022-08-29 16:10:23 +0000 UTC` with an optional monotonic `m=+875888.677791673`.
const GO_TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4} [A-Z]{1,5}(?: m=[+-][\d.]+)?/;

/**
 * Terway v1.3–v1.11 fields: `k=v` sorted by key, values unquoted and possibly with spaces, then the message.
 * A `word=` only starts a new field when its key sorts after the previous one (so `m=+87…` inside a Go time
 * stays in the value). The last value is a Go time or one token; the rest is the message.
 */
export function scanSortedPairs(s: string, fields: Record<string, string>): string {
  const starts: { key: string; at: number; valueAt: number }[] = [];
  let prevKey = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (i === 0 || s.charCodeAt(i - 1) === 32) {
      let j = i;
      while (j < n && isKeyChar(s.charCodeAt(j))) j++;
      // `m=+875888.67` is the monotonic reading inside a Go time, never a key
      const monotonic =
        j === i + 1 && s.charCodeAt(i) === 109 && (s.charCodeAt(j + 1) === 43 || s.charCodeAt(j + 1) === 45);
      if (j > i && s.charCodeAt(j) === 61 && !monotonic) {
        const key = s.slice(i, j);
        if (starts.length === 0 ? i === 0 : key > prevKey) {
          starts.push({ key, at: i, valueAt: j + 1 });
          prevKey = key;
          i = j + 1;
          continue;
        }
      }
      if (starts.length === 0) return s; // no leading field: everything is the message
    }
    i++;
  }
  for (let k = 0; k < starts.length - 1; k++) {
    const a = starts[k] as { key: string; valueAt: number };
    const b = starts[k + 1] as { at: number };
    fields[a.key] = s.slice(a.valueAt, b.at - 1);
  }
  const last = starts[starts.length - 1];
  if (last === undefined) return s;
  const tail = s.slice(last.valueAt);
  const t = GO_TIME.exec(tail);
  if (t !== null) {
    fields[last.key] = t[0];
    cursor.end = t[0].length;
  } else {
    fields[last.key] = tail.charCodeAt(0) === 34 ? readQuoted(tail, 0) : readToken(tail, 0);
  }
  return tail.slice(cursor.end).trimStart();
}
