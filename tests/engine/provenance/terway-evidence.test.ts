// terwayEvidence(): the lines that show Terway is in the paste, each with why, one reason per line in
// paste order, at most eight. Shared signals (an OpenAPI code, an SDK rendering) are never among them.
import { describe, it, expect } from 'vitest';
import { terwayEvidence } from '../../../src/engine/reason/terway-evidence';
import type { Attribution } from '../../../src/engine/reason/attribution';
import type { Collected } from '../../../src/engine/analysis/collector';
import { collected, event, group } from '../reason/builders';
import { described, index, range } from './build';

/** an attribution that says what each test decides: producers by group, none for documents */
function who(c: Collected, byGroup = new Map(), documents: (string | undefined)[] = []): Attribution {
  return {
    documents: documents.length ? documents : c.documents.map(() => undefined),
    producerOf: (g) => byGroup.get(g),
  };
}

const lines = (start: number, end = start) => ({ start, end });

describe('terwayEvidence', () => {
  it.each<[string, Parameters<typeof collected>[0], string | undefined]>([
    ['a line fingerprint of a Terway component', { marks: [range('terwayd', 'stream', 3)] }, 'terwayd'],
    [
      'a mention of Terway’s CNI',
      { marks: [range('terway-cni', 'mention', 4)] },
      'names a Terway component (terway-cni)',
    ],
    [
      'a Terway pod row',
      { pods: [{ name: 'terway-eniip-7x9kq', status: 'Running', lines: lines(2) }] },
      'terway-eniip-7x9kq',
    ],
    ['a described Terway pod', { objects: [described('Pod', 'terway-eni-4kq2p', 1, 30)] }, 'terway-eni-4kq2p'],
    [
      'an event from a Terway component',
      { events: [event({ reason: 'AllocIPFailed', source: 'terway-daemon', lines: lines(7) })] },
      'terway-daemon',
    ],
    [
      'eni-config',
      { configs: [{ name: 'eni-config', settings: {}, hasCredentials: false, lines: lines(5, 20) }] },
      'eni-config',
    ],
    [
      'an inspect script’s output',
      { inspects: [{ script: 'node', version: '1', values: {}, lines: lines(1, 40) }] },
      'inspect-terway-node.sh',
    ],
    [
      'a Terway custom resource',
      { documents: [{ kind: 'describe-podeni', lines: lines(1, 20), title: 'web-1' }] },
      'PodENI',
    ],
  ])('%s', (_, c, why) => {
    const col = collected(c);
    const out = terwayEvidence(col, index, who(col));
    expect(out).toHaveLength(1);
    expect(out[0]!.why).toContain(why);
  });

  it.each<[string, Parameters<typeof collected>[0]]>([
    ['a foreign stream', { marks: [range('calico', 'stream', 3)] }],
    ['a platform line', { marks: [range('kubelet', 'line', 3)] }],
    ['another pod', { pods: [{ name: 'calico-node-8k2ld', status: 'Running', lines: lines(2) }] }],
    [
      'an event from kubelet',
      { events: [event({ reason: 'FailedCreatePodSandBox', source: 'kubelet', lines: lines(7) })] },
    ],
    ['a describe of a pod', { documents: [{ kind: 'describe-pod', lines: lines(1, 20) }] }],
  ])('none from %s', (_, c) => {
    const col = collected(c);
    expect(terwayEvidence(col, index, who(col))).toEqual([]);
  });

  it("names a finding a Terway component wrote, never a shared signal's", () => {
    const own = group({ firstLine: 9, evidence: [{ line: 9, text: 'cmdAdd: error alloc ip' }] });
    const shared = group({ firstLine: 4, evidence: [{ line: 4, text: 'Code: Forbidden.RAM' }] });
    const col = collected({ groups: [own, shared] });
    const out = terwayEvidence(
      col,
      index,
      who(
        col,
        new Map([
          [own, 'terway-cni'],
          [shared, 'alibaba-cloud-client'],
        ]),
      ),
    );
    expect(out).toEqual([
      { line: 9, text: 'cmdAdd: error alloc ip', why: expect.stringContaining('written by terway-cni') },
    ]);
  });

  it("names the command of a Terway component's log", () => {
    const col = collected({
      documents: [{ kind: 'prompt', lines: lines(1), command: 'kubectl logs terway-eniip-7x9kq -c terway' }],
    });
    const out = terwayEvidence(col, index, who(col, new Map(), ['terwayd']));
    expect(out).toEqual([
      { line: 1, text: 'kubectl logs terway-eniip-7x9kq -c terway', why: expect.stringContaining('terwayd') },
    ]);
  });

  it('gives one reason per line, in paste order, at most eight', () => {
    const marks = Array.from({ length: 12 }, (_, i) => range('terwayd', 'stream', 40 - i * 3));
    const col = collected({ marks, pods: [{ name: 'terway-eniip-7x9kq', status: 'Running', lines: lines(40) }] });
    const out = terwayEvidence(col, index, who(col));
    expect(out.map((e) => e.line)).toEqual([7, 10, 13, 16, 19, 22, 25, 28]);
  });
});
