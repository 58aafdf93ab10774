// The lead names a failure but not its cause (SOP step 5): say where the cause is, not what it is.
import type { VerdictRule } from '../types';
import { fillCommand } from '../../commands/fill';
import { display, signalTextOf } from '../display';
import { logSourceOf, type LogSource } from '../scope';
import { clip, eventMessage } from './event-message';
import { msg } from '../../messages';
import { listOf } from '../../text/joins';

const LOG: Record<LogSource | 'init', string> = {
  init: 'kubectl logs -n kube-system {terwayPod} -c terway-init',
  daemon: 'kubectl logs -n kube-system {terwayPod} -c terway --since=1h',
  controlplane: 'kubectl logs -n kube-system deploy/terway-controlplane --since=1h',
  policy: 'kubectl logs -n kube-system {terwayPod} -c policy --since=1h',
};

const SIDE = {
  init: 'verdict.opaque.init',
  controlplane: 'verdict.opaque.controlplane',
  policy: 'verdict.opaque.policy',
} as const;

export const opaqueRule: VerdictRule = {
  id: 'opaque',
  decide(ctx) {
    const lead = ctx.lead;
    if (ctx.root || !lead) return undefined;
    const message = eventMessage(ctx.collected, lead) ?? signalTextOf(lead) ?? display(lead);
    const where = lead.objects.length > 0 ? msg('verdict.on', { objects: listOf(lead.objects.slice(0, 2)) }) : '';
    const node = ctx.context.node ? msg('verdict.on', { objects: ctx.context.node }) : '';
    // terway-init prints its error before it exits: its own output, not the daemon's, has the cause
    const source = lead.entry.component === 'terway-init' ? 'init' : logSourceOf(lead);
    const log = fillCommand(LOG[source], ctx.names);
    const side =
      source !== 'daemon'
        ? msg(SIDE[source], { node })
        : lead.entry.component === 'cni-via-daemon'
          ? msg('verdict.opaque.cni', { node })
          : msg('verdict.opaque.daemon', { node });
    return {
      category: 'unknown',
      confidence: 'low',
      summary: msg('verdict.opaque', { title: lead.entry.title, where, message: clip(message), side, log }),
    };
  },
};
