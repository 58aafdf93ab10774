// Per-parser properties: inputs built from each parser's own grammar (event tables, Event objects, eni-config,
// inspect output, multi-line log records) and damaged like real pastes. For each: nothing throws, every range
// lies inside the input, and chunked parsing (cuts anywhere) equals one-shot parsing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/engine/parse/index';
import { splitLines } from '../../../src/engine/text/index';
import type { DocumentKind } from '../../../src/engine/records';
import { expectRangesInside, parseChunked } from './helpers';
import { eventTableText } from './arbitraries/event-tables';
import { eniConfigText, eventObjectText, inspectText } from './arbitraries/objects';
import { multiLineLogText } from './arbitraries/logs';

/** Cases per parser ("a few thousand", issue 4). */
const RUNS = 3000;
/** Generous: the machine running the suite may be shared; the runs take a few seconds each. */
const TIMEOUT_MS = 60_000;

const PARSERS: [string, fc.Arbitrary<string>, DocumentKind[]][] = [
  ['get events / kubectl events tables', eventTableText, ['get-events', 'kubectl-events']],
  ['Event objects as JSON or YAML', eventObjectText, ['events-json', 'events-yaml']],
  ['eni-config as YAML, JSON or describe', eniConfigText, ['configmap']],
  ['inspect script output', inspectText, ['inspect-cluster', 'inspect-node', 'inspect-pod']],
  [
    'multi-line log records',
    multiLineLogText,
    ['log-klog', 'log-journal', 'log-logrus', 'log-controller-runtime', 'log-terway-legacy'],
  ],
];

describe.each(PARSERS)('%s', (_name, input, kinds) => {
  it('the generator reaches its parser', () => {
    const sample = fc.sample(input, { numRuns: 200, seed: 4 });
    const reached = sample.filter((t) => parseText(t).documents.some((d) => kinds.includes(d.kind))).length;
    expect(reached).toBeGreaterThan(sample.length / 2);
  });

  it(
    'never throws, keeps ranges inside the input, and parses the same in chunks',
    () => {
      fc.assert(
        fc.property(input, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
          const whole = parseText(text);
          expect(whole.lineCount).toBe(splitLines(text).length);
          expectRangesInside(whole);
          expect(parseChunked(text, cuts)).toEqual(whole);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
