// Terway datapath v2: cilium-cni is Terway's own, and cilium-agent runs in the terway pod's `policy`
// container, so a cilium-cni failure next to Terway sends the engineer to that container.
import type { VerdictRule } from '../types';
import { describeHealth } from '../terway-pods';
import { fillCommand } from '../../commands/fill';
import { sickDaemonOnNode } from './sick-daemon';
import { msg } from '../../messages';
import { sentencesOf } from '../../text/joins';

export const chainedCiliumRule: VerdictRule = {
  id: 'chained-cilium',
  decide(ctx) {
    const g = ctx.root ?? ctx.lead;
    if (!g || !ctx.involvement.chainedCilium || g.entry.signal !== 'cilium-cni') return undefined;
    const involved = ctx.involvement.terway === 'involved';
    const sick = sickDaemonOnNode(ctx);
    const what = msg(g.variant?.id === 'daemon' ? 'verdict.cilium.daemon' : 'verdict.cilium.fails');
    const logs = fillCommand('kubectl logs -n kube-system {terwayPod} -c policy', ctx.names);
    const parts = [
      g.objects[0] ? msg('verdict.cilium.for', { what, object: g.objects[0] }) : `${what}.`,
      msg('verdict.cilium.datapath'),
      sick ? msg('verdict.cilium.sick', { health: describeHealth(sick), logs }) : msg('verdict.cilium.check', { logs }),
    ];
    if (!involved) parts.push(msg('verdict.cilium.unconfirmed', { why: ctx.involvement.why }));
    return {
      category: involved ? 'environment' : 'unknown',
      confidence: involved && sick ? 'medium' : 'low',
      summary: sentencesOf(parts),
      rootCause: g.entry.id,
    };
  },
};
