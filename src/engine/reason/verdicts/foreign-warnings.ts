// Warning events whose reasons Terway does not emit: outside Terway's scope, but not "nothing wrong".
import type { VerdictRule } from '../types';
import { terwayNotes } from './terway-notes';
import { msg } from '../../messages';
import { listOf } from '../../text/joins';

export const foreignWarningsRule: VerdictRule = {
  id: 'foreign-warnings',
  decide(ctx) {
    const known = new Set(terwayNotes(ctx).map((g) => (g.origin.kind === 'event' ? g.origin.reason : '')));
    const warnings = ctx.collected.events.filter((e) => e.type === 'Warning' && !known.has(e.reason));
    if (warnings.length === 0) return undefined;
    const reasons = [...new Set(warnings.map((e) => e.reason))].slice(0, 5);
    return {
      category: 'unknown',
      confidence: 'low',
      summary: msg('verdict.foreignWarnings', { reasons: listOf(reasons) }),
    };
  },
};
