// attribute(): the producer of every document and finding, from the command that printed a document,
// its kind, the fingerprints in it, and for a finding its entry's component, the event's source and
// the line's own fingerprint; relays give way to what their line names; felix and Cilium are Terway's
// own when the paste shows Terway elsewhere. Tables over small collections built by hand.
import { describe, it, expect } from 'vitest';
import { attribute, producerOfCommand } from '../../../src/engine/reason/attribution';
import type { Group } from '../../../src/engine/match/aggregate';
import type { InputDocument } from '../../../src/engine/records';
import type { MarkRange } from '../../../src/engine/analysis/mark-ranges';
import { collected, group, variant } from '../reason/builders';
import { index, range } from './build';

const doc = (kind: InputDocument['kind'], start: number, end = start, command?: string): InputDocument => ({
  kind,
  lines: { start, end },
  ...(command ? { command } : {}),
});
const prompt = (line: number, command: string) => doc('prompt', line, line, command);
/** the entry of a line no catalog entry explains */
const unrecognised = { kind: 'unrecognised' as const, component: 'unrecognised' };

describe('producerOfCommand', () => {
  it.each([
    ['kubectl logs -n kube-system terway-eniip-7x9kq -c terway-init', 'terway-init'],
    ['kubectl -n kube-system logs terway-eniip-7x9kq --container=policy --tail=100', 'terway-policy'],
    ['kubectl logs terway-eniip-7x9kq -n kube-system', 'terwayd'],
    ['kubectl exec -n kube-system terway-eniip-7x9kq -c policy -- cilium status', 'terway-policy'],
    ['kubectl logs -n kube-system terway-controlplane-7bfc44db74-q5nw2 -c cilium-operator', 'cilium-in-terway'],
    [
      'docker logs k8s_terway-init_terway-eniip-7x9kq_kube-system_0f3c2a4e-1111-2222-3333-444455556666_0',
      'terway-init',
    ],
    ['docker logs --tail 50 k8s_policy_terway-eni-4kq2p_kube-system_9e1d_3', 'terway-policy'],
    // other verbs print the API's objects, not the container's output
    ['kubectl describe pod terway-eniip-7x9kq -n kube-system', undefined],
    ['kubectl logs nginx-6d4cf56db6-abcde', undefined],
    ['journalctl -u kubelet', undefined],
  ])('%s → %s', (command, want) => {
    expect(producerOfCommand(command, index)?.id).toBe(want);
  });
});

describe('document producers', () => {
  it.each<[string, InputDocument[], MarkRange[], (string | undefined)[]]>([
    [
      'a prompt speaks for the one output under it',
      [prompt(1, 'kubectl logs terway-eniip-7x9kq -c terway-init'), doc('log-klog', 2, 9), doc('text', 10, 12)],
      [],
      ['terway-init', 'terway-init', undefined],
    ],
    [
      'a prompt line that names its program (a stream fingerprint on it)',
      [prompt(1, 'calicoctl get ippool -o wide'), doc('text', 2, 6)],
      [range('calico', 'stream', 1)],
      ['calico', 'calico'],
    ],
    [
      'the kind says who writes the object',
      [doc('describe-podeni', 1, 20), doc('describe-node', 21, 60), doc('describe-pod', 61, 90)],
      [],
      ['terway-controlplane', 'kubelet', undefined],
    ],
    [
      "Terway's own stream fingerprint wins over an earlier one",
      [doc('log-logrus', 1, 40)],
      [range('felix', 'stream', 2, 30), range('terwayd', 'stream', 12)],
      ['terwayd'],
    ],
    [
      'else the earliest stream fingerprint',
      [doc('log-klog', 1, 40)],
      [range('ccm', 'stream', 5), range('calico', 'stream', 3)],
      ['calico'],
    ],
    [
      'a stream fingerprint outside the document does not count',
      [doc('text', 1, 4), doc('text', 5, 9)],
      [range('ccm', 'stream', 7)],
      [undefined, 'ccm'],
    ],
    ['fingerprinted lines that all name one program', [doc('text', 1, 3)], [range('calico', 'line', 1, 3)], ['calico']],
    [
      'lines that name two programs name none',
      [doc('log-journal', 1, 10)],
      [range('kubelet', 'line', 2), range('containerd', 'line', 5)],
      [undefined],
    ],
    [
      "an SDK's rendering names nobody, so the other line decides",
      [doc('text', 1, 5)],
      [range('alibaba-cloud-client', 'line', 2), range('ccm', 'line', 4)],
      ['ccm'],
    ],
    [
      'a line range only passing through the document does not count',
      [doc('text', 50, 52)],
      [range('kubelet', 'line', 10, 200)],
      [undefined],
    ],
    ['mentions never name a document', [doc('text', 1, 3)], [range('terway-cni', 'mention', 2)], [undefined]],
  ])('%s', (_, documents, marks, want) => {
    expect(attribute(collected({ documents, marks }), index).documents).toEqual(want);
  });
});

describe('finding producers', () => {
  const inTerwayLog = collected({ documents: [doc('log-klog', 1, 50)], marks: [range('terwayd', 'stream', 1)] });
  const openapi = { kind: 'openapi-error' as const, component: 'alibaba-cloud-openapi', shared: true };
  const sandbox = { kind: 'kubelet-error' as const, component: 'kubelet' };
  const fromKubelet = { kind: 'event' as const, reason: 'FailedCreatePodSandBox', type: 'Warning', source: 'kubelet' };
  const terwayCni = { kind: 'cni-error' as const, component: 'terway-cni' };

  it.each<[string, Group, string | undefined]>([
    ['a string one component writes', group({ entry: { component: 'terway-daemon' } }), 'terwayd'],
    [
      "the CNI's words relaying the daemon's answer",
      group({ entry: { kind: 'cni-error', component: 'cni-via-daemon' } }),
      'terway-cni',
    ],
    [
      "an event entry is its source's, whatever component its words belong to",
      group({
        entry: { kind: 'event', component: 'cni-via-daemon' },
        origin: {
          kind: 'event',
          reason: 'AllocIPFailed',
          type: 'Warning',
          source: 'terway-controlplane/multi-ip-node',
        },
      }),
      'terway-controlplane',
    ],
    [
      'an event entry without a source falls back to its component',
      group({
        entry: { kind: 'event', component: 'cni-via-daemon' },
        origin: { kind: 'event', reason: 'AllocIPFailed', type: 'Warning' },
      }),
      'terway-cni',
    ],
    [
      "a string matched inside kubelet's event keeps its component",
      group({ entry: terwayCni, origin: fromKubelet }),
      'terway-cni',
    ],
    // class 1: relays give way to what their line names
    ["kubelet's wrapper around Calico's words", group({ entry: sandbox, producer: 'calico' }), 'calico'],
    [
      "kubelet's wrapper keeps a relay's words inside (containerd's sentence)",
      group({ entry: sandbox, producer: 'containerd' }),
      'kubelet',
    ],
    [
      "containerd's words carried by kubelet's journal line",
      group({ entry: { component: 'containerd' }, producer: 'kubelet' }),
      'containerd',
    ],
    [
      "kubelet's event around CRI-O's sentence",
      group({ entry: unrecognised, origin: fromKubelet, producer: 'cri-o' }),
      'cri-o',
    ],
    [
      "kubelet's event around Calico's words",
      group({ entry: unrecognised, origin: fromKubelet, producer: 'calico' }),
      'calico',
    ],
    [
      "an envelope of Terway's CNI around another program's words",
      group({ entry: terwayCni, variant: variant({ envelope: true }), producer: 'calico' }),
      'calico',
    ],
    [
      "an envelope keeps a relay's journal prefix out",
      group({ entry: terwayCni, variant: variant({ envelope: true }), producer: 'kubelet' }),
      'terway-cni',
    ],
    [
      "a specific entry is not a relay: the line's fingerprint does not move it",
      group({ entry: terwayCni, producer: 'calico' }),
      'terway-cni',
    ],
    // shared signals
    ['a shared signal the line attributes', group({ entry: openapi, producer: 'ccm' }), 'ccm'],
    [
      "a shared signal from an event's source",
      group({
        entry: openapi,
        origin: { kind: 'event', reason: 'SyncLoadBalancerFailed', type: 'Warning', source: 'service-controller' },
      }),
      'ccm',
    ],
    ["a shared signal in Terway's log", group({ entry: openapi, firstLine: 20 }), 'terwayd'],
    [
      "an SDK's rendering yields to the document",
      group({ entry: openapi, firstLine: 20, producer: 'alibaba-cloud-client' }),
      'terwayd',
    ],
    ['a shared signal nothing else names', group({ entry: openapi, firstLine: 80 }), 'alibaba-cloud-client'],
    ['an unknown line in the document of a program', group({ entry: unrecognised, firstLine: 30 }), 'terwayd'],
    ['an unknown line outside any named document', group({ entry: unrecognised, firstLine: 80 }), undefined],
    [
      "an unknown line that only an SDK's rendering marks",
      group({ entry: unrecognised, firstLine: 80, producer: 'alibaba-cloud-client' }),
      'alibaba-cloud-client',
    ],
    [
      'a variant marked shared is attributed like a shared entry',
      group({ entry: terwayCni, variant: variant({ shared: true }), producer: 'calico' }),
      'calico',
    ],
  ])('%s', (_, g, want) => {
    const c = { ...inTerwayLog, groups: [g] };
    expect(attribute(c, index).producerOf(g)).toBe(want);
  });
});

describe('felix and Cilium in Terway', () => {
  const felixLine = group({ entry: unrecognised, producer: 'felix' });

  it('felix alone is Calico', () => {
    const who = attribute(collected({ groups: [felixLine] }), index);
    expect(who.producerOf(felixLine)).toBe('felix');
  });

  it.each<[string, Parameters<typeof collected>[0]]>([
    ['a Terway finding', { groups: [felixLine, group({ entry: { component: 'terway-daemon' } })] }],
    [
      'a Terway document',
      {
        groups: [felixLine],
        documents: [prompt(1, 'kubectl logs terway-eniip-7x9kq -c policy'), doc('log-felix', 2, 9)],
      },
    ],
    ['a Terway fingerprint', { groups: [felixLine], marks: [range('terway-cni', 'mention', 40)] }],
  ])('felix is the policy container when the paste shows %s', (_, c) => {
    const who = attribute(collected(c), index);
    expect(who.producerOf(felixLine)).toBe('terway-policy');
  });

  it('a felix document becomes the policy container too', () => {
    const who = attribute(
      collected({
        documents: [doc('log-felix', 1, 9)],
        marks: [range('felix', 'stream', 1), range('terwayd', 'stream', 20)],
      }),
      index,
    );
    expect(who.documents).toEqual(['terway-policy']);
  });

  it('a group the attribution has not seen is still attributed', () => {
    const who = attribute(collected(), index);
    expect(who.producerOf(group({ entry: { component: 'terway-init' } }))).toBe('terway-init');
  });
});
