// The verdict rules in the order the SOP weighs them: not Terway at all, Terway's own chained
// cilium-cni, a named root cause, a failure whose cause is in a log, error lines no entry knows,
// unhealthy pods without a cause, nothing recognisable, other components' warnings, and only then
// "nothing is wrong".
import type { Verdict } from '../../report';
import type { ReasonContext, VerdictRule } from '../types';
import { notTerwayRule } from './not-terway';
import { chainedCiliumRule } from './chained-cilium';
import { rootCauseRule } from './root-cause';
import { opaqueRule } from './opaque';
import { unrecognisedRule } from './unrecognised';
import { unhealthyRule } from './unhealthy';
import { nothingRecognisedRule } from './nothing-recognised';
import { foreignWarningsRule } from './foreign-warnings';
import { noneRule } from './none';

export const VERDICT_RULES: readonly VerdictRule[] = [
  notTerwayRule,
  chainedCiliumRule,
  rootCauseRule,
  opaqueRule,
  unrecognisedRule,
  unhealthyRule,
  nothingRecognisedRule,
  foreignWarningsRule,
  noneRule,
];

export function decideVerdict(ctx: ReasonContext, rules: readonly VerdictRule[] = VERDICT_RULES): Verdict {
  for (const rule of rules) {
    const verdict = rule.decide(ctx);
    if (verdict) return verdict;
  }
  throw new Error('no verdict rule answered: the last rule must always answer');
}
