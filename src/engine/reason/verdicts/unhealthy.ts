// Terway pods are not healthy but nothing in the paste says why: ask for the failing container's log.
import type { VerdictRule } from '../types';
import { describeHealth } from '../terway-pods';
import { msg } from '../../messages';
import { clausesOf } from '../../text/joins';

export const unhealthyRule: VerdictRule = {
  id: 'unhealthy-without-cause',
  decide(ctx) {
    const sick = ctx.terwayPods.filter((p) => !p.healthy);
    if (sick.length === 0) return undefined;
    return {
      category: 'unknown',
      confidence: 'medium',
      summary: msg('verdict.unhealthy', { pods: clausesOf(sick.map(describeHealth)) }),
    };
  },
};
