// Nothing is wrong with Terway in what was pasted: say what shows it, and Terway's own notes. Only
// when the paste shows Terway at all: without that, the steps that would decide it are unanswered,
// and the honest answer is that there is not enough to decide.
import type { Collected } from '../../analysis/collector';
import type { VerdictRule } from '../types';
import type { TerwayPodHealth } from '../terway-pods';
import { display } from '../display';
import { firstSentence } from '../../catalog/first-sentence';
import { terwayNotes } from './terway-notes';
import { msg } from '../../messages';
import { clausesOf, sentenceOf, sentencesOf } from '../../text/joins';

export const noneRule: VerdictRule = {
  id: 'none',
  decide(ctx) {
    const c = ctx.collected;
    if (ctx.involvement.terway !== 'involved')
      return { category: 'unknown', confidence: 'low', summary: msg('verdict.noTerwaySeen') };
    const remarks = [...new Set(terwayNotes(ctx).map((g) => `${display(g)}: ${firstSentence(g.entry.explanation)}`))];
    return {
      category: 'none',
      confidence: c.stats.events > 0 || ctx.terwayPods.length > 0 ? 'high' : 'medium',
      summary: sentencesOf([msg('verdict.none', { healthy: describeHealthy(c, ctx.terwayPods) }), ...remarks]),
    };
  },
};

function describeHealthy(c: Collected, pods: readonly TerwayPodHealth[]): string {
  const bits: string[] = [];
  if (pods.length > 0) bits.push(msg('verdict.none.podsRunning', { count: pods.length }));
  const normal = c.events.filter((e) => e.type === 'Normal').length;
  if (normal > 0) bits.push(msg('verdict.none.normalEvents', { count: normal }));
  if (c.events.some((e) => e.reason === 'AllocIPSucceed')) bits.push(msg('verdict.none.allocated'));
  return bits.length > 0 ? sentenceOf(clausesOf(bits)) : msg('verdict.none.noErrorSignal');
}
