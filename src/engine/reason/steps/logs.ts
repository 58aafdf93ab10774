// SOP step 5: the component logs. Events say what failed; only a component's own error or an
// OpenAPI code says why. When the paste has neither, the log of the component that knows is asked for.
import type { StepJudge } from '../types';
import { namesNoCause } from '../causality';
import { KIND_TRAITS } from '../../catalog/types';
import { rootScore } from '../findings';
import { judged } from './judged';
import { logSourceOf, type LogSource } from '../scope';
import { msg } from '../../messages';

const LOG_ASK: Record<LogSource, string> = {
  daemon: 'log-daemon',
  controlplane: 'log-controlplane',
  policy: 'log-policy',
};

export const logsStep: StepJudge = {
  step: 5,
  judge(ctx, ask) {
    const focus = ctx.root ?? ctx.lead;
    const logGroups = ctx.problems.filter((g) => g.origin.kind === 'log');
    if (logGroups.length > 0)
      return judged(
        'problem',
        msg('step.logs.problem', {
          count: logGroups.length,
          line: Math.min(...logGroups.map((g) => g.firstLine)),
        }),
      );
    const logLines = ctx.collected.stats.logLines;
    if (logLines > 0) return judged('ok', msg('step.logs.ok', { count: logLines }));
    const explained = ctx.problems.some((g) => KIND_TRAITS[g.entry.kind].namesCause);
    const category = focus ? ctx.categoryOf(focus) : undefined;
    const ambiguous =
      !!focus &&
      (namesNoCause(focus) ||
        rootScore(focus) < 50 ||
        (!explained && (category === 'resource-exhaustion' || category === 'terway-bug')));
    if (focus && ambiguous && !(focus.entry.sopStep === 1 && KIND_TRAITS[focus.entry.kind].wrapper)) {
      ask(LOG_ASK[logSourceOf(focus)]);
      return judged('missing', msg('step.logs.missing'));
    }
    return judged('n/a', msg(focus ? 'step.logs.eventsNameCause' : 'step.logs.noFailure'));
  },
};
