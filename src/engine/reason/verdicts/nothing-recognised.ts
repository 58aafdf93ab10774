// The paste holds nothing the engine can read as Kubernetes or Terway output.
import type { VerdictRule } from '../types';
import { msg } from '../../messages';

export const nothingRecognisedRule: VerdictRule = {
  id: 'nothing-recognised',
  decide(ctx) {
    const c = ctx.collected;
    const empty =
      c.stats.lines === 0 ||
      (c.stats.events === 0 &&
        c.stats.objects === 0 &&
        c.pods.length === 0 &&
        c.stats.logLines === 0 &&
        c.configs.length === 0 &&
        c.inspects.length === 0);
    return empty ? { category: 'unknown', confidence: 'low', summary: msg('verdict.nothingRecognised') } : undefined;
  },
};
