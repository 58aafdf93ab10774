// The SOP's health gate in the summary: when the CNI cannot reach terwayd, the terway pod on that
// node is what to look at — crashing (its log says why) or Running (then the hostPath /var/run/eni
// that carries eni.socket is not shared with the host).
import type { Group } from '../match/aggregate';
import type { VerdictInputs } from './verdict';
import { describeHealth, isControlplanePod, isTerwayDaemonPod } from './terway-pods';
import { signalOf } from './display';
import { isIndirect } from './scope';

export function healthSentences(v: VerdictInputs, root: Group): string[] {
  const out: string[] = [];
  const node = v.context.node;
  // a controlplane failure is about its own pods, everything else about the daemon's
  const controlplane = root.entry.component.startsWith('terway-controlplane');
  const daemons = v.terwayPods.filter((p) => (controlplane ? isControlplanePod(p.name) : isTerwayDaemonPod(p.name)));
  const onNode = node && !controlplane ? daemons.find((p) => p.node === node) : undefined;
  const sick =
    onNode && !onNode.healthy
      ? onNode
      : daemons.find((p) => !p.healthy && (controlplane || !node || !p.node || p.node === node));
  const socket = [root, ...v.symptoms].some((g) => signalOf(g).includes('eni.socket'));
  if (root.entry.sopStep === 1 && isIndirect(root)) {
    out.push(
      socket
        ? 'While the CNI cannot reach terwayd no AllocIPFailed event can be recorded, so look at the terway pod on the node, not at the pod’s events.'
        : 'The terway pod on the node writes the CNI config (terway-init) and serves the CNI (terwayd): look at that pod, not at the pod’s events.',
    );
    if (sick) out.push(`${describeHealth(sick)}: its logs say why terwayd is not serving.`);
    else if (onNode && socket)
      out.push(
        `${onNode.name} on ${node} is Running, so check that the hostPath /var/run/eni is mounted into it (the DaemonSet's volumes) and that eni.socket exists there on the node.`,
      );
    else if (socket)
      out.push(
        `Check the terway pod on ${node ?? 'that node'}; if it is Running, check that the hostPath /var/run/eni is mounted into it and holds eni.socket.`,
      );
  } else if (root.entry.sopStep === 1 && sick) {
    out.push(`${describeHealth(sick)}.`);
  }
  return out;
}
