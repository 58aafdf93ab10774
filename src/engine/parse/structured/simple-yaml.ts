// The YAML that kubectl prints (`-o yaml`: go-yaml's block style) read without the general `yaml` package,
// which spends a second on every 3 MB of an events list (its syntax tree is built, then turned into values,
// and the collector works through the garbage). This reader takes block mappings and sequences, plain,
// single- and double-quoted scalars (folded over several lines as go-yaml wraps them), literal blocks
// (`|`, `|-`, `|+`) and the empty `[]` / `{}`, and resolves plain scalars by YAML 1.2's core schema as the
// `yaml` package does. Anything else (comments, blank lines, anchors, tags, flow collections, folded
// blocks, `---`, complex or quoted keys) makes it decline, and the caller parses the text with the
// `yaml` package as before: for what it accepts it returns the same values and item lines (a differential
// test holds it to that). Linear: each line is looked at a bounded number of times.

type Obj = Record<string, unknown>;

export interface SimpleYaml {
  /** certainly not YAML: a sequence entry where a mapping goes on, or a quote still open at the end */
  invalid?: true;
  value: unknown;
  /** first and last line (0-based) of each item of the document's list (itself, or its `items`) */
  items?: [number, number][];
}

class Decline extends Error {}
/** Certainly not YAML (the `yaml` package reports an error for it): a cut or a continuation of a document. */
class Invalid extends Error {}

/** Characters a plain scalar cannot start with (a YAML indicator). */
const INDICATORS = new Set(['[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ',', '?']);

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** a plain key kubectl prints: letters, digits and `.`, `/`, `-`, `_` */
const KEY = /^[A-Za-z0-9_./-]+$/;

/** A plain scalar's value under the core schema, in the `yaml` package's order of tags. */
function resolvePlain(s: string): unknown {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.slice(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.slice(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

const DOUBLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

interface Line {
  indent: number;
  /** the line without its indentation */
  text: string;
}

class Reader {
  private readonly lines: Line[];
  /** item ranges of the document's list, when it has one */
  items: [number, number][] | undefined;

  constructor(raw: readonly string[]) {
    this.lines = raw.map((l) => {
      let i = 0;
      while (l.charCodeAt(i) === 32) i++;
      const text = l.slice(i);
      // blank lines, comments and tabs change how lines fold or hold: those texts go to the `yaml` package
      if (text.length === 0 || text[0] === '#' || text[0] === '\t' || l.endsWith(' ')) throw new Decline();
      return { indent: i, text };
    });
  }

  document(): unknown {
    const first = this.lines[0];
    if (first === undefined || first.indent !== 0) throw new Decline();
    const [value, next] = this.block(0, 0, 'document');
    if (next !== this.lines.length) throw new Decline();
    return value;
  }

  /**
   * The block collection that starts at line `i` with indentation `indent`; returns it and the next line.
   * `role`: the document itself, or its `items`: a list there has its items' lines recorded.
   */
  private block(i: number, indent: number, role?: 'document' | 'items'): [unknown, number] {
    const l = this.lines[i] as Line;
    if (isSeqItem(l.text)) return this.seq(i, indent, role !== undefined);
    return this.map(i, indent, role === 'document');
  }

  private map(i: number, indent: number, top: boolean): [Obj, number] {
    const out: Obj = {};
    const n = this.lines.length;
    while (i < n) {
      const l = this.lines[i] as Line;
      if (l.indent < indent) break;
      // a sequence entry cannot go on a mapping (what a document cut inside a list item starts with)
      if (l.indent === indent && isSeqItem(l.text)) throw new Invalid();
      if (l.indent > indent) throw new Decline();
      const colon = keyEnd(l.text);
      if (colon === -1) throw new Decline();
      const key = l.text.slice(0, colon);
      if (!KEY.test(key) || key === '__proto__' || resolvePlain(key) !== key) throw new Decline();
      const rest = l.text.slice(colon + 1).trimStart();
      let value: unknown;
      if (rest.length === 0) {
        const next = this.lines[i + 1];
        if (next !== undefined && next.indent > indent)
          [value, i] = this.block(i + 1, next.indent, top && key === 'items' ? 'items' : undefined);
        else if (next !== undefined && next.indent === indent && isSeqItem(next.text)) {
          // go-yaml prints a mapping's sequence at the key's own indentation
          [value, i] = this.seq(i + 1, indent, top && key === 'items');
        } else [value, i] = [null, i + 1];
      } else [value, i] = this.scalar(i, rest, indent);
      out[key] = value;
    }
    return [out, i];
  }

  private seq(i: number, indent: number, recordItems: boolean): [unknown[], number] {
    const out: unknown[] = [];
    const ranges: [number, number][] = [];
    const n = this.lines.length;
    while (i < n) {
      const l = this.lines[i] as Line;
      if (l.indent < indent || (l.indent === indent && !isSeqItem(l.text))) break;
      if (l.indent > indent) throw new Decline();
      const start = i;
      const body = l.text.slice(1);
      const pad = body.length - body.trimStart().length;
      const rest = body.slice(pad);
      let value: unknown;
      if (rest.length === 0) {
        const next = this.lines[i + 1];
        if (next === undefined || next.indent <= indent) throw new Decline();
        [value, i] = this.block(i + 1, next.indent);
      } else if (isSeqItem(rest) || (keyEnd(rest) !== -1 && startsPlain(rest))) {
        // `- key: value` or `- - item`: a collection whose entries stand where this first one does
        const inner = indent + 1 + pad;
        this.lines[i] = { indent: inner, text: rest };
        [value, i] = isSeqItem(rest) ? this.seq(i, inner, false) : this.map(i, inner, false);
        this.lines[start] = l;
      } else [value, i] = this.scalar(i, rest, indent);
      out.push(value);
      ranges.push([start, i - 1]);
    }
    if (recordItems) this.items = ranges;
    return [out, i];
  }

  /** The scalar that starts as `rest` on line `i`, in a collection at `indent`; returns it and the next line. */
  private scalar(i: number, rest: string, indent: number): [unknown, number] {
    if (rest === '[]') return [[], i + 1];
    if (rest === '{}') return [{}, i + 1];
    const c = rest[0] as string;
    if (c === "'") return this.quoted(i, rest, indent, "'");
    if (c === '"') return this.quoted(i, rest, indent, '"');
    if (c === '|') return this.literal(i, rest, indent);
    if (!startsPlain(rest)) throw new Decline();
    // a plain scalar may go on over more indented lines, each line break folded into a space
    let text = plainPart(rest);
    let j = i + 1;
    for (let l = this.lines[j]; l !== undefined && l.indent > indent; l = this.lines[++j]) {
      if (l.text[0] === '-' || l.text[0] === '#') throw new Decline();
      text += ' ' + plainPart(l.text);
    }
    return [j === i + 1 ? resolvePlain(text) : text, j];
  }

  /** A quoted scalar from `rest` on line `i`, maybe over more indented lines (folded); the quote closes it. */
  private quoted(i: number, rest: string, indent: number, q: "'" | '"'): [string, number] {
    let out = '';
    let text = rest.slice(1);
    let j = i;
    for (;;) {
      const [part, closedAt, escapedBreak] = q === "'" ? singleQuoted(text) : doubleQuoted(text);
      if (closedAt !== -1) {
        const after = text.slice(closedAt + 1);
        if (after.trim().length > 0) throw new Decline();
        return [out + part, j + 1];
      }
      const next = this.lines[j + 1];
      if (next === undefined) throw new Invalid(); // a document cut inside a quoted scalar
      if (next.indent <= indent) throw new Decline();
      // a line break inside quotes folds into a space (no line ends in a space: see the constructor), unless
      // a double-quoted line ends in an escaped break; the next line's indentation is not text
      out += escapedBreak ? part : part + ' ';
      text = next.text;
      j++;
    }
  }

  /** A literal block (`|`, `|-`, `|+`): the more indented lines after it, each line break kept. */
  private literal(i: number, rest: string, indent: number): [string, number] {
    const chomp = rest.slice(1);
    if (chomp !== '' && chomp !== '-' && chomp !== '+') throw new Decline();
    const body: string[] = [];
    const first = this.lines[i + 1];
    if (first === undefined || first.indent <= indent) throw new Decline();
    let j = i + 1;
    for (let l = this.lines[j]; l !== undefined && l.indent >= first.indent; l = this.lines[++j])
      body.push(' '.repeat(l.indent - first.indent) + l.text);
    if (j < this.lines.length && (this.lines[j] as Line).indent > indent) throw new Decline();
    return [body.join('\n') + (chomp === '-' ? '' : '\n'), j];
  }
}

function isSeqItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function startsPlain(text: string): boolean {
  const c = text[0] as string;
  return !INDICATORS.has(c) && !(c === '-' && (text.length === 1 || text[1] === ' '));
}

/** Where a mapping key ends: the first `: ` (or a final `:`), or -1. */
function keyEnd(text: string): number {
  const k = text.indexOf(': ');
  if (k !== -1) return k;
  return text.endsWith(':') ? text.length - 1 : -1;
}

/** One line of a plain scalar: a `: ` or ` #` inside would be YAML syntax, not text. */
function plainPart(text: string): string {
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) throw new Decline();
  return text.trimEnd();
}

/**
 * A quoted scalar's text on one line: up to its closing quote and where that is (-1: it goes on), and
 * whether the line ends in an escaped line break (double quotes only).
 */
type QuotedPart = [text: string, closedAt: number, escapedBreak: boolean];

/** `''` stands for a quote inside single quotes. */
function singleQuoted(text: string): QuotedPart {
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    if (c !== "'") out += c;
    else if (text[k + 1] === "'") {
      out += "'";
      k++;
    } else return [out, k, false];
  }
  return [out, -1, false];
}

/** Escapes resolved; a `\` that ends the line escapes the line break. */
function doubleQuoted(text: string): QuotedPart {
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    if (c === '"') return [out, k, false];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = text[k + 1];
    if (e === undefined) return [out, -1, true];
    const digits = HEX_DIGITS[e];
    if (digits !== undefined) {
      const hex = text.slice(k + 2, k + 2 + digits);
      if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw new Decline();
      out += String.fromCodePoint(parseInt(hex, 16));
      k += 1 + digits;
      continue;
    }
    const r = DOUBLE_ESCAPES[e];
    if (r === undefined) throw new Decline();
    out += r;
    k++;
  }
  return [out, -1, false];
}

/** The document `lines` hold, when it is in the subset this reader takes; else undefined. */
export function readSimpleYaml(lines: readonly string[]): SimpleYaml | undefined {
  try {
    const reader = new Reader(lines);
    const value = reader.document();
    return reader.items !== undefined ? { value, items: reader.items } : { value };
  } catch (e) {
    if (e instanceof Decline) return undefined;
    if (e instanceof Invalid) return { invalid: true, value: undefined };
    throw e;
  }
}
