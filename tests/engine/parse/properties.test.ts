// Properties of the front half on arbitrary and mutated inputs: nothing throws, ranges stay inside the input,
// normalisation is idempotent and keeps the line count, and chunked parsing (text or bytes, boundaries anywhere,
// including inside CRLF and inside multi-byte sequences) equals one-shot parsing.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseText } from '../../../src/engine/parse/index';
import { detectEncoding, normaliseLine, normaliseText, splitLines } from '../../../src/engine/text/index';
import { parseLogLine } from '../../../src/engine/parse/logs/log-line';
import { parsePodRow } from '../../../src/engine/parse/pods/get-pods';
import { DescribeEventsReader } from '../../../src/engine/parse/events/describe-table';
import { buildDescribe } from '../../../src/engine/parse/describe/object';
import { classifyLine } from '../../../src/engine/parse/classify';
import { expectRangesInside, parseByteChunks, parseChunked, utf16 } from './helpers';

/** Property runs take seconds; the machine running the suite may be shared. */
const TIMEOUT_MS = 60_000;

const DIR = join(import.meta.dirname, '../../fixtures/parse');
const FIXTURES: string[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(DIR, f), 'utf8'));

// Tokens that steer the parsers into their interesting states.
const TOKENS = [
  'Name:         x',
  'Namespace:    default',
  'Node:  n/1.2.3.4',
  'Containers:',
  '  c:',
  '    State:  Waiting',
  '      Reason:  CrashLoopBackOff',
  'Events:',
  '  Type  Reason  Age  From  Message',
  '  ----  ------',
  '  Warning  FailedCreatePodSandBox  1m (x3 over 5m)  kubelet  boom',
  'Events:  <none>',
  'Conditions:',
  '  Type  Status',
  'Labels:  a=b',
  'Annotations:  k: v',
  'API Version:  network.alibabacloud.com/v1beta1',
  'Kind:  Node',
  'Data',
  '====',
  'eni_conf:',
  '----',
  '{',
  '}',
  '[',
  ']',
  '"a": 1,',
  'apiVersion: v1',
  'kind: Event',
  'items:',
  '- apiVersion: v1',
  '---',
  'LAST SEEN   TYPE      REASON   OBJECT   MESSAGE',
  '3m   Warning   AllocIPFailed   pod/x   msg',
  'NAME  READY  STATUS  RESTARTS  AGE',
  'x  0/1  Init:Error  2 (1m ago)  5m',
  'I0829 14:45:54.233411 pool.go:598] subSys=pool msg',
  'E0416 22:26:30.150357   10125 k.go:1] "m" err="e" v=<',
  '\tcontinued',
  ' >',
  'time="2020-01-01T00:00:00Z" level=error msg="x"',
  'level=info msg=hello',
  'INFO[0000] hi  k=v',
  '{"level":"info","msg":"m"}',
  '2022-07-14 10:18:23.273 [WARNING][1] felix/t.go 9: m',
  'Apr 16 22:26:30 h kubelet[1]: x',
  '8月 15 10:35:14 h kubelet[1]: y',
  '[pod/p/c] 2024-01-01T00:00:00.000000000Z z',
  '$ kubectl get events',
  '[root@iZ2ze ~]# k get po',
  'PS C:\\> kubectl logs x',
  '# terway-triage inspect-terway-node.sh v1.0.0',
  '[node]',
  'name: n',
  '# end inspect-terway-node.sh',
  'Defaulted container "terway" out of: a',
  '> quoted',
  '│ boxed │',
  '\x1b[31m',
  '^[[0m',
  '[0;31m',
  '\u00a0',
  '\u3000',
  'Name：x',
  '报错如下：',
  // every other character the normaliser rewrites: the byte path skips searching for them when the
  // UTF-8 bytes show none can be there, and must still parse exactly like the text path
  '\u201cquoted\u201d',
  'a\u2003b\u200bc',
  'x\ufeffy\u202fz\u205f',
  '',
  '  ',
  '\t',
];

const pasteLike = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom('\n', '\r\n', '\r', ' ', '  ', '\t'), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => p + (seps[i] ?? '\n')).join('')),
  );

/** Random edits of a real fixture: cut, duplicate, insert noise, re-terminate, indent. */
const mutatedFixture = fc
  .tuple(
    fc.constantFrom(...FIXTURES),
    fc.array(fc.tuple(fc.nat(), fc.nat(200), fc.nat(5), fc.string({ maxLength: 8, unit: 'binary' })), { maxLength: 6 }),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [pos, len, op, noise] of edits) {
      const at = s.length === 0 ? 0 : pos % s.length;
      if (op === 0) s = s.slice(0, at) + s.slice(at + len);
      else if (op === 1) s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at);
      else if (op === 2) s = s.slice(0, at) + noise + s.slice(at);
      else if (op === 3) s = s.replace(/\n/g, '\r\n');
      else if (op === 4)
        s = s
          .split('\n')
          .map((l, i) => (i > 0 ? ' ' + l : l))
          .join('\n');
      else s = s.slice(0, at);
    }
    return s;
  });

const anyText = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 3, arbitrary: pasteLike },
  { weight: 3, arbitrary: mutatedFixture },
);

describe('parser properties', { timeout: TIMEOUT_MS }, () => {
  it('never throws and keeps every range inside the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const p = parseText(text);
        expect(p.lineCount).toBe(splitLines(text).length);
        expectRangesInside(p);
      }),
      { numRuns: 2500 },
    );
  });

  it('normalisation is idempotent and preserves the line count', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
        expect(splitLines(once).length).toBe(splitLines(text).length);
        for (const line of splitLines(text)) {
          const n = normaliseLine(line);
          expect(normaliseLine(n)).toBe(n);
          expect(n).not.toMatch(/[\r\n]/);
        }
      }),
      { numRuns: 2500 },
    );
  });

  it('chunked text parsing equals one-shot parsing', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        expect(parseChunked(text, cuts)).toEqual(parseText(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('chunked byte parsing equals one-shot parsing (UTF-8, UTF-16 LE/BE with BOM, UTF-16 LE without; cuts inside CRLF, BOMs and multi-byte chars)', () => {
    const enc = new TextEncoder();
    const encode = (text: string, encoding: string): Uint8Array =>
      encoding === 'utf8' ? enc.encode(text) : utf16(text, encoding === 'utf16be-bom', encoding !== 'utf16le-nobom');
    fc.assert(
      fc.property(
        anyText,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom('utf8', 'utf16le-bom', 'utf16be-bom', 'utf16le-nobom'),
        (text, cuts, encoding) => {
          const bytes = encode(text, encoding);
          const whole = parseBytes(bytes);
          expect(parseByteChunks(bytes, cuts)).toEqual(whole);
          expectRangesInside(whole);
          // well-formed text decodes back to itself, so bytes and text parse the same (NULs may look like UTF-16;
          // without a BOM, UTF-16 is only recognised from the NUL pattern of mostly-ASCII text)
          const decodable = encoding !== 'utf16le-nobom' || detectEncoding(bytes).encoding === 'utf-16le';
          // eslint-disable-next-line no-control-regex -- escape and NUL bytes are what these patterns look for
          if (decodable && !/[\ud800-\udfff\u0000]/.test(text) && !text.startsWith('\ufeff'))
            expect(whole).toEqual(parseText(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the line-level parsers never throw on arbitrary lines', () => {
    const line = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom(...TOKENS).chain((t) => fc.string({ maxLength: 30 }).map((s) => t + s)),
    );
    fc.assert(
      fc.property(line, (l) => {
        const log = parseLogLine(l);
        if (log !== null) expect(typeof log.message).toBe('string');
        parsePodRow(l, 1);
        classifyLine(l);
        const events: unknown[] = [];
        const reader = new DescribeEventsReader(undefined, (e) => events.push(e));
        reader.push(1, l);
        reader.push(2, l);
        reader.flush();
      }),
      { numRuns: 3000 },
    );
  });

  it('the describe builder never throws and keeps its ranges on its lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 30 }),
        (lines) => {
          const numbered = lines.map((text, i) => ({ no: i + 1, text }));
          const res = buildDescribe(numbered);
          for (const e of res.events) {
            expect(e.lines.start).toBeGreaterThanOrEqual(1);
            expect(e.lines.end).toBeLessThanOrEqual(lines.length);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
