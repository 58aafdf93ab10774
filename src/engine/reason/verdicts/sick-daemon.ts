// The terway daemon pod that is not healthy, preferring the one on the node in question.
import type { ReasonContext } from '../types';
import { isTerwayDaemonPod, type TerwayPodHealth } from '../terway-pods';

export function sickDaemonOnNode(ctx: ReasonContext): TerwayPodHealth | undefined {
  const daemons = ctx.terwayPods.filter((p) => isTerwayDaemonPod(p.name) && !p.healthy);
  return (
    daemons.find((p) => p.node && p.node === ctx.context.node) ??
    daemons.find((p) => p.name === ctx.context.terwayPod) ??
    daemons[0]
  );
}
