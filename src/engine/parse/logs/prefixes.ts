// Prefixes put in front of a log line by the tools that show it: `kubectl logs --prefix` (`[pod/p/c] `),
// `--timestamps` (RFC3339Nano), a CRI log file (`<ts> stderr F `), and journald (`Apr 16 22:26:30 host kubelet[10125]: `,
// localized months `8月 15`, `5월 03`, or `-o short-iso`).

import type { ParsedLine } from './parsed-line';

const POD_PREFIX = /^\[pod\/([^/\]\s]+)\/([^\]\s]+)\] ?/;
const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) /;
const CRI_STREAM = /^(?:stdout|stderr) [FP] /;
const MONTHS: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};
// `Apr 16 22:26:30 host unit[pid]: ` / `8月 15 10:35:14 host unit: ` / `5월 03 …`
const JOURNAL =
  /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{1,2}[月월]) {1,2}(\d{1,2})(?:日|일)? (\d\d:\d\d:\d\d) (\S+) ([^\s[:]+)(?:\[(\d+)\])?: ?/;
const JOURNAL_ISO = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?[+-]\d{4}) (\S+) ([^\s[:]+)(?:\[(\d+)\])?: ?/;

function pad2(s: string): string {
  return s.length === 1 ? '0' + s : s;
}

/** Removes the prefixes it finds, fills time/component/pid/pod/container, and returns the remaining body. */
export function stripLogPrefixes(line: string, out: ParsedLine): string {
  let s = line;
  const c = s.charCodeAt(0);
  if (c === 91 /* [ */ && s.startsWith('[pod/')) {
    const m = POD_PREFIX.exec(s);
    if (m !== null) {
      out.pod = m[1];
      out.container = m[2];
      out.component = m[2];
      out.prefixed = true;
      s = s.slice(m[0].length);
    }
  }
  const d = s.charCodeAt(0);
  if (d >= 48 && d <= 57 && s.charCodeAt(4) === 45 && s.charCodeAt(10) === 84 /* T */) {
    const m = RFC3339.exec(s);
    if (m !== null) {
      out.time = m[1];
      out.prefixed = true;
      s = s.slice(m[0].length);
      if (s.startsWith('std')) {
        const cri = CRI_STREAM.exec(s);
        if (cri !== null) {
          if (cri[0].charCodeAt(cri[0].length - 2) === 80 /* P */) out.partial = true;
          s = s.slice(cri[0].length);
        }
      }
    } else {
      const j = JOURNAL_ISO.exec(s);
      if (j !== null) {
        out.format = 'journal';
        out.time = j[1];
        out.component = j[3];
        if (j[4] !== undefined) out.pid = Number(j[4]);
        out.prefixed = true;
        return s.slice(j[0].length);
      }
    }
    return s;
  }
  const d1 = s.charCodeAt(1);
  if ((d >= 65 && d <= 83 && d1 >= 97 && d1 <= 122) || (d >= 48 && d <= 57)) {
    // month names are capitalised words (Apr, Dec …); localized ones start with a digit (8月, 5월)
    const m = JOURNAL.exec(s);
    if (m !== null) {
      const mon = m[1] as string;
      const month = MONTHS[mon] ?? pad2(mon.slice(0, -1));
      out.format = 'journal';
      out.time = `${month}-${pad2(m[2] as string)}T${m[3]}`;
      out.component = m[5];
      if (m[6] !== undefined) out.pid = Number(m[6]);
      out.prefixed = true;
      s = s.slice(m[0].length);
    }
  }
  return s;
}
