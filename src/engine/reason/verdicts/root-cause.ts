// A signal that names its cause: its category is the verdict, with what it explains, what it does not,
// the health of the Terway pods behind it, and how sure the paste lets us be.
import type { Group } from '../../match/aggregate';
import type { Confidence, VerdictCategory } from '../../report';
import type { ReasonContext, VerdictRule } from '../types';
import { rootScore } from '../findings';
import { KIND_TRAITS } from '../../catalog/types';
import { display, signalOf } from '../display';
import { concernsAllocation } from '../scope';
import { layered } from '../causality';
import { firstSentence } from '../../catalog/first-sentence';
import { healthSentences } from './health-sentences';
import { clip, eventMessage } from './event-message';
import { msg, type MessageKey } from '../../messages';
import { asideOf, clausesOf, listOf, sentencesOf } from '../../text/joins';

const CATEGORY_WORDS: Partial<Record<string, MessageKey>> = {
  configuration: 'verdict.category.configuration',
  'resource-exhaustion': 'verdict.category.resourceExhaustion',
  environment: 'verdict.category.environment',
  'terway-bug': 'verdict.category.terwayBug',
  unknown: 'verdict.category.unknown',
};

export const rootCauseRule: VerdictRule = {
  id: 'root-cause',
  decide(ctx) {
    const root = ctx.root;
    if (!root) return undefined;
    // a shared signal (an OpenAPI code, an SDK error, a Go panic) from a program the paste does not
    // name: its category still holds, but whose problem it is, and so a Terway bug, is not shown
    const producer = ctx.producers.get(ctx.who.producerOf(root) ?? '');
    const unproven = ctx.involvement.terway !== 'involved' && producer?.owner !== 'terway';
    const own = ctx.categoryOf(root) as VerdictCategory;
    const category: VerdictCategory = unproven && own === 'terway-bug' ? 'unknown' : own;
    const words = CATEGORY_WORDS[category];
    const parts = [
      msg('verdict.root', {
        title: root.entry.title,
        detail: parenthesis(root, ctx),
        category: words ? msg(words) : category,
      }),
      firstSentence(root.entry.explanation),
    ];
    // an event root's message is the most specific thing the paste says about it
    const message = root.entry.kind === 'event' ? eventMessage(ctx.collected, root) : undefined;
    if (message) parts.push(msg('verdict.root.eventSays', { message: clip(message) }));
    const consequences = consequenceNames(root, ctx.symptoms);
    if (consequences.length > 0)
      parts.push(
        msg(consequences.length === 1 ? 'verdict.root.consequence' : 'verdict.root.consequences', {
          names: listOf(consequences.slice(0, 4)),
        }),
      );
    const also = independent(ctx).map((g) =>
      g.objects[0] ? msg('phrase.onObject', { what: display(g), object: g.objects[0] }) : display(g),
    );
    if (also.length > 0) parts.push(msg('verdict.root.also', { others: clausesOf([...new Set(also)].slice(0, 3)) }));
    parts.push(...healthSentences(ctx, root));
    if (ctx.ipam.mode !== 'unknown')
      parts.push(msg(ctx.ipam.mode === 'crd' ? 'verdict.root.ipamCrd' : 'verdict.root.ipamDefault'));
    if (root.alias) parts.push(msg('verdict.root.legacy', { name: root.alias.name, versions: root.alias.versions }));
    if (unproven) parts.push(msg('verdict.root.producerUnknown', { signal: display(root) }));
    return {
      category,
      confidence: unproven ? 'low' : confidenceOf(root, ctx),
      summary: sentencesOf(parts),
      rootCause: root.entry.id,
    };
  },
};

/** `(eth0 config is missing; on edge/gateway-0; vSwitch vsw-…, zone cn-hangzhou-i)`, or nothing */
function parenthesis(root: Group, ctx: ReasonContext): string {
  const shown = display(root);
  const signal = root.entry.title.includes(shown) ? '' : shown;
  const where =
    root.objects.length > 0 ? msg('verdict.root.onObjects', { objects: listOf(root.objects.slice(0, 2)) }) : '';
  const place: string[] = [];
  const vsw = root.captures['vsw'] ?? (concernsAllocation(root) ? ctx.context.vsw : undefined);
  const zone = root.captures['zone'] ?? (concernsAllocation(root) ? ctx.context.zone : undefined);
  if (vsw) place.push(msg('verdict.place.vsw', { vsw }));
  if (zone) place.push(msg('verdict.place.zone', { zone }));
  if (root.captures['eni']) place.push(msg('verdict.place.eni', { eni: root.captures['eni'] }));
  if (root.captures['instance']) place.push(msg('verdict.place.instance', { instance: root.captures['instance'] }));
  if (root.captures['code'] && place.length === 0 && !shown.includes(root.captures['code']))
    place.push(msg('verdict.place.code', { code: root.captures['code'] }));
  const inner = [signal, where, listOf(place)].filter(Boolean);
  return inner.length > 0 ? asideOf(clausesOf(inner)) : '';
}

/** what the root explains, named once each, never the root itself */
function consequenceNames(root: Group, symptoms: readonly Group[]): string[] {
  const own = new Set([display(root), signalOf(root), root.entry.signal, root.entry.reason ?? '']);
  const names: string[] = [];
  for (const g of symptoms) {
    if (g.entry.id === root.entry.id) continue;
    const name = g.origin.kind === 'event' ? g.origin.reason : display(g);
    if (!own.has(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** problems that neither are nor echo the root: independent causes worth a line */
function independent(ctx: ReasonContext): Group[] {
  const root = ctx.root!;
  return ctx.problems.filter(
    (g) =>
      g !== root &&
      g.entry.id !== root.entry.id &&
      !ctx.symptoms.includes(g) &&
      !ctx.parent.has(g) &&
      !layered(g, root) &&
      !g.variant?.envelope &&
      !KIND_TRAITS[g.entry.kind].foreign &&
      rootScore(g) >= 50,
  );
}

function confidenceOf(root: Group, ctx: ReasonContext): Confidence {
  const score = rootScore(root);
  if (score < 45) return 'low';
  const corroborated =
    ctx.symptoms.length > 0 ||
    root.count > 1 ||
    ctx.problems.some((g) => g !== root && g.entry.kind === root.entry.kind);
  if (score >= 80 && corroborated) return 'high';
  if (
    score >= 55 &&
    corroborated &&
    root.entry.kind === 'event' &&
    ctx.problems.some(
      (g) =>
        g.entry.kind === 'openapi-error' ||
        /^node/i.test(g.origin.kind === 'event' ? (g.origin.object?.kind ?? '') : ''),
    )
  )
    return 'high';
  return 'medium';
}
