// Output of the project's inspect-terway-{cluster,node,pod}.sh scripts (docs/inspect-output-format.md):
// a header line, `[section]` lines, `key: value` lines, and an end line. Flattened to `section.key`.

import type { InputDocument, InspectRecord } from '../records';
import type { DocHandler, ParseContext } from './handler';
import { makeDocument } from './handler';

const HEADER = /^# terway-triage inspect-terway-(cluster|node|pod)\.sh v(\S+)/;
const END = /^# end inspect-terway-(cluster|node|pod)\.sh/;
const SECTION = /^\[([^\]\s]+)\]$/;

export function isInspectHeader(t: string): boolean {
  return t.charCodeAt(0) === 35 && HEADER.test(t);
}

export class InspectHandler implements DocHandler {
  private readonly ctx: ParseContext;
  private readonly rec: InspectRecord;
  private section = '';
  private ended = false;

  constructor(ctx: ParseContext, no: number, header: string) {
    this.ctx = ctx;
    const m = HEADER.exec(header);
    this.rec = {
      script: (m?.[1] ?? 'cluster') as InspectRecord['script'],
      version: m?.[2] ?? '',
      values: {},
      lines: { start: no, end: no },
    };
  }

  accept(no: number, text: string): boolean {
    if (this.ended) return false;
    const t = text.trim();
    if (t.length === 0) return true;
    if (END.test(t)) {
      this.ended = true;
      this.rec.lines.end = no;
      return true;
    }
    if (isInspectHeader(t)) return false;
    const s = SECTION.exec(t);
    if (s !== null) {
      this.section = s[1] as string;
      this.rec.lines.end = no;
      return true;
    }
    if (t.charCodeAt(0) === 35) {
      this.rec.lines.end = no;
      return true; // a comment line
    }
    const colon = t.indexOf(':');
    if (colon <= 0 || !(colon + 1 === t.length || t.charCodeAt(colon + 1) === 32)) return false;
    const key = t.slice(0, colon).trim();
    if (/\s/.test(key)) return false;
    const value = t.slice(colon + 1).trim();
    this.rec.values[this.section.length > 0 ? `${this.section}.${key}` : key] = value;
    this.rec.lines.end = no;
    return true;
  }

  finish(): InputDocument {
    this.ctx.sink.inspect(this.rec);
    return makeDocument(
      `inspect-${this.rec.script}`,
      this.rec.lines.start,
      this.rec.lines.end,
      this.ctx,
      `inspect-terway-${this.rec.script}.sh ${this.rec.version}`,
    );
  }
}
