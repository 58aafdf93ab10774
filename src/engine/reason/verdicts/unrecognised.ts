// Error lines no entry explains, and no known signal to lead: never "nothing is wrong". The verdict
// says how many, who wrote them, the first one, and whether the paste shows Terway at all; the
// category is what their innermost words name (a timeout, a permission), a possible Terway bug when a
// Terway component crashed, and otherwise "not enough to decide".
import type { Group } from '../../match/aggregate';
import type { VerdictCategory } from '../../report';
import type { ReasonContext, VerdictRule } from '../types';
import { KIND_TRAITS } from '../../catalog/types';
import { goCrashAt } from '../../analysis/unrecognised';
import { clip } from './event-message';
import { msg } from '../../messages';
import { listOf, sentencesOf } from '../../text/joins';

const isUnrecognised = (g: Group) => KIND_TRAITS[g.entry.kind].recognisedBy === 'level';

export const unrecognisedRule: VerdictRule = {
  id: 'unrecognised-errors',
  decide(ctx) {
    if (ctx.root || ctx.lead) return undefined;
    const lines = ctx.problems.filter(isUnrecognised).sort((a, b) => a.firstLine - b.firstLine);
    if (lines.length === 0) return undefined;
    const first = lines[0]!;
    const names = [...new Set(lines.map((g) => producerName(ctx, g)))];
    const who = names.filter((n): n is string => !!n);
    const count = lines.reduce((n, g) => n + g.evidenceTotal, 0);
    const parts = [
      msg(count === 1 ? 'verdict.unrecognised.one' : 'verdict.unrecognised.many', {
        count,
        who: who.length > 0 ? listOf(who) : msg('verdict.unrecognised.unidentified'),
        text: clip(first.captures['detail'] ?? first.evidence[0]?.text ?? ''),
        line: first.firstLine,
      }),
    ];
    const crash = terwayCrash(ctx, lines);
    const category = crash ? 'terway-bug' : agreedCategory(ctx, lines);
    if (crash) parts.push(msg('verdict.unrecognised.terwayCrash', { who: producerName(ctx, crash) ?? 'Terway' }));
    else if (category !== 'unknown')
      parts.push(msg('verdict.unrecognised.cause', { cause: ctx.inner.get(first)?.title ?? '' }));
    const evidence = ctx.evidence[0];
    parts.push(
      ctx.involvement.terway === 'involved' && evidence
        ? msg('verdict.unrecognised.terwayShown', { why: evidence.why, line: evidence.line })
        : msg('verdict.unrecognised.terwayNotShown'),
    );
    return { category, confidence: 'low', summary: sentencesOf(parts) };
  },
};

function producerName(ctx: ReasonContext, g: Group): string | undefined {
  const id = ctx.who.producerOf(g);
  return id ? (ctx.producers.get(id)?.name ?? id) : undefined;
}

/** a Go runtime crash in a line a Terway component wrote: a likely Terway bug */
function terwayCrash(ctx: ReasonContext, lines: readonly Group[]): Group | undefined {
  return lines.find(
    (g) =>
      ctx.producers.get(ctx.who.producerOf(g) ?? '')?.owner === 'terway' && g.evidence.some((e) => goCrashAt(e.text)),
  );
}

/** the category every line's innermost words name, when they all name the same one */
function agreedCategory(ctx: ReasonContext, lines: readonly Group[]): VerdictCategory {
  const found = new Set(lines.map((g) => ctx.inner.get(g)?.category ?? 'unknown'));
  const only = found.size === 1 ? [...found][0]! : 'unknown';
  return only as VerdictCategory;
}
