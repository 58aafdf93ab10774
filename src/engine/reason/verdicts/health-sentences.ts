// The SOP's health gate in the summary: when the CNI cannot reach terwayd, the terway pod on that
// node is what to look at — crashing (its log says why) or Running (then the hostPath /var/run/eni
// that carries eni.socket is not shared with the host).
import type { Group } from '../../match/aggregate';
import type { ReasonContext } from '../types';
import { describeHealth, isControlplanePod, isTerwayDaemonPod } from '../terway-pods';
import { signalOf } from '../display';
import { isIndirect } from '../scope';
import { msg } from '../../messages';

export function healthSentences(ctx: ReasonContext, root: Group): string[] {
  const out: string[] = [];
  const node = ctx.context.node;
  // a controlplane failure is about its own pods, everything else about the daemon's
  const controlplane = root.entry.component.startsWith('terway-controlplane');
  const daemons = ctx.terwayPods.filter((p) => (controlplane ? isControlplanePod(p.name) : isTerwayDaemonPod(p.name)));
  const onNode = node && !controlplane ? daemons.find((p) => p.node === node) : undefined;
  const sick =
    onNode && !onNode.healthy
      ? onNode
      : daemons.find((p) => !p.healthy && (controlplane || !node || !p.node || p.node === node));
  const socket = [root, ...ctx.symptoms].some((g) => signalOf(g).includes('eni.socket'));
  if (root.entry.sopStep === 1 && isIndirect(root)) {
    out.push(msg(socket ? 'verdict.health.socket' : 'verdict.health.cni'));
    if (sick) out.push(msg('verdict.health.sick', { health: describeHealth(sick) }));
    else if (onNode && socket) out.push(msg('verdict.health.runningOnNode', { pod: onNode.name, node: node! }));
    else if (socket) out.push(msg('verdict.health.checkNode', { node: node ?? msg('verdict.health.thatNode') }));
  } else if (root.entry.sopStep === 1 && sick) {
    out.push(`${describeHealth(sick)}.`);
  }
  return out;
}
