// Calico felix (Terway's `policy` container):
// `2022-07-14 10:18:23.273 [WARNING][14795] felix/table.go 997: Failed to program iptables, will retry error=exit status 1 ipVersion=0x6 table="raw"`

import type { ParsedLine } from './parsed-line';
import { levelFromName } from './levels';
import { scanSortedPairs } from './kv';

const FELIX = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) \[(\w+)\]\[(\d+)\] (\S+) (\d+): /;

export function parseFelix(s: string, out: ParsedLine): boolean {
  const m = FELIX.exec(s);
  if (m === null) return false;
  out.format = 'felix';
  out.time = `${m[1]}T${m[2]}`;
  out.level = levelFromName(m[3] as string);
  out.pid = Number(m[4]);
  out.caller = `${m[5]}:${m[6]}`;
  out.component = 'felix';
  const rest = s.slice(m[0].length);
  // fields follow the message: the first ` key=` whose tail parses as key=value pairs
  const at = rest.search(/ [A-Za-z][\w.]*=/);
  if (at === -1) out.message = rest;
  else {
    out.message = rest.slice(0, at);
    const tail = scanSortedPairs(rest.slice(at + 1), out.fields);
    if (tail.length > 0) out.fields[Object.keys(out.fields).pop() ?? 'extra'] += ' ' + tail;
  }
  return true;
}
