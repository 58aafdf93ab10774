// Verdicts without a named root cause: not Terway, Terway's chained cilium-cni, an event that names
// a failure but not its cause, and pastes with no failure at all.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { Verdict } from '../report';
import type { VerdictInputs } from './verdict';
import { describeHealth, isTerwayDaemonPod, type TerwayPodHealth } from './terway-pods';
import { fillCommand } from '../commands/fill';
import { display, signalTextOf } from './display';
import { logSourceOf } from './scope';
import { firstSentence } from '../catalog/first-sentence';

export function notTerwayVerdict(v: VerdictInputs): Verdict {
  const cilium = v.involvement.foreign.length === 1 && v.involvement.foreign[0] === 'cilium-cni';
  return {
    category: 'unknown',
    confidence: v.involvement.confidence ?? 'high',
    summary:
      `This paste is not about Terway: the failing CNI is ${v.involvement.foreign.join(', ')}. ` +
      'Terway Triage does not diagnose other plugins; follow that plugin’s own troubleshooting, and paste Terway output here if the cluster does run Terway.' +
      (cilium
        ? " On ACK, Terway’s datapath v2 chains cilium-cni itself: if this cluster runs Terway, paste `kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide`."
        : ''),
  };
}

/** Terway datapath v2: cilium-cni is Terway's, and cilium-agent runs in the terway pod's `policy` container. */
export function chainedCiliumVerdict(v: VerdictInputs, g: Group): Verdict {
  const sick = sickOnNode(v);
  const what =
    g.variant?.id === 'daemon'
      ? 'kubelet’s cilium-cni cannot reach cilium-agent (`unable to connect to Cilium daemon`, /var/run/cilium/cilium.sock)'
      : 'kubelet’s cilium-cni fails';
  const logs = fillCommand('kubectl logs -n kube-system {terwayPod} -c policy', v.names);
  const parts = [
    `${what}${g.objects[0] ? ` for ${g.objects[0]}` : ''}.`,
    'Terway datapath v2 (eBPF) chains cilium-cni after terway in its own conflist and runs cilium-agent in the terway pod’s `policy` container, so this is Terway’s datapath, not a foreign CNI.',
    sick
      ? `${describeHealth(sick)}; the container that is not ready is most likely \`policy\`: \`${logs}\` says why.`
      : `Check the terway pod on the node and its \`policy\` container: \`${logs}\`.`,
  ];
  if (v.involvement.terway !== 'involved') parts.push(`Terway is not confirmed by the paste (${v.involvement.why}).`);
  return {
    category: v.involvement.terway === 'involved' ? 'environment' : 'unknown',
    confidence: v.involvement.terway === 'involved' && sick ? 'medium' : 'low',
    summary: parts.join(' '),
    rootCause: g.entry.id,
  };
}

/** The event names a failure but not its cause (SOP step 5): say where the cause is, not what it is. */
export function opaqueVerdict(v: VerdictInputs, lead: Group): Verdict {
  const message = eventMessage(v.collected, lead) ?? signalTextOf(lead) ?? display(lead);
  const where = lead.objects.length > 0 ? ` on ${lead.objects.slice(0, 2).join(', ')}` : '';
  const source = logSourceOf(lead);
  const node = v.context.node ? ` on ${v.context.node}` : '';
  const log =
    source === 'controlplane'
      ? fillCommand('kubectl logs -n kube-system deploy/terway-controlplane --since=1h', v.names)
      : fillCommand('kubectl logs -n kube-system {terwayPod} -c terway --since=1h', v.names);
  const side =
    source === 'controlplane'
      ? 'terway-controlplane did not say why; its log has the cause'
      : lead.entry.component === 'cni-via-daemon'
        ? `the CNI’s call to terwayd failed without a cause, so it is likely daemon-side: the terway daemon log${node} has it`
        : `terwayd did not say why; the terway daemon log${node} has it`;
  return {
    category: 'unknown',
    confidence: 'low',
    summary:
      `${lead.entry.title}${where}, but the message names the failure, not its cause: “${clip(message)}”. ` +
      `${capital(side)}: \`${log}\` around the event time.`,
  };
}

export function noRootVerdict(v: VerdictInputs): Verdict {
  const c = v.collected;
  const sick = v.terwayPods.filter((p) => !p.healthy);
  if (sick.length > 0)
    return {
      category: 'unknown',
      confidence: 'medium',
      summary: `Terway is not healthy (${sick.map(describeHealth).join('; ')}) but the paste does not say why. Paste the logs of the container that is not ready (terway-init, terway or policy) of that pod.`,
    };
  const empty =
    c.stats.lines === 0 ||
    (c.stats.events === 0 &&
      c.stats.objects === 0 &&
      c.pods.length === 0 &&
      c.stats.logLines === 0 &&
      c.configs.length === 0 &&
      c.inspects.length === 0);
  if (empty)
    return {
      category: 'unknown',
      confidence: 'low',
      summary: 'Nothing recognisable was found: paste kubectl describe output, events or Terway logs.',
    };
  // Terway's own informational warnings (VirtualModeChanged) are notes, not failures
  const notes = c.groups.filter(
    (g) => g.origin.kind === 'event' && g.entry.kind === 'event' && g.origin.type === 'Warning',
  );
  const known = new Set(notes.map((g) => (g.origin.kind === 'event' ? g.origin.reason : '')));
  const warnings = c.events.filter((e) => e.type === 'Warning' && !known.has(e.reason));
  if (warnings.length > 0) {
    const reasons = [...new Set(warnings.map((e) => e.reason))].slice(0, 5);
    return {
      category: 'unknown',
      confidence: 'low',
      summary: `No Terway signal found. The Warning events (${reasons.join(', ')}) are outside Terway’s scope; if the pod still has no network, paste its describe output and the terway pod status.`,
    };
  }
  const remarks = [...new Set(notes.map((g) => `${display(g)}: ${firstSentence(g.entry.explanation)}`))];
  return {
    category: 'none',
    confidence: c.stats.events > 0 || v.terwayPods.length > 0 ? 'high' : 'medium',
    summary: [`Nothing is wrong with Terway in this paste: ${describeHealthy(c, v.terwayPods)}`, ...remarks].join(' '),
  };
}

function sickOnNode(v: VerdictInputs): TerwayPodHealth | undefined {
  const daemons = v.terwayPods.filter((p) => isTerwayDaemonPod(p.name) && !p.healthy);
  return (
    daemons.find((p) => p.node && p.node === v.context.node) ??
    daemons.find((p) => p.name === v.context.terwayPod) ??
    daemons[0]
  );
}

export function eventMessage(c: Collected, g: Group): string | undefined {
  if (g.origin.kind !== 'event') return undefined;
  return c.events.find((e) => e.lines.start === g.firstLine)?.message;
}

function describeHealthy(c: Collected, pods: TerwayPodHealth[]): string {
  const bits: string[] = [];
  if (pods.length > 0) bits.push(`${pods.length} Terway pod(s) Running`);
  const normal = c.events.filter((e) => e.type === 'Normal').length;
  if (normal > 0) bits.push(`${normal} Normal event(s) and no failure`);
  if (c.events.some((e) => e.reason === 'AllocIPSucceed')) bits.push('Terway allocated the pod IP (AllocIPSucceed)');
  return bits.length > 0 ? `${bits.join('; ')}.` : 'no error signal in what was pasted.';
}

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
