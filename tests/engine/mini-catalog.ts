// A small hand-written catalog for unit tests of the back half, independent of catalog/*.yaml.
import type { Catalog, CatalogEntry, Producer } from '../../src/engine/catalog/types';
import { loadCatalogFromDir } from '../../src/node/load-catalog';

function entry(
  e: Partial<CatalogEntry> & Pick<CatalogEntry, 'id' | 'kind' | 'signal' | 'match' | 'category'>,
): CatalogEntry {
  return {
    title: e.id,
    component: 'terway-daemon',
    aliases: [],
    versions: {},
    severity: 'error',
    sopStep: 2,
    explanation: `Explains ${e.id}. More detail.`,
    fix: `Fix ${e.id}.`,
    nextChecks: [{ command: 'kubectl describe pod {pod} -n {namespace}', why: 'see events' }],
    seeAlso: [],
    explains: [],
    source: ['x.go:1@v1.17.5'],
    ...e,
  };
}

export const MINI: Catalog = {
  version: 'test',
  entries: [
    entry({
      id: 'event-alloc-ip-failed',
      kind: 'event',
      reason: 'AllocIPFailed',
      type: 'Warning',
      objects: ['Pod', 'Node', 'NodeCR'],
      signal: 'AllocIPFailed',
      category: 'terway-bug',
      match: [
        {
          id: 'ip-not-enough',
          pattern: 'InvalidVSwitchId\\.IpNotEnough',
          literals: ['InvalidVSwitchId.IpNotEnough'],
          category: 'resource-exhaustion',
          examples: [],
        },
        { id: 'any', pattern: '[\\s\\S]*', literals: [], examples: [] },
      ],
    }),
    entry({
      id: 'event-pod-create-failed',
      kind: 'event',
      reason: 'PodCreateFailed',
      type: 'Warning',
      signal: 'PodCreateFailed',
      category: 'configuration',
      component: 'terway-controlplane/pod',
      aliases: [{ name: 'CniPodCreateError', versions: 'v1.3.0–v1.17.1' }],
      match: [{ id: 'any', pattern: '[\\s\\S]*', literals: [], examples: [] }],
    }),
    entry({
      id: 'openapi-ip-not-enough',
      kind: 'openapi-error',
      component: 'alibaba-cloud-openapi',
      signal: 'InvalidVSwitchId.IpNotEnough',
      category: 'resource-exhaustion',
      sopStep: 3,
      nextChecks: [{ command: 'aliyun vpc DescribeVSwitchAttributes --VSwitchId {vsw}', why: 'free IPs' }],
      match: [
        {
          id: 'code',
          pattern: 'InvalidVSwitchId\\.IpNotEnough(?:[\\s\\S]*?VSwitch \\\\?"(?<vsw>vsw-[a-z0-9]+))?',
          literals: ['InvalidVSwitchId.IpNotEnough'],
          examples: [],
        },
      ],
    }),
    entry({
      id: 'kubelet-socket',
      kind: 'kubelet-error',
      component: 'kubelet',
      signal: 'dial unix /var/run/eni/eni.socket',
      category: 'environment',
      sopStep: 1,
      match: [
        {
          id: 'dial',
          pattern: 'dial unix /var/run/eni/eni\\.socket',
          literals: ['/var/run/eni/eni.socket'],
          examples: [],
        },
      ],
    }),
    entry({
      id: 'foreign-calico',
      kind: 'foreign-cni',
      component: 'foreign/calico',
      signal: 'calico',
      category: 'informational',
      match: [
        {
          id: 'plugin',
          pattern: 'plugin type=\\\\?"calico\\\\?"',
          literals: ['type="calico', 'type=\\"calico'],
          examples: [],
        },
      ],
    }),
  ],
  knownBugs: [],
  producers: [
    producer({
      id: 'terwayd',
      owner: 'terway',
      components: ['terway-daemon', 'cni-via-daemon'],
      eventSources: ['terway-daemon'],
      fingerprints: [
        {
          id: 'socket',
          scope: 'mention',
          pattern: '/var/run/eni/eni\\.socket',
          literals: ['/var/run/eni/eni.socket'],
          examples: [],
        },
      ],
    }),
    producer({ id: 'terway-controlplane', owner: 'terway', components: ['terway-controlplane/*'] }),
    producer({ id: 'kubelet', owner: 'platform', components: ['kubelet'], eventSources: ['kubelet'] }),
    producer({ id: 'cloud', owner: 'platform', components: ['alibaba-cloud-openapi'], shared: true }),
    producer({ id: 'calico', owner: 'foreign', components: ['foreign/calico'] }),
  ],
  causes: [],
  // the real SOP: its asks are what the step judges refer to by id
  sop: loadCatalogFromDir().sop,
};

/** a producer as catalog/producers.yaml compiles it, with empty lists where the test says nothing */
export function producer(p: Partial<Producer> & Pick<Producer, 'id' | 'owner'>): Producer {
  return {
    name: p.id,
    title: p.id,
    components: [],
    workloads: [],
    eventSources: [],
    documentKinds: [],
    fingerprints: [],
    explanation: `The ${p.id} producer.`,
    nextChecks: [],
    ...p,
  };
}
