// SOP step 2: the failing pod's events. With a health root (step 1), the pod's FailedCreatePodSandBox
// and bare wrappers only repeat step 1's failure and are not pod problems of their own.
import type { Group } from '../../match/aggregate';
import type { StepJudge } from '../types';
import { namesNoCause } from '../causality';
import { judged } from './judged';
import { isPodEvent } from '../scope';
import { msg } from '../../messages';
import { listOf } from '../../text/joins';

export const podEventsStep: StepJudge = {
  step: 2,
  judge(ctx, ask, earlier) {
    const c = ctx.collected;
    const focus = ctx.root ?? ctx.lead;
    const podProblems = ctx.problems.filter(isPodEvent);
    const healthRoot = focus?.entry.sopStep === 1;
    const own = healthRoot
      ? podProblems.filter(
          (g) =>
            g !== focus &&
            !ctx.symptoms.includes(g) &&
            g.entry.sopStep !== 1 &&
            !(g.entry.kind !== 'event' && namesNoCause(g)),
        )
      : podProblems;
    const hasPodEvents =
      c.events.some((e) => (e.object?.kind ?? 'Pod').toLowerCase() === 'pod') ||
      c.objects.some((o) => o.kind === 'Pod');
    const step1 = earlier.find((i) => i.sopStep === 1);

    if (own.length > 0) return judged('problem', msg('step.pod.warnings', { reasons: listOf(reasons(own)) }));
    if (podProblems.length > 0 || (step1?.status === 'problem' && !hasPodEvents)) {
      const echoes = reasons(podProblems);
      const echo =
        echoes.length === 0
          ? ''
          : msg(echoes.length === 1 ? 'step.pod.echoOne' : 'step.pod.echoMany', { reasons: listOf(echoes) });
      return judged('n/a', msg('step.pod.fixStep1First', { echo }));
    }
    if (hasPodEvents) return judged('ok', msg('step.pod.ok'));
    ask('describe-pod');
    return judged('missing', msg('step.pod.missing'));
  },
};

function reasons(gs: readonly Group[]): string[] {
  return [...new Set(gs.map((g) => (g.origin.kind === 'event' ? g.origin.reason : g.entry.signal)))];
}
