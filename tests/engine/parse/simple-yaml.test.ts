// The reader for kubectl's YAML must give what the `yaml` package gives, or decline: values (the core
// schema's nulls, booleans, numbers and strings included) and the lines of each item of the document's
// list, on random documents printed in kubectl's style and in others, with long strings folded over lines.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMap, isSeq, parse, parseAllDocuments, parseDocument, stringify, type Node as YamlNode } from 'yaml';
import { readSimpleYaml } from '../../../src/engine/parse/structured/simple-yaml';

/** Each list item's first and last line as the handler reads them from the `yaml` package's node ranges. */
function itemLines(text: string): [number, number][] | undefined {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    while (lo + 1 < starts.length && starts[lo + 1]! <= offset) lo++;
    return lo;
  };
  const contents = parseDocument(text, { uniqueKeys: false }).contents;
  const seq = isSeq(contents) ? contents : isMap(contents) ? contents.get('items', true) : undefined;
  if (!isSeq(seq)) return undefined;
  const last = starts.length - 1;
  return seq.items.map((n) => {
    const r = (n as YamlNode).range!;
    return [lineOf(r[0]), Math.min(last, lineOf(Math.max(r[0], r[1] - 1)))] as [number, number];
  });
}

const key = fc.oneof(
  fc.constantFrom('apiVersion', 'kind', 'metadata', 'name', 'message', 'reason', 'count', 'k8s.aliyun.com/pod-ips'),
  fc.stringMatching(/^[a-z][a-zA-Z0-9_.-]{0,12}$/),
);
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    'null',
    'true',
    '0x1F',
    '012',
    '-3.5e2',
    '.inf',
    '~',
    '',
    ' leading space',
    "it's",
    'a "quoted" word',
    'rpc error: code = Unknown desc = failed to setup network for sandbox "5f1d": plugin type="terway" failed',
    '- dash',
    '#hash',
    'back\\slash',
    'tab\there',
    'two\nlines',
    '中文 消息',
  ),
  fc
    .array(fc.constantFrom('failed', 'to', 'allocate', 'IP', 'for', 'pod', 'vsw-bp1', 'error:', '10.0.0.1'), {
      minLength: 8,
      maxLength: 40,
    })
    .map((w) => w.join(' ')),
);
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(key, tie('v'), { maxKeys: 5 }),
  ),
})).v;
const listDocument = fc
  .array(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), { minLength: 1, maxLength: 6 })
  .map((items) => ({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }));
/** kubectl's style (go-yaml: sequences at their key's indentation, long strings folded) and others */
const style = fc.record({
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 40, 80),
  minContentWidth: fc.constantFrom(0, 10),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE') as fc.Arbitrary<
    'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE'
  >,
  blockQuote: fc.constantFrom('literal', false, true) as fc.Arbitrary<'literal' | boolean>,
});

describe('reading kubectl-style YAML without the yaml package', () => {
  it('gives the values and item lines the yaml package gives, or declines', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: listDocument, weight: 3 }, value), style, (doc, opts) => {
        const yaml = stringify(doc, opts).replace(/\n$/, '');
        const lines = yaml.split('\n');
        const simple = readSimpleYaml(lines);
        if (simple === undefined) return;
        read++;
        expect(simple.value).toEqual(parse(yaml, { uniqueKeys: false }));
        const items = itemLines(yaml);
        if (simple.items !== undefined || items !== undefined) expect(simple.items).toEqual(items);
      }),
      { numRuns: 2000 },
    );
    // a good share of the documents are the reader's (random strings, control characters and top-level
    // scalars are not): the comparison above is not vacuous
    expect(read).toBeGreaterThan(400);
  });

  it('calls a cut of a document invalid only when the yaml package rejects it, and reads it as it does otherwise', () => {
    // a document cut at the size limit, and the text after the cut: the handler's two cuts
    let invalid = 0;
    fc.assert(
      fc.property(listDocument, style, fc.nat(), fc.nat(), (doc, opts, a, b) => {
        const lines = stringify(doc, opts).replace(/\n$/, '').split('\n');
        const from = a % lines.length;
        const to = from + 1 + (b % (lines.length - from));
        const cut = lines.slice(from, to);
        const indent = cut[0]!.length - cut[0]!.trimStart().length;
        const dedented = cut.map((l) => (l.startsWith(' '.repeat(indent)) ? l.slice(indent) : l.trimStart()));
        const simple = readSimpleYaml(dedented);
        if (simple === undefined) return;
        const docs = parseAllDocuments(dedented.join('\n'), { uniqueKeys: false });
        const list = Array.isArray(docs) ? docs : [];
        if (simple.invalid) {
          invalid++;
          expect(list.every((d) => d.errors.length > 0)).toBe(true);
        } else expect(simple.value).toEqual(list[0]!.toJS());
      }),
      { numRuns: 2000 },
    );
    expect(invalid).toBeGreaterThan(50);
  });

  it('resolves plain scalars by the core schema as the yaml package does', () => {
    const lines = [
      'a: 0x1F',
      'b: 0o17',
      'c: .inf',
      'd: -.INF',
      'e: .NaN',
      'f: ~',
      'g: True',
      'h: 1e3',
      'i: +5',
      'j: 012',
    ];
    const more = ['k: 3.', 'l: -.5', 'm: NULL', 'n: FALSE', 'o: 0x', 'p: 1_000', 'q: 2024-11-25T02:00:00Z', 'r:'];
    const all = [...lines, ...more];
    expect(readSimpleYaml(all)?.value).toEqual(parse(all.join('\n')));
  });

  it('reads an events list as kubectl prints it, a folded message and a literal block included', () => {
    const lines = [
      'apiVersion: v1',
      'items:',
      '- apiVersion: v1',
      '  count: 3',
      '  eventTime: null',
      '  involvedObject:',
      '    kind: Pod',
      '    name: web-0',
      "  message: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed",
      `    to setup network for sandbox "5f1d": it''s out of IPs'`,
      '  reason: FailedCreatePodSandBox',
      '- apiVersion: v1',
      '  message: |-',
      '    line one',
      '      indented two',
      '  reason: Other',
      'kind: List',
      'metadata:',
      '  resourceVersion: ""',
    ];
    const simple = readSimpleYaml(lines);
    expect(simple?.items).toEqual([
      [2, 10],
      [11, 15],
    ]);
    expect(simple?.value).toEqual(parse(lines.join('\n')));
    expect((simple?.value as { items: { message: string }[] }).items[0]!.message).toBe(
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5f1d": it\'s out of IPs',
    );
  });

  it.each([
    ['a comment', ['a: 1', '# note', 'b: 2']],
    ['an anchor', ['a: &x 1', 'b: *x']],
    ['a flow mapping', ['a: {b: 1}']],
    ['a document marker', ['---', 'a: 1']],
    ['a blank line inside', ['a: 1', '', 'b: 2']],
    ['a mapping value inside a plain scalar', ['message: failed: boom']],
    ['a key that resolves to a number', ['1: a']],
    ['a prototype key', ['__proto__: {}']],
  ])('declines %s (the yaml package decides)', (_, lines) => {
    expect(readSimpleYaml(lines)).toBeUndefined();
  });

  it.each([
    ['a quote still open where the text ends', ["message: 'Failed to create pod sandbox: rpc error"]],
    ['a list entry where a mapping goes on', ['kind: Event', 'type: Warning', '- apiVersion: v1', '  count: 2']],
  ])('calls %s invalid, as the yaml package does', (_, lines) => {
    expect(readSimpleYaml(lines)?.invalid).toBe(true);
    expect(parseDocument(lines.join('\n')).errors.length).toBeGreaterThan(0);
  });
});
