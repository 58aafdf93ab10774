// Another CNI's fingerprints and no Terway evidence: say so instead of inventing a Terway cause.
import type { VerdictRule } from '../types';
import { msg } from '../../messages';
import { listOf } from '../../text/joins';

export const notTerwayRule: VerdictRule = {
  id: 'not-terway',
  decide(ctx) {
    const inv = ctx.involvement;
    if (inv.terway !== 'not-involved') return undefined;
    const cilium = inv.foreign.length === 1 && inv.foreign[0] === 'cilium-cni';
    return {
      category: 'unknown',
      confidence: inv.confidence ?? 'high',
      summary: msg('verdict.notTerway', { cni: listOf(inv.foreign) }) + (cilium ? msg('verdict.notTerway.cilium') : ''),
    };
  },
};
