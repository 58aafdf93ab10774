// catalog/producers.yaml is checked when the catalog compiles: each row is one mistake written inline,
// with the problem the compiler must report (file › producer › field: message), and a valid list
// that compiles to what attribution reads.
import { describe, it, expect } from 'vitest';
import { compileProducers } from '../../../src/engine/catalog/compile-producers';
import type { CatalogEntry } from '../../../src/engine/catalog/types';
import { entry } from '../reason/builders';

type Obj = Record<string, unknown>;

const FILE = 'producers.yaml';
const EXPLANATION = 'Writes the lines this test pastes; its words say who wrote them and nothing else does.';

function producer(over: Obj = {}): Obj {
  return {
    id: 'daemon',
    name: 'daemon',
    owner: 'terway',
    title: 'A daemon',
    components: ['terway-daemon'],
    explanation: EXPLANATION,
    fingerprints: [
      {
        id: 'banner',
        scope: 'stream',
        pattern: '\\bdaemond/v\\d',
        literals: ['daemond/v'],
        examples: ['daemond/v1.2.3 up'],
      },
    ],
    ...over,
  };
}

const felix = (over: Obj = {}) =>
  producer({ id: 'felix', name: 'felix', owner: 'foreign', components: [], fingerprints: [], ...over });

/** the catalog entries whose components every producer list is checked against */
const ENTRIES = new Map<string, CatalogEntry>([['e1', entry({ id: 'e1', component: 'terway-daemon' })]]);

function compile(list: unknown, entries = ENTRIES) {
  const problems: string[] = [];
  const out = compileProducers(FILE, list, entries, problems);
  return { out, problems };
}

describe('compileProducers', () => {
  it('compiles a valid list into what attribution reads', () => {
    const { out, problems } = compile([
      producer({
        workloads: [{ pod: 'daemon-', container: 'main', default: true }],
        eventSources: ['daemon'],
        documentKinds: ['describe-podeni'],
      }),
      felix({ inTerway: 'daemon' }),
    ]);
    expect(problems).toEqual([]);
    expect(out.map((p) => p.id)).toEqual(['daemon', 'felix']);
    expect(out[0]).toMatchObject({
      owner: 'terway',
      components: ['terway-daemon'],
      workloads: [{ pod: 'daemon-', container: 'main', default: true }],
      eventSources: ['daemon'],
      documentKinds: ['describe-podeni'],
      fingerprints: [{ id: 'banner', scope: 'stream', literals: ['daemond/v'] }],
    });
    expect(out[1]).toMatchObject({ inTerway: 'daemon', documentKinds: [], eventSources: [], workloads: [] });
  });

  it.each<[string, unknown[], string]>([
    ['an unknown field', [producer({ colour: 'blue' })], 'producers.yaml › daemon › colour: unknown field'],
    [
      'an owner outside the three',
      [producer({ owner: 'vendor' })],
      '› daemon › owner: must be one of terway, platform, foreign',
    ],
    ['a short explanation', [producer({ explanation: 'Too short.' })], '› daemon › explanation: required, at least'],
    ['a duplicate id', [producer(), producer({ components: [] })], '› daemon › id: duplicate id'],
    [
      'inTerway naming no producer',
      [producer(), felix({ inTerway: 'policy' })],
      '› felix › inTerway: no producer policy',
    ],
    [
      'inTerway naming a foreign producer',
      [producer(), felix({ inTerway: 'cilium' }), felix({ id: 'cilium', name: 'cilium' })],
      "› felix › inTerway: cilium is not Terway's",
    ],
    [
      'inTerway on a Terway producer',
      [producer({ inTerway: 'daemon' })],
      '› daemon › inTerway: only a foreign producer can be Terway',
    ],
    [
      'a component written by two producers',
      [producer(), producer({ id: 'other', name: 'other' })],
      'component terway-daemon must be written by exactly one producer (daemon, other)',
    ],
    [
      'a component written by none',
      [producer({ components: [] })],
      'component terway-daemon must be written by exactly one producer (none)',
    ],
    [
      'a fingerprint example that does not match',
      [
        producer({
          fingerprints: [
            {
              id: 'banner',
              scope: 'stream',
              pattern: '\\bdaemond/v\\d',
              literals: ['daemond/v'],
              examples: ['daemond version 1'],
            },
          ],
        }),
      ],
      '› daemon › fingerprints[0].examples: does not match: daemond version 1',
    ],
    [
      'a fingerprint without examples',
      [producer({ fingerprints: [{ id: 'banner', scope: 'line', pattern: 'daemond/v', literals: ['daemond/v'] }] })],
      '› daemon › fingerprints[0].examples: at least one line as pasted',
    ],
    [
      'a fingerprint scope outside the three',
      [
        producer({
          fingerprints: [
            { id: 'banner', scope: 'file', pattern: 'daemond/v', literals: ['daemond/v'], examples: ['daemond/v'] },
          ],
        }),
      ],
      '› daemon › fingerprints[0].scope: must be one of stream, line, mention',
    ],
    [
      'literals a match may lack',
      [
        producer({
          fingerprints: [
            {
              id: 'banner',
              scope: 'line',
              pattern: 'daemond/v|agentd/v',
              literals: ['daemond/v'],
              examples: ['daemond/v'],
            },
          ],
        }),
      ],
      '› daemon › fingerprints[0].literals: not every match of the pattern is guaranteed',
    ],
    [
      'a nested quantifier',
      [
        producer({
          fingerprints: [
            {
              id: 'banner',
              scope: 'line',
              pattern: 'daemond(?:/v\\d+)+',
              literals: ['daemond'],
              examples: ['daemond/v1'],
            },
          ],
        }),
      ],
      '› daemon › fingerprints[0].pattern: 1 quantified group(s) contain a quantifier',
    ],
    [
      'an unknown document kind',
      [producer({ documentKinds: ['describe-widget'] })],
      '› daemon › documentKinds: describe-widget: not a document kind',
    ],
    [
      'plain text as a document kind',
      [producer({ documentKinds: ['text'] })],
      '› daemon › documentKinds: text: not a document kind',
    ],
    [
      'a document kind two producers claim',
      [producer({ documentKinds: ['describe-node'] }), felix({ documentKinds: ['describe-node'] })],
      "› felix › documentKinds: describe-node is already daemon's",
    ],
    [
      'an event source two producers claim',
      [producer({ eventSources: ['daemon'] }), felix({ eventSources: ['daemon'] })],
      "› felix › eventSources: daemon is already daemon's",
    ],
    [
      'a workload pod that is not a prefix',
      [producer({ workloads: [{ pod: 'daemon' }] })],
      '› daemon › workloads[0].pod: a pod name prefix ending in -',
    ],
  ])('reports %s', (_, list, problem) => {
    const { problems } = compile(list);
    expect(problems.join('\n')).toContain(problem);
  });

  it('leaves components of unrecognised lines to provenance alone', () => {
    const entries = new Map(ENTRIES);
    entries.set('u', entry({ id: 'u', kind: 'unrecognised', component: 'unrecognised' }));
    expect(compile([producer()], entries).problems).toEqual([]);
  });
});
