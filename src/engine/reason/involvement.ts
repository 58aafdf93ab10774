// Is Terway the CNI in this paste? Another plugin's fingerprints with no Terway signal mean the
// engine must say "not Terway" instead of inventing a Terway cause. One exception: Terway's eBPF
// datapath (datapath v2) appends `cilium-cni` to its own conflist and runs cilium-agent in the
// terway pod's `policy` container, so a cilium-cni error next to terway pods, or on an ACK node,
// is Terway's own.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { Confidence, TerwayInvolvement } from '../report';
import { isTerwayPod } from './terway-pods';
import { KIND_TRAITS } from '../catalog/types';

const TERWAY_SOURCE = /^terway-(daemon|controlplane)/;
/** ACK names nodes `<region-id>.<private IP>`: cn-hangzhou.10.0.3.19, ap-southeast-1.192.168.0.7 */
const ACK_NODE = /^(?:cn|ap|us|eu|me|sa|na)-[a-z]+(?:-\d{1,2})?\.\d{1,3}(?:\.\d{1,3}){3}$/;
/** a standalone Cilium install: its agent pods and DaemonSet are named cilium-xxxxx */
const CILIUM_AGENT = /\bcilium-[a-z0-9]{5}\b/;
const CILIUM = 'cilium-cni';

export interface Involvement {
  terway: TerwayInvolvement;
  /** names of other CNIs seen (calico, cilium-cni, aws-cni…) */
  foreign: string[];
  why: string;
  /** cilium-cni errors that belong to Terway's datapath v2 (or probably do) */
  chainedCilium?: boolean;
  /** how sure a not-involved answer is */
  confidence?: Confidence;
}

export function detectInvolvement(c: Collected, groups: Group[], node: string | undefined): Involvement {
  const foreign = new Set<string>();
  for (const g of groups) if (KIND_TRAITS[g.entry.kind].foreign) foreign.add(g.entry.signal);
  for (const t of c.pluginTypes.keys()) if (t !== 'terway') foreign.add(t);
  const onlyCilium = foreign.size === 1 && foreign.has(CILIUM);

  const reasons: string[] = [];
  if (c.pluginTypes.has('terway')) reasons.push('kubelet calls the terway CNI plugin');
  const own = groups.find((g) => !KIND_TRAITS[g.entry.kind].foreign && !KIND_TRAITS[g.entry.kind].wrapper);
  if (own) reasons.push(`Terway signal ${own.variant?.signal ?? own.entry.signal}`);
  if (c.events.some((e) => TERWAY_SOURCE.test(e.source ?? e.reportingController ?? '')))
    reasons.push('events reported by Terway components');
  if (c.pods.some((p) => isTerwayPod(p.name)) || c.objects.some((o) => isTerwayPod(o.name)))
    reasons.push('Terway pods listed');
  if (c.configs.length > 0 || c.inspects.length > 0) reasons.push('Terway configuration');

  if (reasons.length > 0) {
    const chained = foreign.has(CILIUM) ? { chainedCilium: true } : {};
    if (foreign.has(CILIUM)) reasons.push('cilium-cni is chained by Terway datapath v2');
    return { terway: 'involved', foreign: [...foreign], why: reasons.join('; '), ...chained };
  }
  if (onlyCilium) {
    const nodes = [node, ...c.pods.map((p) => p.node)].filter((n): n is string => !!n);
    const ack = nodes.find((n) => ACK_NODE.test(n));
    if (ack)
      return {
        terway: 'unknown',
        foreign: [...foreign],
        why: `cilium-cni on the ACK node ${ack}: Terway datapath v2 chains cilium-cni`,
        chainedCilium: true,
      };
    const standalone =
      c.pods.some((p) => CILIUM_AGENT.test(p.name)) || c.documents.some((d) => CILIUM_AGENT.test(d.command ?? ''));
    return {
      terway: 'not-involved',
      foreign: [...foreign],
      why: `only ${CILIUM} signals`,
      // without a Cilium agent in sight, the cilium-cni may still be Terway's datapath v2
      confidence: standalone ? 'high' : 'medium',
    };
  }
  if (foreign.size > 0)
    return { terway: 'not-involved', foreign: [...foreign], why: `only ${[...foreign].join(', ')} signals` };
  return { terway: 'unknown', foreign: [], why: 'no CNI signal of any kind' };
}
