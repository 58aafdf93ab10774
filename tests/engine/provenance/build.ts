// Builders for the provenance tests: producers as catalog/producers.yaml would compile them, marks
// as the scanner finds them, and an index over a small cast of producers every test can name.
import type { Fingerprint, FingerprintScope } from '../../../src/engine/catalog/types';
import type { DescribedObject } from '../../../src/engine/records';
import type { Mark } from '../../../src/engine/provenance/line-producer';
import type { MarkRange } from '../../../src/engine/analysis/mark-ranges';
import { ProducerIndex } from '../../../src/engine/provenance/producer-index';
import { producer } from '../mini-catalog';
import type { Producer } from '../../../src/engine/catalog/types';

export function fingerprint(scope: FingerprintScope, id = scope): Fingerprint {
  return { id, scope, pattern: 'x', literals: ['xxxx'], examples: [] };
}

/** a fingerprint of `p` found at column `at` */
export function mark(p: Producer, scope: FingerprintScope, at = 0): Mark {
  return { producer: p, fingerprint: fingerprint(scope), at };
}

/** a `kubectl describe` of an object with nothing in it but its kind and name */
export function described(kind: string, name: string, start: number, end = start): DescribedObject {
  const empty = { fields: {}, labels: {}, annotations: {}, conditions: [], containers: [], events: [] };
  return { kind, name, ...empty, lines: { start, end } };
}

/** a range of marks as the Collector keeps them */
export function range(producerId: string, scope: FingerprintScope, start: number, end = start): MarkRange {
  return { producer: producerId, scope, fingerprint: scope, start, end, text: `line ${start}` };
}

const TERWAY_PODS = ['terway-eniip-', 'terway-eni-', 'terway-'];

/** the cast: Terway's components, the platform in front of every CNI, and foreign programs */
export const CAST = {
  terwayd: producer({
    id: 'terwayd',
    owner: 'terway',
    components: ['terway-daemon'],
    workloads: TERWAY_PODS.map((pod) => ({ pod, container: 'terway', default: true })),
    eventSources: ['terway-daemon'],
  }),
  terwayCni: producer({ id: 'terway-cni', owner: 'terway', components: ['terway-cni', 'cni-via-daemon'] }),
  terwayInit: producer({
    id: 'terway-init',
    owner: 'terway',
    components: ['terway-init'],
    workloads: TERWAY_PODS.map((pod) => ({ pod, container: 'terway-init' })),
  }),
  policy: producer({
    id: 'terway-policy',
    owner: 'terway',
    components: ['policy'],
    workloads: TERWAY_PODS.map((pod) => ({ pod, container: 'policy' })),
  }),
  controlplane: producer({
    id: 'terway-controlplane',
    owner: 'terway',
    components: ['terway-controlplane/*'],
    workloads: [{ pod: 'terway-controlplane-', container: 'terway-controlplane', default: true }],
    eventSources: ['terway-controlplane'],
    documentKinds: ['describe-podeni', 'describe-node-cr'],
  }),
  ciliumInTerway: producer({
    id: 'cilium-in-terway',
    owner: 'terway',
    workloads: [{ pod: 'terway-controlplane-', container: 'cilium-operator' }],
  }),
  felix: producer({ id: 'felix', owner: 'foreign', inTerway: 'terway-policy' }),
  kubelet: producer({
    id: 'kubelet',
    owner: 'platform',
    components: ['kubelet'],
    eventSources: ['kubelet'],
    documentKinds: ['describe-node'],
  }),
  containerd: producer({ id: 'containerd', owner: 'platform', components: ['containerd'] }),
  crio: producer({ id: 'cri-o', owner: 'platform' }),
  sdk: producer({ id: 'alibaba-cloud-client', owner: 'platform', components: ['alibaba-cloud-openapi'], shared: true }),
  calico: producer({ id: 'calico', owner: 'foreign', components: ['foreign/calico'] }),
  ccm: producer({
    id: 'ccm',
    owner: 'foreign',
    workloads: [{ pod: 'cloud-controller-manager-', default: true }],
    eventSources: ['service-controller', 'route-controller'],
  }),
} as const;

export const index = new ProducerIndex(Object.values(CAST));
