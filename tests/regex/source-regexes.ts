// Every regex in src/, read from the source: regex literals, and `new RegExp(…)` / `RegExp(…)` /
// `.match(…)`, `.matchAll(…)`, `.search(…)` with a string, whose source and flags fold to constants
// (string and template literals, `+`, and `const` bindings, imported ones included, through the
// TypeScript type checker; a `?:` yields both branches). Anything else is "dynamic": its pattern is
// only known at run time. Svelte components are read with Svelte's own parser, markup included.
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseSvelte } from 'svelte/compiler';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface FoundRegex {
  /** `src/…:line` */
  at: string;
  source: string;
  flags: string;
}

export interface DynamicRegex {
  /** `src/…` */
  file: string;
  line: number;
  /** the construction as written, whitespace collapsed: the allow-list key */
  code: string;
}

export interface SourceRegexes {
  found: FoundRegex[];
  dynamic: DynamicRegex[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every constant value an expression can have, or undefined when one of them is not constant. */
function constants(node: ts.Expression, checker: ts.TypeChecker, depth = 0): string[] | undefined {
  if (depth > 20) return undefined;
  const rec = (n: ts.Expression): string[] | undefined => constants(n, checker, depth + 1);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return rec(node.expression);
  if (ts.isConditionalExpression(node)) {
    const a = rec(node.whenTrue);
    const b = rec(node.whenFalse);
    return a && b ? [...a, ...b] : undefined;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = rec(node.left);
    const b = rec(node.right);
    return a && b ? a.flatMap((x) => b.map((y) => x + y)) : undefined;
  }
  if (ts.isTemplateExpression(node)) {
    let out: string[] | undefined = [node.head.text];
    for (const span of node.templateSpans) {
      const v = rec(span.expression);
      if (!v || !out) return undefined;
      out = out.flatMap((x) => v.map((y) => x + y + span.literal.text));
    }
    return out;
  }
  if (ts.isIdentifier(node)) {
    let sym = checker.getSymbolAtLocation(node);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    const decl = sym?.valueDeclaration;
    if (
      decl &&
      ts.isVariableDeclaration(decl) &&
      decl.initializer &&
      ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const
    )
      return rec(decl.initializer);
  }
  return undefined;
}

const STRING_TO_REGEX_METHODS = new Set(['match', 'matchAll', 'search']);

function scanTs(file: string, sf: ts.SourceFile, checker: ts.TypeChecker, out: SourceRegexes): void {
  const rel = relative(ROOT, file);
  const line = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const constructed = (node: ts.Node, args: readonly ts.Expression[]): void => {
    const sources = args[0] ? constants(args[0], checker) : undefined;
    const flags = args[1] ? constants(args[1], checker) : [''];
    if (!sources || !flags) {
      out.dynamic.push({ file: rel, line: line(node), code: collapse(node.getText(sf)) });
      return;
    }
    for (const source of sources)
      for (const f of flags) out.found.push({ at: `${rel}:${line(node)}`, source, flags: f });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      out.found.push({ at: `${rel}:${line(node)}`, source: text.slice(1, end), flags: text.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      constructed(node, node.arguments ?? []);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      STRING_TO_REGEX_METHODS.has(node.expression.name.text) &&
      node.arguments.length === 1 &&
      checker.getTypeAtLocation(node.expression.expression).flags & ts.TypeFlags.StringLike &&
      checker.getTypeAtLocation(node.arguments[0]!).flags & ts.TypeFlags.StringLike
    ) {
      // `'text'.match(str)` compiles `str` as a regex
      constructed(node, node.arguments);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

interface EsNode {
  type?: string;
  regex?: { pattern: string; flags: string };
  loc?: { start: { line: number } };
  callee?: EsNode & { name?: string };
  arguments?: (EsNode & { value?: unknown })[];
}

/** Regex literals anywhere in a component (scripts and markup); `RegExp(…)` only with literal arguments. */
function scanSvelte(file: string, out: SourceRegexes): void {
  const rel = relative(ROOT, file);
  const text = readFileSync(file, 'utf8');
  const seen = new WeakSet<object>();
  const walk = (n: unknown): void => {
    if (n === null || typeof n !== 'object' || seen.has(n)) return;
    seen.add(n);
    const node = n as EsNode;
    const line = node.loc?.start.line ?? 0;
    if (node.regex) out.found.push({ at: `${rel}:${line}`, source: node.regex.pattern, flags: node.regex.flags });
    if ((node.type === 'NewExpression' || node.type === 'CallExpression') && node.callee?.name === 'RegExp') {
      const [s, f] = (node.arguments ?? []).map((a) => (typeof a.value === 'string' ? a.value : undefined));
      if (s !== undefined && (node.arguments!.length < 2 || f !== undefined))
        out.found.push({ at: `${rel}:${line}`, source: s, flags: f ?? '' });
      else out.dynamic.push({ file: rel, line, code: `RegExp(…) at line ${line}` });
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'parent') walk(v);
  };
  walk(parseSvelte(text, { modern: true, filename: file }));
}

/** Reads every regex under `dir` (default: the project's src/). */
export function sourceRegexes(dir = join(ROOT, 'src')): SourceRegexes {
  const files = filesUnder(dir);
  const out: SourceRegexes = { found: [], dynamic: [] };
  const tsFiles = files.filter((f) => f.endsWith('.ts'));
  const program = ts.createProgram(tsFiles, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  for (const f of tsFiles) scanTs(f, program.getSourceFile(f)!, checker, out);
  for (const f of files.filter((x) => x.endsWith('.svelte'))) scanSvelte(f, out);
  return out;
}
