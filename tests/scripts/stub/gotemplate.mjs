// A small Go text/template evaluator: the subset kubectl's `-o go-template=` offers that the inspect scripts use,
// with the semantics kubectl shows on unstructured objects (checked against a real kubectl in
// tests/scripts/stub-fidelity.test.ts):
//   - a missing map key or a JSON null is "no value": printed as `<no value>`, falsy, and a field of it is again
//     "no value" (no error);
//   - `index` and `len` of "no value" are errors, as is a field of a string, number, bool or list;
//   - `range` over "no value" runs zero times; maps are ranged in sorted key order;
//   - numbers print as Go prints int64/float64 (`5`, `1.5`), lists as `[a b]`, maps as `map[k:v]`.
// Supported: text, `{{- -}}` trimming, `{{/* comments */}}`, fields, `$`/`$var`, string/number/bool literals,
// parenthesised pipelines, `|` pipelines, `:=` declarations, if/else if/else, with/else, range/else, and the
// functions index, len, eq, ne, not, and, or, printf (%s %v %d %q), print.

export class TemplateError extends Error {}

const NO_VALUE = '<no value>';

// ---------------------------------------------------------------- lexing

function splitActions(src) {
  const parts = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      parts.push({ type: 'text', text: src.slice(i) });
      break;
    }
    parts.push({ type: 'text', text: src.slice(i, open) });
    let start = open + 2;
    let trimLeft = false;
    if (src.startsWith('- ', start) || src.startsWith('-\t', start) || src.startsWith('-\n', start)) {
      trimLeft = true;
      start += 1;
    }
    const close = findClose(src, start);
    let end = close;
    let trimRight = false;
    if (/[ \t\n]-$/.test(src.slice(start, close))) {
      trimRight = true;
      end = close - 1;
    }
    parts.push({ type: 'action', text: src.slice(start, end), trimLeft, trimRight });
    i = close + 2;
  }
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.type !== 'action') continue;
    if (p.trimLeft && parts[k - 1]?.type === 'text') parts[k - 1].text = parts[k - 1].text.replace(/[ \t\r\n]+$/, '');
    if (p.trimRight && parts[k + 1]?.type === 'text') parts[k + 1].text = parts[k + 1].text.replace(/^[ \t\r\n]+/, '');
  }
  return parts.filter((p) => p.type === 'action' || p.text !== '');
}

function findClose(src, from) {
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '`') {
      i = src.indexOf('`', i + 1) + 1;
      if (i === 0) break;
      continue;
    }
    if (src.startsWith('}}', i)) return i;
    i++;
  }
  throw new TemplateError('unclosed action');
}

function unquoteGo(lit) {
  let out = '';
  for (let i = 1; i < lit.length - 1; i++) {
    const c = lit[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = lit[++i];
    const simple = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v' };
    if (n in simple) out += simple[n];
    else if (n === 'x') {
      out += String.fromCharCode(parseInt(lit.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (n === 'u') {
      out += String.fromCharCode(parseInt(lit.slice(i + 1, i + 5), 16));
      i += 4;
    } else throw new TemplateError(`unsupported escape \\${n}`);
  }
  return out;
}

function tokenize(text) {
  const toks = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      toks.push({ t: 'str', v: unquoteGo(text.slice(i, j + 1)) });
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const j = text.indexOf('`', i + 1);
      toks.push({ t: 'str', v: text.slice(i + 1, j) });
      i = j + 1;
      continue;
    }
    if (c === '(' || c === ')' || c === '|' || c === ',') {
      toks.push({ t: c });
      i++;
      continue;
    }
    if (text.startsWith(':=', i)) {
      toks.push({ t: ':=' });
      i += 2;
      continue;
    }
    const m = /^[^\s()|,]+/.exec(text.slice(i));
    const word = m[0];
    i += word.length;
    if (word === '.') toks.push({ t: 'dot', fields: [] });
    else if (word.startsWith('.')) toks.push({ t: 'dot', fields: word.slice(1).split('.') });
    else if (word.startsWith('$')) {
      const [name, ...fields] = word.split('.');
      toks.push({ t: 'var', name, fields });
    } else if (/^-?\d+(\.\d+)?$/.test(word)) toks.push({ t: 'num', v: Number(word) });
    else if (word === 'true' || word === 'false') toks.push({ t: 'bool', v: word === 'true' });
    else if (word === 'nil') toks.push({ t: 'nil' });
    else if (/^[A-Za-z_]\w*$/.test(word)) toks.push({ t: 'ident', v: word });
    else if (word.startsWith(').')) throw new TemplateError('field of a parenthesised pipeline is not supported');
    else throw new TemplateError(`unexpected "${word}" in action`);
  }
  return toks;
}

// ---------------------------------------------------------------- parsing

function parsePipeline(toks, pos = 0, stopAt = null) {
  const pipe = { decl: [], cmds: [] };
  // declarations: $x := ...   or   $k, $v := ...
  let k = pos;
  const names = [];
  while (toks[k]?.t === 'var' && toks[k].fields.length === 0) {
    names.push(toks[k].name);
    if (toks[k + 1]?.t === ',') k += 2;
    else break;
  }
  if (names.length && toks[k + 1]?.t === ':=') {
    pipe.decl = names;
    pos = k + 2;
  }
  let cmd = [];
  while (pos < toks.length && toks[pos].t !== stopAt) {
    const tok = toks[pos];
    if (tok.t === '|') {
      pipe.cmds.push(cmd);
      cmd = [];
      pos++;
      continue;
    }
    if (tok.t === '(') {
      const inner = parsePipeline(toks, pos + 1, ')');
      cmd.push({ t: 'pipe', pipe: inner.pipe });
      pos = inner.pos + 1;
      continue;
    }
    cmd.push(tok);
    pos++;
  }
  if (stopAt && toks[pos]?.t !== stopAt) throw new TemplateError('unclosed parenthesis');
  pipe.cmds.push(cmd);
  if (pipe.cmds.some((c) => c.length === 0)) throw new TemplateError('missing command in pipeline');
  return { pipe, pos };
}

function parse(src) {
  const parts = splitActions(src);
  let i = 0;
  function list(terminators) {
    const nodes = [];
    while (i < parts.length) {
      const p = parts[i];
      if (p.type === 'text') {
        nodes.push({ t: 'text', text: p.text });
        i++;
        continue;
      }
      const text = p.text.trim();
      if (text.startsWith('/*')) {
        i++;
        continue;
      }
      const toks = tokenize(text);
      const head = toks[0]?.t === 'ident' ? toks[0].v : null;
      if (head === 'end' || head === 'else') {
        if (!terminators) throw new TemplateError(`unexpected {{${text}}}`);
        return { nodes, term: head, toks };
      }
      i++;
      if (head === 'if' || head === 'with' || head === 'range') {
        nodes.push(control(head, toks.slice(1)));
        continue;
      }
      nodes.push({ t: 'action', pipe: parsePipeline(toks).pipe });
    }
    if (terminators) throw new TemplateError('unexpected EOF');
    return { nodes };
  }
  function control(kind, toks) {
    const node = { t: kind, pipe: parsePipeline(toks).pipe, body: [], alt: [] };
    const body = list(true);
    node.body = body.nodes;
    i++;
    if (body.term === 'else') {
      const rest = body.toks.slice(1);
      if (rest[0]?.t === 'ident' && rest[0].v === 'if' && kind !== 'range') {
        node.alt = [control('if', rest.slice(1))];
        return node;
      }
      const alt = list(true);
      if (alt.term !== 'end') throw new TemplateError('expected {{end}}');
      node.alt = alt.nodes;
      i++;
    }
    return node;
  }
  return list(false).nodes;
}

// ---------------------------------------------------------------- evaluation

const isNil = (v) => v === undefined || v === null;
const kindOf = (v) => (isNil(v) ? 'nil' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'map' : typeof v);

function truth(v) {
  if (isNil(v)) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return Boolean(v);
}

function goTypeName(v) {
  return {
    string: 'string',
    number: Number.isInteger(v) ? 'int64' : 'float64',
    boolean: 'bool',
    list: '[]interface {}',
  }[kindOf(v)];
}

function field(v, name) {
  const k = kindOf(v);
  if (k === 'nil') return undefined;
  if (k === 'map') return Object.prototype.hasOwnProperty.call(v, name) ? v[name] : undefined;
  throw new TemplateError(`can't evaluate field ${name} in type ${goTypeName(v)}`);
}

export function formatValue(v) {
  if (isNil(v)) return NO_VALUE;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(formatInner).join(' ')}]`;
  return `map[${Object.keys(v)
    .sort()
    .map((k) => `${k}:${formatInner(v[k])}`)
    .join(' ')}]`;
}

function formatInner(v) {
  return isNil(v) ? '<nil>' : formatValue(v);
}

function formatNumber(n) {
  if (Number.isInteger(n)) return String(n);
  const s = String(n);
  return s.includes('e') ? s.replace(/e([+-])(\d)$/, 'e$10$2') : s;
}

function compareEq(a, b) {
  if (isNil(a) || isNil(b)) return isNil(a) && isNil(b);
  if (typeof a !== typeof b || typeof a === 'object') throw new TemplateError('incompatible types for comparison');
  return a === b;
}

function sprintf(format, args) {
  let n = 0;
  return format.replace(/%([svdq%])/g, (_, verb) => {
    if (verb === '%') return '%';
    const a = args[n++];
    if (verb === 'q') return JSON.stringify(typeof a === 'string' ? a : formatValue(a));
    return formatValue(a);
  });
}

const FUNCS = {
  index(item, ...keys) {
    let v = item;
    for (const key of keys) {
      const k = kindOf(v);
      if (k === 'nil') throw new TemplateError('error calling index: index of untyped nil');
      if (k === 'map') v = Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined;
      else if (k === 'list') {
        if (typeof key !== 'number' || key < 0 || key >= v.length)
          throw new TemplateError(`error calling index: index out of range: ${key}`);
        v = v[key];
      } else throw new TemplateError(`error calling index: can't index item of type ${goTypeName(v)}`);
    }
    return v;
  },
  len(v) {
    const k = kindOf(v);
    if (k === 'string' || k === 'list') return v.length;
    if (k === 'map') return Object.keys(v).length;
    if (k === 'nil') throw new TemplateError('error calling len: reflect: call of reflect.Value.Type on zero Value');
    throw new TemplateError(`error calling len: len of type ${goTypeName(v)}`);
  },
  eq: (a, ...bs) => bs.some((b) => compareEq(a, b)),
  ne: (a, b) => !compareEq(a, b),
  not: (a) => !truth(a),
  and: (...xs) => xs.find((x) => !truth(x)) ?? xs[xs.length - 1],
  or: (...xs) => xs.find((x) => truth(x)) ?? xs[xs.length - 1],
  printf: (format, ...args) => sprintf(format, args),
  print: (...args) => args.map(formatValue).join(''),
};

class Scope {
  constructor(root) {
    this.vars = [['$', root]];
  }
  mark() {
    return this.vars.length;
  }
  pop(mark) {
    this.vars.length = mark;
  }
  set(name, value) {
    this.vars.push([name, value]);
  }
  get(name) {
    for (let k = this.vars.length - 1; k >= 0; k--) if (this.vars[k][0] === name) return this.vars[k][1];
    throw new TemplateError(`undefined variable: ${name}`);
  }
}

function evalArg(tok, dot, scope) {
  switch (tok.t) {
    case 'dot':
      return tok.fields.reduce(field, dot);
    case 'var':
      return tok.fields.reduce(field, scope.get(tok.name));
    case 'str':
    case 'num':
    case 'bool':
      return tok.v;
    case 'nil':
      return undefined;
    case 'pipe':
      return evalPipe(tok.pipe, dot, scope);
    default:
      throw new TemplateError(`unexpected ${tok.t}`);
  }
}

function evalCmd(cmd, dot, scope, prev, hasPrev) {
  const [first, ...rest] = cmd;
  if (first.t === 'ident') {
    const fn = FUNCS[first.v];
    if (!fn) throw new TemplateError(`function "${first.v}" not defined`);
    const args = rest.map((a) => evalArg(a, dot, scope));
    if (hasPrev) args.push(prev);
    return fn(...args);
  }
  if (rest.length || hasPrev) throw new TemplateError(`can't give argument to non-function ${first.t}`);
  return evalArg(first, dot, scope);
}

function evalPipe(pipe, dot, scope) {
  let v;
  pipe.cmds.forEach((cmd, k) => {
    v = evalCmd(cmd, dot, scope, v, k > 0);
  });
  if (pipe.decl.length === 1) scope.set(pipe.decl[0], v);
  return v;
}

function run(nodes, dot, scope, out) {
  const mark = scope.mark();
  for (const node of nodes) {
    switch (node.t) {
      case 'text':
        out.push(node.text);
        break;
      case 'action': {
        const v = evalPipe(node.pipe, dot, scope);
        if (node.pipe.decl.length === 0) out.push(formatValue(v));
        break;
      }
      case 'if':
      case 'with': {
        const m = scope.mark();
        const v = evalPipe(node.pipe, dot, scope);
        if (truth(v)) run(node.body, node.t === 'with' ? v : dot, scope, out);
        else run(node.alt, dot, scope, out);
        scope.pop(m);
        break;
      }
      case 'range': {
        const m = scope.mark();
        const decl = node.pipe.decl;
        const v = evalPipe({ ...node.pipe, decl: [] }, dot, scope);
        const k = kindOf(v);
        let entries;
        if (k === 'nil') entries = [];
        else if (k === 'list') entries = v.map((x, idx) => [idx, x]);
        else if (k === 'map')
          entries = Object.keys(v)
            .sort()
            .map((key) => [key, v[key]]);
        else throw new TemplateError(`range can't iterate over ${formatValue(v)}`);
        if (entries.length === 0) run(node.alt, dot, scope, out);
        for (const [key, elem] of entries) {
          const im = scope.mark();
          if (decl.length === 1) scope.set(decl[0], elem);
          if (decl.length === 2) {
            scope.set(decl[0], key);
            scope.set(decl[1], elem);
          }
          run(node.body, elem, scope, out);
          scope.pop(im);
        }
        scope.pop(m);
        break;
      }
      default:
        throw new TemplateError(`unknown node ${node.t}`);
    }
  }
  scope.pop(mark);
}

/** Render a Go template against JSON data the way `kubectl get -o go-template=` does. */
export function renderGoTemplate(template, data) {
  const nodes = parse(template);
  const out = [];
  run(nodes, data, new Scope(data), out);
  return out.join('');
}
