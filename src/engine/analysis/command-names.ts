// Names a pasted kubectl command gives away: `kubectl describe pod web-1 -n shop`, `kubectl logs
// terway-eniip-h8k3p -c terway`, `kubectl get events --field-selector involvedObject.name=x`,
// `kubectl events --for pod/x`. The output under a prompt often omits them (a `| sed` cut, a
// `tail`), so the command is the only place the pod, node or container is named.
import type { EventRecord } from '../records';
import { firstCommand, FLAGS_WITH_VALUE, KUBECTL_WORDS } from '../parse/prompt';

export interface CommandNames {
  verb?: string;
  /** resource as typed, lower-cased: `pod`, `po`, `node`, `nodes.network.alibabacloud.com` */
  resource?: string;
  /** the kind the resource means: Pod, Node, NodeCR, PodENI, PodNetworking */
  kind?: 'Pod' | 'Node' | 'NodeCR' | 'PodENI' | 'PodNetworking';
  name?: string;
  namespace?: string;
  container?: string;
  /** `--field-selector spec.nodeName=x` */
  nodeName?: string;
}

/** an object name as typed, or masked for sharing (`terway-eniip-*****`): the filler still refuses masked ones */
const NAME = /^[a-z0-9][a-z0-9.*-]{0,252}$/;

function kindOf(resource: string): CommandNames['kind'] {
  const r = resource.toLowerCase();
  if (r === 'pod' || r === 'pods' || r === 'po') return 'Pod';
  if (r === 'node' || r === 'nodes' || r === 'no') return 'Node';
  if (r.startsWith('nodes.network.alibabacloud.com') || r.startsWith('node.network.alibabacloud.com')) return 'NodeCR';
  if (r.startsWith('podeni')) return 'PodENI';
  if (r.startsWith('podnetworking')) return 'PodNetworking';
  return undefined;
}

export function namesFromCommand(command: string): CommandNames {
  // only the first command of a pipeline produces the output; later ones filter it
  const words = firstCommand(command).split(/\s+/);
  if (words[0] === 'sudo') words.shift();
  const out: CommandNames = {};
  if (!KUBECTL_WORDS.has(words[0] ?? '')) return out;
  const positional: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith('-')) {
      positional.push(w);
      continue;
    }
    const eq = w.indexOf('=');
    const flag = eq > 0 ? w.slice(0, eq) : w;
    const value = eq > 0 ? w.slice(eq + 1) : FLAGS_WITH_VALUE.has(w) ? words[++i] : undefined;
    if (value === undefined) continue;
    const v = value.replace(/^['"]|['"]$/g, '');
    if (flag === '-n' || flag === '--namespace') out.namespace = v;
    else if (flag === '-c' || flag === '--container') out.container = v;
    else if (flag === '--for') takeSlashed(out, v);
    else if (flag === '--field-selector')
      for (const part of v.split(',')) {
        const [k, val] = part.split('=');
        if (!val) continue;
        if (k === 'involvedObject.name' || k === 'metadata.name') out.name ??= val;
        else if (k === 'involvedObject.kind') out.kind ??= kindOf(val);
        else if (k === 'involvedObject.namespace') out.namespace ??= val;
        else if (k === 'spec.nodeName') out.nodeName = val;
      }
  }
  if (positional[0] === 'alpha') positional.shift();
  out.verb = positional[0];
  if (out.verb === 'logs' || out.verb === 'exec') {
    const target = positional[1];
    if (target) {
      if (target.includes('/')) takeSlashed(out, target);
      else if (NAME.test(target)) {
        out.kind = 'Pod';
        out.name = target;
      }
    }
    return out;
  }
  const resource = positional[1];
  if (!resource) return out;
  if (resource.includes('/')) {
    takeSlashed(out, resource);
    return out;
  }
  out.resource = resource.toLowerCase();
  out.kind ??= kindOf(resource);
  const name = positional[2];
  if (name && NAME.test(name)) out.name = name;
  return out;
}

/** `pod/web-1`, `node/cn-hangzhou.10.0.0.1` */
function takeSlashed(out: CommandNames, v: string): void {
  const slash = v.indexOf('/');
  const kind = kindOf(v.slice(0, slash));
  const name = v.slice(slash + 1);
  if (!NAME.test(name)) return;
  if (kind) out.kind = kind;
  out.name = name;
}

/**
 * `kubectl describe node x | sed -n '/Events/,$p'` leaves an Events table without its object, and
 * `kubectl get events -n ns` rows name no namespace: the prompt's command names them.
 */
export function withPromptObject(ev: EventRecord, names: CommandNames): EventRecord {
  if (!ev.object?.name && names.kind && names.name && (names.verb === 'describe' || names.verb === 'events')) {
    const cr = names.kind === 'NodeCR';
    const namespaced = names.kind === 'Pod' || names.kind === 'PodENI';
    return {
      ...ev,
      object: {
        kind: cr ? 'Node.network.alibabacloud.com' : names.kind,
        ...(cr ? { apiGroup: 'network.alibabacloud.com' } : {}),
        name: names.name,
        ...(namespaced && names.namespace ? { namespace: names.namespace } : {}),
      },
    };
  }
  const kind = ev.object?.kind?.toLowerCase();
  if (ev.object && !ev.object.namespace && names.namespace && (kind === 'pod' || kind === 'podeni'))
    return { ...ev, object: { ...ev.object, namespace: names.namespace } };
  return ev;
}
