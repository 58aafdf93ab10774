// Structured documents: Event objects as JSON or YAML (core/v1 and events.k8s.io/v1, single, List, `-w`
// streams, `}{` on one line), eni-config ConfigMaps (YAML, JSON, describe) and the inspect scripts' output.

import fc from 'fast-check';
import { stringify } from 'yaml';
import { age, message, name, noiseLine, reason } from './common';

const time = fc.option(fc.constantFrom('2024-05-14T02:05:00Z', '2024-05-14T02:10:00.000001Z', 'not a time'), {
  nil: null,
});
const ref = fc.record(
  {
    kind: fc.constantFrom('Pod', 'Node', 'PodENI'),
    name: fc.nat().map(name),
    namespace: fc.constantFrom('default', 'kube-system'),
    fieldPath: fc.constantFrom('spec.containers{web}', ''),
  },
  { requiredKeys: [] },
);

const coreEvent = fc.record(
  {
    apiVersion: fc.constant('v1'),
    kind: fc.constant('Event'),
    reason,
    message,
    type: fc.constantFrom('Normal', 'Warning'),
    count: fc.oneof(fc.nat(1000), fc.constant(null)),
    involvedObject: ref,
    source: fc.record({ component: fc.constantFrom('kubelet', 'terway-daemon'), host: fc.string({ maxLength: 12 }) }),
    firstTimestamp: time,
    lastTimestamp: time,
    eventTime: time,
    reportingComponent: fc.constantFrom('', 'kubelet'),
  },
  { requiredKeys: ['kind'] },
);
const newEvent = fc.record(
  {
    apiVersion: fc.constant('events.k8s.io/v1'),
    kind: fc.constant('Event'),
    reason,
    note: message,
    type: fc.constantFrom('Normal', 'Warning'),
    regarding: ref,
    series: fc.record({ count: fc.nat(50), lastObservedTime: time }),
    reportingController: fc.constantFrom('kubelet', 'terway-controlplane/pod'),
    deprecatedCount: fc.nat(9),
    eventTime: time,
  },
  { requiredKeys: ['kind'] },
);
const events = fc.array(fc.oneof(coreEvent, newEvent), { minLength: 1, maxLength: 4 });

/** Serialised like kubectl (or a tool around it) would, then maybe cut short. */
export const eventObjectText = fc
  .tuple(events, fc.constantFrom('list-json', 'json', 'stream', 'one-line', 'yaml', 'yaml-stream'), fc.nat())
  .chain(([items, form, seed]) => {
    const list = { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
    let text: string;
    if (form === 'list-json') text = JSON.stringify(list, null, seed % 2 === 0 ? 4 : 2);
    else if (form === 'json') text = JSON.stringify(items[0], null, 4);
    else if (form === 'stream') text = items.map((e) => JSON.stringify(e, null, 4)).join('\n');
    else if (form === 'one-line') text = items.map((e) => JSON.stringify(e)).join('');
    else if (form === 'yaml') text = stringify(list);
    else text = items.map((e) => stringify(e)).join('---\n');
    return cutShort(text);
  });

const eniConf = fc.record(
  {
    version: fc.constant('1'),
    max_pool_size: fc.nat(20),
    min_pool_size: fc.nat(5),
    ipam_type: fc.constantFrom('crd', 'default', ''),
    vswitches: fc.dictionary(fc.constantFrom('cn-beijing-h', 'cn-hangzhou-i'), fc.array(fc.constant('vsw-2ze1aaaa'))),
    security_group: fc.constantFrom('sg-2ze0abcdefg1234', ''),
    enable_eni_trunking: fc.boolean(),
    access_key: fc.constantFrom('', 'LTAI5tEXAMPLE'),
    access_secret: fc.constantFrom('', 'secret'),
    ip_stack: fc.constantFrom('ipv4', 'dual'),
  },
  { requiredKeys: [] },
);

export const eniConfigText = fc
  .tuple(eniConf, fc.constantFrom('yaml', 'json', 'describe'), fc.boolean())
  .chain(([conf, form, pretty]) => {
    const confText = JSON.stringify(conf, null, pretty ? 2 : 0);
    const cm = { apiVersion: 'v1', data: { eni_conf: confText, disable_network_policy: 'false' }, kind: 'ConfigMap' };
    let text: string;
    if (form === 'yaml') text = stringify({ ...cm, metadata: { name: 'eni-config', namespace: 'kube-system' } });
    else if (form === 'json') text = JSON.stringify({ ...cm, metadata: { name: 'eni-config' } }, null, 4);
    else
      text = [
        'Name:         eni-config',
        'Namespace:    kube-system',
        'Labels:       <none>',
        'Annotations:  <none>',
        '',
        'Data',
        '====',
        'eni_conf:',
        '----',
        confText,
        '',
        'BinaryData',
        '====',
        '',
        'Events:  <none>',
      ].join('\n');
    return cutShort(text);
  });

const inspectLine = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('[terway]', '[eni-config]', '[node-cr]', '[pod]', '[x') },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('version', 'ipam_type', 'crds.podenis.network.alibabacloud.com', 'a b', ''),
        fc.oneof(fc.string({ maxLength: 30 }), age),
      )
      .map(([k, v]) => `${k}: ${v}`),
  },
  { weight: 1, arbitrary: noiseLine },
);

export const inspectText = fc
  .tuple(
    fc.constantFrom('cluster', 'node', 'pod'),
    fc.constantFrom('1.0.0', '1.0.1', 'x'),
    fc.array(inspectLine, { maxLength: 20 }),
    fc.boolean(),
  )
  .chain(([script, version, lines, ended]) => {
    const all = [`# terway-triage inspect-terway-${script}.sh v${version}`, ...lines];
    if (ended) all.push(`# end inspect-terway-${script}.sh`);
    return cutShort(all.join('\n') + '\n');
  });

/** Usually whole, sometimes cut at a random point or with a random edit (a truncated paste). */
function cutShort(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(text) },
    { weight: 1, arbitrary: fc.nat(text.length).map((n) => text.slice(0, n)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.nat(text.length), fc.string({ maxLength: 6 }))
        .map(([n, s]) => text.slice(0, n) + s + text.slice(n)),
    },
  );
}
