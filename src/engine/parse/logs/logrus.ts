// logrus text: `time="…" level=info msg="…" k=v`, the v1.1–v1.2 Terway form without time or quoting
// (`level=info msg=GitCommit 14641f…`), and the TTY form `INFO[0000] message   k=v`.

import type { ParsedLine } from './parsed-line';
import { levelFromName } from './levels';
import { isKeyChar, scanPairs } from './kv';

const TTY = /^(INFO|WARN|ERRO|DEBU|TRAC|FATA|PANI)\[(\d+|\d{4}-\d\d-\d\d[^\]]*)\] ?/;

export function parseLogrus(s: string, out: ParsedLine): boolean {
  const c = s.charCodeAt(0);
  if (c === 116 /* t */ && s.startsWith('time=')) return parseFields(s, out);
  if (c === 108 /* l */ && s.startsWith('level=')) return parseFields(s, out);
  if (c >= 65 && c <= 90 && s.charCodeAt(4) === 91 /* [ */) {
    const m = TTY.exec(s);
    if (m === null) return false;
    out.format = 'logrus';
    out.level = levelFromName(m[1] as string);
    const rest = s.slice(m[0].length);
    const gap = fieldsGap(rest);
    if (gap === -1) out.message = rest.trim();
    else {
      out.message = rest.slice(0, gap).trim();
      scanPairs(rest, gap, out.fields);
    }
    return true;
  }
  return false;
}

/**
 * Where the fields start: the first run of two or more spaces followed by `key=` (`[\w.-]+=`), or -1.
 * A scan that reads each run and key once; a regex search would rescan a long run from each of its spaces.
 */
function fieldsGap(s: string): number {
  for (let i = s.indexOf('  '); i !== -1;) {
    let k = i + 2;
    while (s.charCodeAt(k) === 32) k++;
    const key = k;
    while (isKeyChar(s.charCodeAt(k)) && s.charCodeAt(k) !== 47 /* / */) k++;
    if (k > key && s.charCodeAt(k) === 61 /* = */) return i;
    i = s.indexOf('  ', k);
  }
  return -1;
}

function parseFields(s: string, out: ParsedLine): boolean {
  const fields: Record<string, string> = {};
  const msgAt = s.indexOf('msg=');
  if (msgAt > 0 && s.charCodeAt(msgAt + 4) !== 34 && !s.startsWith('time="')) {
    // v1.1–v1.2: DisableQuote, so an unquoted msg runs to the end of the line
    scanPairs(s.slice(0, msgAt), 0, fields);
    fields.msg = s.slice(msgAt + 4);
  } else {
    const r = scanPairs(s, 0, fields);
    if (r.rest.length > 0 && fields.msg === undefined) fields.msg = r.rest;
    else if (r.rest.length > 0) fields.msg += ' ' + r.rest;
  }
  out.format = 'logrus';
  if (fields.time !== undefined) out.time = fields.time;
  if (fields.level !== undefined) out.level = levelFromName(fields.level);
  out.message = fields.msg ?? '';
  delete fields.time;
  delete fields.level;
  delete fields.msg;
  out.fields = fields;
  return true;
}
