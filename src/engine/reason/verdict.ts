// The verdict: root cause's category, how sure we are, and a paragraph a senior SRE would write.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { Confidence, Report, Verdict, VerdictCategory } from '../report';
import type { IpamDecision } from './ipam';
import type { Involvement } from './involvement';
import type { TerwayPodHealth } from './terway-pods';
import { rootScore } from './findings';
import { display, signalOf } from './display';
import { concernsAllocation } from './scope';
import { healthSentences } from './health-summary';
import { layered } from './causality';
import { chainedCiliumVerdict, eventMessage, noRootVerdict, notTerwayVerdict, opaqueVerdict } from './verdict-other';
import { firstSentence } from '../catalog/first-sentence';

export interface VerdictInputs {
  collected: Collected;
  problems: Group[];
  root?: Group;
  /** the root, or the highest-ranked signal when none names its cause */
  lead?: Group;
  symptoms: Group[];
  parent: Map<Group, Group>;
  involvement: Involvement;
  ipam: IpamDecision;
  terwayPods: TerwayPodHealth[];
  context: Report['context'];
  names: Record<string, string | undefined>;
}

export const CATEGORY_WORDS: Record<string, string> = {
  configuration: 'a configuration problem',
  'resource-exhaustion': 'exhausted capacity or quota',
  environment: 'a problem in the environment around Terway',
  'terway-bug': 'a possible Terway bug or backend failure',
};

export function decideVerdict(v: VerdictInputs): Verdict {
  if (v.involvement.terway === 'not-involved') return notTerwayVerdict(v);
  const focus = v.root ?? v.lead;
  if (focus && v.involvement.chainedCilium && focus.entry.signal === 'cilium-cni')
    return chainedCiliumVerdict(v, focus);
  if (!v.root) return v.lead ? opaqueVerdict(v, v.lead) : noRootVerdict(v);
  const root = v.root;
  const category = (root.variant?.category ?? root.entry.category) as VerdictCategory;
  const parts = [
    `Root cause: ${root.entry.title}${parenthesis(root, v)}, ${CATEGORY_WORDS[category] ?? category}.`,
    firstSentence(root.entry.explanation),
  ];
  // an event root's message is the most specific thing the paste says about it
  const message = root.entry.kind === 'event' ? eventMessage(v.collected, root) : undefined;
  if (message) parts.push(`The event says: “${message.length > 200 ? `${message.slice(0, 199)}…` : message}”.`);
  const consequences = consequenceNames(root, v.symptoms);
  if (consequences.length > 0)
    parts.push(
      `${consequences.slice(0, 4).join(', ')} ${consequences.length === 1 ? 'is a consequence' : 'are consequences'} of it.`,
    );
  const also = independent(v).map((g) => `${display(g)}${g.objects[0] ? ` on ${g.objects[0]}` : ''}`);
  if (also.length > 0) parts.push(`Also found, not explained by it: ${[...new Set(also)].slice(0, 3).join('; ')}.`);
  parts.push(...healthSentences(v, root));
  if (v.ipam.mode !== 'unknown')
    parts.push(`IPAM is ${v.ipam.mode === 'crd' ? 'centralized (crd)' : 'node-local (default)'}.`);
  if (root.alias)
    parts.push(`The legacy name ${root.alias.name} shows this cluster runs an older Terway (${root.alias.versions}).`);
  return {
    category,
    confidence: confidenceOf(root, v),
    summary: parts.filter(Boolean).join(' '),
    rootCause: root.entry.id,
  };
}

/** `(eth0 config is missing; on edge/gateway-0; vSwitch vsw-…, zone cn-hangzhou-i)`, or nothing */
function parenthesis(root: Group, v: VerdictInputs): string {
  const shown = display(root);
  const signal = root.entry.title.includes(shown) ? '' : shown;
  const where = root.objects.length > 0 ? `on ${root.objects.slice(0, 2).join(', ')}` : '';
  const place: string[] = [];
  const vsw = root.captures['vsw'] ?? (concernsAllocation(root) ? v.context.vsw : undefined);
  const zone = root.captures['zone'] ?? (concernsAllocation(root) ? v.context.zone : undefined);
  if (vsw) place.push(`vSwitch ${vsw}`);
  if (zone) place.push(`zone ${zone}`);
  if (root.captures['eni']) place.push(`ENI ${root.captures['eni']}`);
  if (root.captures['instance']) place.push(`instance ${root.captures['instance']}`);
  if (root.captures['code'] && place.length === 0 && !shown.includes(root.captures['code']))
    place.push(`code ${root.captures['code']}`);
  const inner = [signal, where, place.join(', ')].filter(Boolean);
  return inner.length > 0 ? ` (${inner.join('; ')})` : '';
}

/** what the root explains, named once each, never the root itself */
function consequenceNames(root: Group, symptoms: Group[]): string[] {
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
function independent(v: VerdictInputs): Group[] {
  const root = v.root!;
  return v.problems.filter(
    (g) =>
      g !== root &&
      g.entry.id !== root.entry.id &&
      !v.symptoms.includes(g) &&
      !v.parent.has(g) &&
      !layered(g, root) &&
      !g.variant?.envelope &&
      g.entry.kind !== 'foreign-cni' &&
      rootScore(g) >= 50,
  );
}

function confidenceOf(root: Group, v: VerdictInputs): Confidence {
  const score = rootScore(root);
  if (score < 45) return 'low';
  const corroborated =
    v.symptoms.length > 0 || root.count > 1 || v.problems.some((g) => g !== root && g.entry.kind === root.entry.kind);
  if (score >= 80 && corroborated) return 'high';
  if (
    score >= 55 &&
    corroborated &&
    root.entry.kind === 'event' &&
    v.problems.some(
      (g) =>
        g.entry.kind === 'openapi-error' ||
        /^node/i.test(g.origin.kind === 'event' ? (g.origin.object?.kind ?? '') : ''),
    )
  )
    return 'high';
  return 'medium';
}
