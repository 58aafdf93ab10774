// SOP step 1: Terway component health. The terway pods' status, the components' own fatal log
// lines, and kubelet/CNI signals that the daemon cannot be reached. For a controlplane-side error
// the controlplane's health is what matters, not the daemon's.
import type { StepJudge, ReasonContext, Ask } from '../types';
import type { TerwayPodHealth } from '../terway-pods';
import { describeHealth, isControlplanePod } from '../terway-pods';
import { display } from '../display';
import { judged } from './judged';
import { isComponentFailure, isControlplanePodSide, isIndirect, logSourceOf } from '../scope';
import { msg } from '../../messages';
import { clausesOf } from '../../text/joins';

export const healthStep: StepJudge = {
  step: 1,
  judge(ctx, ask) {
    const c = ctx.collected;
    const focus = ctx.root ?? ctx.lead;
    const sick = ctx.terwayPods.filter((p) => !p.healthy);
    const direct = ctx.problems.filter(isComponentFailure);
    const indirect = ctx.problems.filter((g) => g.entry.sopStep === 1 && isIndirect(g));
    const node = ctx.names['node'];

    if (sick.length > 0 || direct.length > 0) {
      const parts = sick.map((p) => msg('step.lineRef', { what: describeHealth(p), line: p.line }));
      for (const g of direct.slice(0, 3)) parts.push(msg('step.lineRef', { what: display(g), line: g.firstLine }));
      // a component's own fatal line already says why; otherwise the failing container's log does
      // one pod is enough to read: the one on the node in question, else the first
      const first = sick.find((p) => p.node && p.node === node) ?? sick[0];
      if (direct.length === 0 && first) askForLogs(ctx, ask, first);
      return judged('problem', clausesOf(parts));
    }
    if (indirect.length > 0) {
      const first = indirect[0]!;
      const onNode = ctx.terwayPods.find((p) => p.node && p.node === node);
      const where = onNode
        ? msg('step.health.onNodeRunning', { pod: onNode.name, node: onNode.node! })
        : msg('step.health.podsLookRunning');
      if (ctx.terwayPods.length === 0) ask('terway-pods-for-socket');
      const more =
        ctx.terwayPods.length > 0 ? msg('step.health.checkHostPath', { where }) : msg('step.health.podStatusMissing');
      return judged(
        'problem',
        msg('step.health.cniUnreachable', { signal: display(first), line: first.firstLine, more }),
      );
    }
    if (focus && isControlplanePodSide(focus)) {
      // the pod controller and the webhook live in terway-controlplane, not in the daemon
      const cp = ctx.terwayPods.filter((p) => isControlplanePod(p.name));
      if (c.events.some((e) => (e.source ?? e.reportingController ?? '').startsWith('terway-controlplane')))
        return judged('ok', msg('step.health.controlplaneReporting'));
      if (cp.length > 0) return judged('ok', msg('step.health.controlplaneRunning', { count: cp.length }));
      ask('controlplane-pods');
      return judged('missing', msg('step.health.controlplaneMissing'));
    }
    if (ctx.terwayPods.length > 0)
      return judged('ok', msg('step.health.podsRunning', { count: ctx.terwayPods.length }));
    if (c.events.some((e) => (e.source ?? e.reportingController ?? '').startsWith('terway-daemon')))
      return judged('ok', msg('step.health.daemonReporting'));
    ask('terway-pods');
    return judged('missing', msg('step.health.podsMissing'));
  },
};

/** a terway pod that is not healthy: the log of the container that fails, unless it is pasted */
function askForLogs(ctx: ReasonContext, ask: Ask, pod: TerwayPodHealth): void {
  const terwayPod = pod.name;
  if (ctx.collected.logSources.some((l) => l.pod === terwayPod)) return;
  if (isControlplanePod(terwayPod)) {
    ask('controlplane-pod-log', { terwayPod });
    return;
  }
  const policy = ctx.involvement.chainedCilium || (ctx.lead !== undefined && logSourceOf(ctx.lead) === 'policy');
  const container = pod.container ?? (pod.status.startsWith('Init:') ? 'terway-init' : policy ? 'policy' : undefined);
  if (!container) {
    ask('terway-pod-containers', { terwayPod });
    ask('terway-pod-log', { terwayPod });
    return;
  }
  ask(container === 'terway-init' ? 'terway-init-log' : 'terway-container-log', {
    terwayPod,
    container,
    status: pod.status,
  });
}
