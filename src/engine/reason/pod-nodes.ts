// Which node each pod runs on, from every place a paste says it: `get pods -o wide`, a describe's
// `Node:` field, the scheduler's `Successfully assigned ns/pod to node` and the host of a kubelet
// event (`kubelet, node-1`). Keys are `ns/name` (or the bare name when the namespace is unknown).
import type { Collected } from '../analysis/collector';

const ASSIGNED = /^Successfully assigned ([\w.-]+)\/([\w.-]+) to ([\w.-]+)$/;

export function podNodes(c: Collected): Map<string, string> {
  const nodes = new Map<string, string>();
  const note = (ns: string | undefined, pod: string, node: string | undefined) => {
    if (!node || node === '<none>') return;
    if (ns) nodes.set(`${ns}/${pod}`, node);
    if (!nodes.has(pod)) nodes.set(pod, node);
  };
  for (const p of c.pods) note(p.namespace, p.name, p.node);
  for (const o of c.objects) if (o.kind === 'Pod') note(o.namespace, o.name, o.fields['Node']?.split('/')[0]?.trim());
  for (const e of c.events) {
    const m = e.reason === 'Scheduled' ? ASSIGNED.exec(e.message) : null;
    if (m) note(m[1], m[2]!, m[3]);
    else if (e.sourceHost && e.object?.kind === 'Pod' && e.object.name)
      note(e.object.namespace, e.object.name, e.sourceHost);
  }
  return nodes;
}

export function nodeOf(nodes: Map<string, string>, kind: string | undefined, ns: string | undefined, name: string) {
  if (kind && /^node(?:\.|$)/i.test(kind)) return name;
  if (kind && kind !== 'Pod') return undefined;
  return (ns ? nodes.get(`${ns}/${name}`) : undefined) ?? nodes.get(name);
}
