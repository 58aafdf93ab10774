// Text from the paste, made safe for Markdown. A report pasted into a wiki or a ticket must not
// turn a hostile pod name into a live link, an image that phones home or raw HTML. Three tools:
// `mdCode` puts text in a code span (nothing inside a code span is interpreted); `mdPlain` escapes
// the characters that make links, images, HTML and emphasis, and puts URL- and domain-like runs
// into code spans (GFM autolinks bare URLs, linkify even bare domains); `mdRich` keeps the `code`
// spans our own prose uses and treats the rest as plain text. Raw Markdown stays readable: dots
// and dashes are left alone.
import { revealInvisible } from './commands/shell';

/**
 * `code` with a fence that survives backticks in the text. In a table cell a `|` ends the cell
 * even inside a code span (GFM), so `inCell` escapes it there.
 */
export function mdCode(text: string, inCell = false): string {
  const oneLine = revealInvisible(text).replace(/\r?\n/g, ' ');
  const t = inCell ? oneLine.replace(/\|/g, '\\|') : oneLine;
  let longest = 0;
  for (const m of t.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || t === '' ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function mdCodeBlock(lines: readonly string[], lang = ''): string {
  const body = revealInvisible(lines.join('\n'));
  let longest = 2;
  for (const m of body.matchAll(/`{3,}/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body}\n${fence}`;
}

// runs renderers autolink: a scheme (`https:`, `javascript:`, `mailto:`) or `www.` and what
// follows, and bare domains with a letter top-level domain (`evil.example`)
const LINK_LIKE =
  /(?:\b[a-z][a-z0-9+.-]{1,15}:|\bwww\.)[^\s`]{1,4000}|\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,63}\b/gi;
// what makes links, images, HTML, entities, emphasis, tables and headings
const SPECIAL = /[\\`*_[\]<>|~&#]/g;
const LINE_BREAKS = /\r?\n|\r/g;

export function mdPlain(text: string, inCell = false): string {
  const t = revealInvisible(text).replace(LINE_BREAKS, ' ');
  let out = '';
  let last = 0;
  for (const m of t.matchAll(LINK_LIKE)) {
    out += escape(t.slice(last, m.index)) + mdCode(m[0], inCell);
    last = m.index + m[0].length;
  }
  return out + escape(t.slice(last));
}

function escape(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** Prose with our own `code` spans: the spans stay code, the rest is escaped as plain text. */
export function mdRich(text: string, inCell = false): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/`([^`\n]+)`/g)) {
    out += mdPlain(text.slice(last, m.index), inCell) + mdCode(m[1]!, inCell);
    last = m.index + m[0].length;
  }
  return out + mdPlain(text.slice(last), inCell);
}
