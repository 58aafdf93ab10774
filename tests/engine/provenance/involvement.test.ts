// detectInvolvement(): Terway is involved only with Terway-specific evidence, not involved when a
// foreign program's failure explains the paste, unknown when only shared signals are there; cilium-cni
// alone may be Terway's own datapath v2 (on an ACK node, or without a standalone agent in sight).
import { describe, it, expect } from 'vitest';
import { detectInvolvement } from '../../../src/engine/reason/involvement';
import type { TerwayEvidence } from '../../../src/engine/reason/terway-evidence';
import type { Group } from '../../../src/engine/match/aggregate';
import { collected, group } from '../reason/builders';
import { index } from './build';

const evidence: TerwayEvidence[] = [
  { line: 3, text: 'kubectl logs terway-eniip-7x9kq -c terway', why: 'the log of terwayd' },
];
const calicoFailure = group({ entry: { kind: 'cni-error', component: 'foreign/calico', category: 'environment' } });
const calicoInfo = group({ entry: { kind: 'daemon-error', component: 'foreign/calico', category: 'informational' } });
const calicoCni = group({
  entry: { kind: 'foreign-cni', component: 'foreign/calico', signal: 'calico', category: 'informational' },
});
const sdkCode = group({ entry: { kind: 'openapi-error', component: 'alibaba-cloud-openapi', shared: true } });
const unknownLine = group({ entry: { kind: 'unrecognised', component: 'unrecognised', category: 'unknown' } });

const producerOf = (byGroup: Map<Group, string>) => ({ documents: [], producerOf: (g: Group) => byGroup.get(g) });

function involvement(
  groups: Group[],
  byGroup: [Group, string][],
  opts: { evidence?: TerwayEvidence[]; plugins?: string[]; node?: string; pods?: string[] } = {},
) {
  const c = collected({
    groups,
    pluginTypes: new Map((opts.plugins ?? []).map((p) => [p, 1])),
    pods: (opts.pods ?? []).map((name) => ({ name, status: 'Running', lines: { start: 1, end: 1 } })),
  });
  return detectInvolvement(c, opts.node, opts.evidence ?? [], producerOf(new Map(byGroup)), index);
}

/** a paste of one group, written by `producer` */
const oneGroup = (g: Group, producer: string, opts: Parameters<typeof involvement>[2] = {}) =>
  involvement([g], [[g, producer]], opts);

describe('detectInvolvement', () => {
  it.each<[string, ReturnType<typeof involvement>, Partial<ReturnType<typeof involvement>>]>([
    ['Terway evidence', involvement([], [], { evidence }), { terway: 'involved', foreign: [] }],
    [
      'Terway evidence beside a foreign failure',
      oneGroup(calicoFailure, 'calico', { evidence }),
      { terway: 'involved', foreign: ['calico'] },
    ],
    ['a foreign failure alone', oneGroup(calicoFailure, 'calico'), { terway: 'not-involved', foreign: ['calico'] }],
    [
      "another CNI's own fingerprint, even informational",
      oneGroup(calicoCni, 'calico'),
      { terway: 'not-involved', foreign: ['calico'] },
    ],
    ['an informational foreign line is no failure', oneGroup(calicoInfo, 'calico'), { terway: 'unknown', foreign: [] }],
    [
      'an unknown error line a foreign program wrote',
      oneGroup(unknownLine, 'ccm'),
      { terway: 'not-involved', foreign: ['ccm'] },
    ],
    ['a shared signal alone', oneGroup(sdkCode, 'alibaba-cloud-client'), { terway: 'unknown', foreign: [] }],
    ['an unknown error line nobody is named for', involvement([unknownLine], []), { terway: 'unknown', foreign: [] }],
    [
      'another CNI named by the runtime',
      involvement([], [], { plugins: ['weave-net'] }),
      { terway: 'not-involved', foreign: ['weave-net'] },
    ],
    ["Terway's own plugin type", involvement([], [], { plugins: ['terway'] }), { terway: 'unknown', foreign: [] }],
    // datapath v2 chains cilium-cni after Terway
    [
      'cilium-cni next to Terway',
      involvement([], [], { plugins: ['cilium-cni'], evidence }),
      { terway: 'involved', chainedCilium: true },
    ],
    [
      'cilium-cni alone on an ACK node',
      involvement([], [], { plugins: ['cilium-cni'], node: 'cn-hangzhou.10.0.3.19' }),
      { terway: 'unknown', chainedCilium: true },
    ],
    [
      'cilium-cni with a standalone agent',
      involvement([], [], { plugins: ['cilium-cni'], pods: ['cilium-x7k2p'] }),
      { terway: 'not-involved', confidence: 'high' },
    ],
    [
      'cilium-cni alone, no agent in sight',
      involvement([], [], { plugins: ['cilium-cni'], node: 'worker-1' }),
      { terway: 'not-involved', confidence: 'medium' },
    ],
  ])('%s', (_, got, want) => {
    expect(got).toMatchObject(want);
    expect(got.why.length).toBeGreaterThan(0);
  });

  it('says which line shows Terway', () => {
    expect(involvement([], [], { evidence }).why).toContain('line 3');
  });
});
