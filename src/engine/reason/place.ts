// Where the problem sits: the vSwitch and zone a capacity error is about. The catalog captures
// them when the message spells them out; otherwise the paste usually tells them elsewhere: the
// message quotes the vSwitch (`VSwitch "vsw-…"`), eni-config maps zones to vSwitches, the Node CR
// records `Zone ID`, and the node carries `topology.kubernetes.io/zone`.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';

const VSW = /\bvsw-[0-9a-z]{8,40}\b/g;
const ZONE_LABELS = ['topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone'];

export interface Place {
  vsw?: string;
  zone?: string;
}

export function placeOf(c: Collected, node: string | undefined, root: Group | undefined): Place {
  const out: Place = {};
  const vsw = root?.captures['vsw'] ?? onlyVswitch(root);
  if (vsw) out.vsw = vsw;
  const zone = root?.captures['zone'] ?? (vsw ? zoneOfVswitch(c, vsw) : undefined) ?? zoneOfNode(c, node);
  if (zone) out.zone = zone;
  return out;
}

/** the one vSwitch the root's evidence names (several: the message is about a list, pick none) */
function onlyVswitch(root: Group | undefined): string | undefined {
  if (!root) return undefined;
  const seen = new Set<string>();
  for (const e of root.evidence) for (const m of e.text.matchAll(VSW)) seen.add(m[0]);
  return seen.size === 1 ? [...seen][0] : undefined;
}

function zoneOfVswitch(c: Collected, vsw: string): string | undefined {
  for (const cfg of c.configs) {
    const raw = cfg.settings['vswitches'];
    if (!raw) continue;
    try {
      const map = JSON.parse(raw) as Record<string, unknown>;
      for (const [zone, list] of Object.entries(map)) if (Array.isArray(list) && list.includes(vsw)) return zone;
    } catch {
      // not JSON: an eni-config the parser could not normalise; nothing to look up
    }
  }
  return undefined;
}

function zoneOfNode(c: Collected, node: string | undefined): string | undefined {
  const objects = node ? c.objects.filter((o) => o.name === node) : c.objects;
  for (const o of objects) {
    if (o.kind.startsWith('Node.') || o.kind === 'NodeCR') {
      const key = Object.keys(o.fields).find((k) => k.endsWith('Zone ID'));
      if (key && o.fields[key]) return o.fields[key];
    }
    if (o.kind === 'Node') for (const l of ZONE_LABELS) if (o.labels[l]) return o.labels[l];
  }
  const inspect = c.inspects.find((i) => i.script === 'node' && (!node || i.values['node.name'] === node));
  const z = inspect?.values['node.zone'];
  return z && z !== 'not set' && z !== 'not found' ? z : undefined;
}
