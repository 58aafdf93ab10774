// Translates catalog regexes (JavaScript syntax) to POSIX ERE for the `grep -E -f` baseline.
// Patterns using features ERE lacks (lookaround, backreferences) are skipped and counted.
export function toEre(source: string): string | undefined {
  if (/\(\?[=!]|\(\?<[=!]|\\[1-9]|\\k</.test(source)) return undefined;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      i++;
      const map: Record<string, string> = {
        d: '[0-9]',
        D: '[^0-9]',
        s: '[[:space:]]',
        S: '[^[:space:]]',
        w: '[[:alnum:]_]',
        W: '[^[:alnum:]_]',
        b: '',
        t: '\t',
      };
      if (n in map) out += map[n];
      else out += /[A-Za-z0-9]/.test(n) ? n : `\\${n}`;
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      // (?: and (?<name>
      if (source[i + 2] === ':') i += 2;
      else if (source[i + 2] === '<') i = source.indexOf('>', i);
      out += '(';
      continue;
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && source[i + 1] === '?') {
      out += c;
      i++;
      continue;
    }
    out += c;
  }
  // ERE inside brackets has no escapes: drop backslashes there
  return out.replace(/\[((?:\\.|[^\]])*)\]/g, (m, body: string) =>
    body.includes('[:') ? m : `[${body.replace(/\\(.)/g, '$1')}]`,
  );
}
