// Is Terway in this paste? Only Terway-specific evidence says yes (terway-evidence.ts); another
// program's failure with no such evidence says no; shared signals alone (an OpenAPI code, an SDK
// error, an unnamed CNI in kubelet's wrapper) leave it unknown. One exception: Terway's eBPF datapath
// (datapath v2) appends `cilium-cni` to its own conflist and runs cilium-agent in the terway pod's
// `policy` container, so a cilium-cni error next to Terway, or on an ACK node, is Terway's own.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { Confidence, TerwayInvolvement } from '../report';
import type { ProducerIndex } from '../provenance/producer-index';
import type { Attribution } from './attribution';
import type { TerwayEvidence } from './terway-evidence';
import { rootScore } from './findings';
import { msg } from '../messages';
import { clausesOf, listOf } from '../text/joins';

/** ACK names nodes `<region-id>.<private IP>`: cn-hangzhou.10.0.3.19, ap-southeast-1.192.168.0.7 */
const ACK_NODE = /^(?:cn|ap|us|eu|me|sa|na)-[a-z]+(?:-\d{1,2})?\.\d{1,3}(?:\.\d{1,3}){3}$/;
/** a standalone Cilium install: its agent pods and DaemonSet are named cilium-xxxxx */
const CILIUM_AGENT = /\bcilium-[a-z0-9]{5}\b/;
const CILIUM = 'cilium-cni';

export interface Involvement {
  terway: TerwayInvolvement;
  /** the other programs whose failures the paste shows (calico, cilium-cni, cloud-controller-manager…) */
  foreign: string[];
  why: string;
  /** cilium-cni errors that belong to Terway's datapath v2 (or probably do) */
  chainedCilium?: boolean;
  /** how sure a not-involved answer is */
  confidence?: Confidence;
}

export function detectInvolvement(
  c: Collected,
  node: string | undefined,
  evidence: readonly TerwayEvidence[],
  who: Attribution,
  producers: ProducerIndex,
): Involvement {
  // another program's failure: a finding it wrote, or a CNI plugin the runtime names; one name per
  // program (a CNI by its plugin type, as kubelet prints it)
  const byProducer = new Map<string, string>();
  for (const g of c.groups) {
    // another CNI's fingerprint counts even when it is only informational
    if (rootScore(g) === 0 && g.entry.kind !== 'foreign-cni') continue;
    const p = producerOf(g, who, producers);
    if (p?.owner !== 'foreign') continue;
    if (g.entry.kind === 'foreign-cni') byProducer.set(p.id, g.entry.signal);
    else if (!byProducer.has(p.id)) byProducer.set(p.id, p.name);
  }
  const foreign = new Set(byProducer.values());
  for (const t of c.pluginTypes.keys()) if (t !== 'terway') foreign.add(t);
  const onlyCilium = foreign.size === 1 && foreign.has(CILIUM);

  if (evidence.length > 0) {
    const why = evidence.slice(0, 3).map((e) => msg('involvement.evidence', { why: e.why, line: e.line }));
    if (foreign.has(CILIUM)) why.push(msg('involvement.chainedCilium'));
    return {
      terway: 'involved',
      foreign: [...foreign],
      why: clausesOf(why),
      ...(foreign.has(CILIUM) ? { chainedCilium: true } : {}),
    };
  }
  if (onlyCilium) {
    const nodes = [node, ...c.pods.map((p) => p.node)].filter((n): n is string => !!n);
    const ack = nodes.find((n) => ACK_NODE.test(n));
    if (ack)
      return {
        terway: 'unknown',
        foreign: [...foreign],
        why: msg('involvement.ciliumOnAck', { node: ack }),
        chainedCilium: true,
      };
    const standalone =
      c.pods.some((p) => CILIUM_AGENT.test(p.name)) || c.documents.some((d) => CILIUM_AGENT.test(d.command ?? ''));
    return {
      terway: 'not-involved',
      foreign: [...foreign],
      why: msg('involvement.only', { who: CILIUM }),
      // without a Cilium agent in sight, the cilium-cni may still be Terway's datapath v2
      confidence: standalone ? 'high' : 'medium',
    };
  }
  if (foreign.size > 0)
    return {
      terway: 'not-involved',
      foreign: [...foreign],
      why: msg('involvement.only', { who: listOf([...foreign]) }),
    };
  return { terway: 'unknown', foreign: [], why: msg('involvement.noEvidence') };
}

function producerOf(g: Group, who: Attribution, producers: ProducerIndex) {
  const id = who.producerOf(g);
  return id ? producers.get(id) : undefined;
}
