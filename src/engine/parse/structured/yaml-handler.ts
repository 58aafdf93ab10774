// A YAML document or `---` stream (`-o yaml`, `-w -o yaml`, an eni-config manifest). Lines are taken while they
// look like YAML; the whole is then parsed with the `yaml` package (folded scalars, block literals). Item line
// ranges come from the parser's node offsets.

import { parseAllDocuments, isMap, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { InputDocument, LineRange } from '../../records';
import type { DocHandler, ParseContext } from '../handler';
import { LineBuffer, makeDocument } from '../handler';
import { indentOf } from '../grammar';
import { dedent } from '../paste-artefacts';
import { emitValue, type EmitResult } from './emit-value';
import { readSimpleYaml } from './simple-yaml';

const YAML_START =
  /^(?:(?:apiVersion|kind|items|data|metadata|action|eventTime|involvedObject|regarding|reportingComponent|reportingController):(?:\s|$)|- (?:apiVersion|action|kind|involvedObject|count|eventTime|firstTimestamp):(?:\s|$)|---\s*$)/;
const YAML_LINE = /^(?:[a-z_][\w.-]*:(?:\s|$)|"[^"]+":(?:\s|$)|-(?:\s|$)|---|\.\.\.\s*$|#)/;

export function isYamlStart(t: string): boolean {
  return YAML_START.test(t);
}

export class YamlHandler implements DocHandler {
  private readonly ctx: ParseContext;
  private readonly buf: LineBuffer;
  private readonly indent: number;
  private overflow = false;

  constructor(ctx: ParseContext, no: number, text: string) {
    this.ctx = ctx;
    this.buf = new LineBuffer(no);
    this.indent = indentOf(text);
    this.buf.push(dedent(text, this.indent));
  }

  accept(_no: number, text: string): boolean {
    if (this.overflow) return false;
    const t = dedent(text, this.indent);
    if (t.length > 0 && indentOf(t) === 0 && !YAML_LINE.test(t)) return false;
    this.buf.push(t);
    if (this.buf.full) this.overflow = true;
    return true;
  }

  finish(): InputDocument {
    const end = this.buf.trimTrailingBlanks();
    // kubectl's own YAML is read by a reader for its subset; anything else by the `yaml` package
    const simple = readSimpleYaml(this.buf.lines);
    // text the `yaml` package would reject (a document cut at the size limit, or what follows the cut)
    if (simple?.invalid) return this.document(null, end);
    if (simple !== undefined) {
      const range = { start: this.buf.start, end };
      const items = simple.items?.map(([a, b]) => ({ start: this.buf.start + a, end: this.buf.start + b }));
      const result = emitValue(simple.value, range, items, this.ctx.sink, 'yaml');
      return this.document(result, end);
    }
    const text = this.buf.lines.join('\n');
    const lineStarts: number[] = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
    const lineOf = (offset: number): number => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((lineStarts[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return this.buf.start + lo;
    };
    const rangeOf = (node: YamlNode | null | undefined): LineRange | undefined => {
      const r = node?.range;
      if (r === undefined || r === null) return undefined;
      const last = Math.max(r[0], r[1] - 1);
      let endLine = lineOf(last);
      // a node's end offset can sit on the next line's start
      if (endLine > end) endLine = end;
      return { start: lineOf(r[0]), end: endLine };
    };
    let result: EmitResult | null = null;
    try {
      const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
      const list = Array.isArray(docs) ? docs : [];
      for (const doc of list) {
        if (doc.errors.length > 0 || doc.contents === null) continue;
        const contents = doc.contents;
        const range = rangeOf(contents) ?? { start: this.buf.start, end };
        let items: LineRange[] | undefined;
        const seq = isSeq(contents) ? contents : isMap(contents) ? contents.get('items', true) : undefined;
        if (isSeq(seq)) items = seq.items.map((n) => rangeOf(n as YamlNode) ?? range);
        const res = emitValue(doc.toJS({ maxAliasCount: 50 }), range, items, this.ctx.sink, 'yaml');
        if (res !== null && result === null) result = res;
      }
    } catch {
      result = null;
    }
    return this.document(result, end);
  }

  private document(result: EmitResult | null, end: number): InputDocument {
    const doc =
      result === null
        ? makeDocument('text', this.buf.start, end, this.ctx, 'yaml')
        : makeDocument(result.kind, this.buf.start, end, this.ctx, result.title);
    if (this.overflow) doc.capped = 'yaml';
    return doc;
  }
}
