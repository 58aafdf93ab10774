// Finds words for people written straight into a Svelte template: a text node, or an attribute people read
// (title, aria-label, placeholder, alt, label), holding letters instead of a {msg(...)} call. Strings that an
// expression shows as they are (`{ok ? 'Ready' : 'Failed'}`) count too; a string an expression only
// compares, passes as an argument or uses as a key does not. Reads the compiler's own AST.
import { parse } from 'svelte/compiler';

/** attributes whose value a person reads or hears; `label` also as a component's prop (a copy button's name) */
export const PEOPLE_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'aria-description', 'label']);

/** names written the same in every language; any other letter in markup is a sentence for a person */
export const VERBATIM_WORDS = [
  'kubectl',
  'Terway Triage',
  'Terway',
  'ACK',
  'ENI',
  'IP',
  'vSwitch',
  'CNI',
  'Markdown',
  'JSON',
  'GitHub',
  'github.com',
];

/** elements whose text is typed, not read: commands and keys */
const VERBATIM_ELEMENTS = new Set(['code', 'kbd']);

// a version such as v1.12.3 is a name as well
const verbatim = new RegExp(`\\b(?:${VERBATIM_WORDS.join('|')}|v\\d+(?:\\.\\d+)*)\\b`, 'g');

/** true when `text` holds letters other than the verbatim names */
export function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(verbatim, ''));
}

type Node = { type?: string; [key: string]: unknown };

/** the strings an expression can evaluate to as it is (not those it only tests or passes on) */
function shownStrings(expr: Node | undefined): string[] {
  if (!expr) return [];
  switch (expr.type) {
    case 'Literal':
      return typeof expr.value === 'string' ? [expr.value] : [];
    case 'TemplateLiteral':
      return (expr.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked);
    case 'ConditionalExpression':
      return [...shownStrings(expr.consequent as Node), ...shownStrings(expr.alternate as Node)];
    case 'LogicalExpression':
      return [...shownStrings(expr.left as Node), ...shownStrings(expr.right as Node)];
    default:
      return [];
  }
}

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

/** `line: "words"` for each piece of people's text in the template of `source` */
export function proseInMarkup(source: string): string[] {
  const ast = parse(source, { modern: true });
  const found: string[] = [];
  const report = (text: string, at: number) => {
    if (hasWords(text)) found.push(`${lineOf(source, at)}: ${JSON.stringify(text.trim().replace(/\s+/g, ' '))}`);
  };
  const checkValue = (value: unknown) => {
    const parts = Array.isArray(value) ? (value as Node[]) : value && typeof value === 'object' ? [value as Node] : [];
    for (const part of parts) {
      if (part.type === 'Text') report(String(part.data), part.start as number);
      else if (part.type === 'ExpressionTag') {
        for (const s of shownStrings(part.expression as Node)) report(s, part.start as number);
      }
    }
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    // a command or a key is shown as it is typed
    if (n.type === 'RegularElement' && VERBATIM_ELEMENTS.has(String(n.name))) return;
    // an element that declares its language (a language's own name in the switch) is meant as written
    if (n.type === 'RegularElement' && (n.attributes as Node[]).some((a) => a.name === 'lang')) return;
    // style and class directives are for the machine
    if (n.type === 'StyleDirective' || n.type === 'ClassDirective') return;
    if (n.type === 'Attribute') {
      // other attributes (class, href, data-*) are for the machine
      if (PEOPLE_ATTRIBUTES.has(String(n.name))) checkValue(n.value);
      return;
    }
    if (n.type === 'Text') return report(String(n.data), n.start as number);
    if (n.type === 'ExpressionTag') {
      for (const s of shownStrings(n.expression as Node)) report(s, n.start as number);
      return;
    }
    for (const [key, child] of Object.entries(n)) {
      if (key !== 'metadata' && key !== 'expression') walk(child);
    }
  };
  walk(ast.fragment);
  return found;
}
