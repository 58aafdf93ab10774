// The verdict: root cause's category, how sure we are, and a paragraph a senior SRE would write.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { Confidence, Verdict, VerdictCategory } from '../report';
import type { IpamDecision } from './ipam';
import type { Involvement } from './involvement';
import type { TerwayPodHealth } from './terway-pods';
import { isCatchAll, rootScore } from './findings';

export interface VerdictInputs {
  collected: Collected;
  problems: Group[];
  root?: Group;
  symptoms: Group[];
  involvement: Involvement;
  ipam: IpamDecision;
  terwayPods: TerwayPodHealth[];
}

const CATEGORY_WORDS: Record<string, string> = {
  configuration: 'a configuration problem',
  'resource-exhaustion': 'exhausted capacity or quota',
  environment: 'a problem in the environment around Terway',
  'terway-bug': 'a possible Terway bug or backend failure',
};

export function decideVerdict(v: VerdictInputs): Verdict {
  const c = v.collected;
  if (v.involvement.terway === 'not-involved') {
    return {
      category: 'unknown',
      confidence: 'high',
      summary:
        `This paste is not about Terway: the failing CNI is ${v.involvement.foreign.join(', ')}. ` +
        'Terway Triage does not diagnose other plugins; follow that plugin’s own troubleshooting, and paste Terway output here if the cluster does run Terway.',
    };
  }
  const root = v.root;
  if (!root) {
    const sick = v.terwayPods.filter((p) => !p.healthy);
    if (sick.length > 0) {
      return {
        category: 'unknown',
        confidence: 'medium',
        summary: `Terway is not healthy (${sick.map((p) => `${p.name} ${p.status}`).join(', ')}) but the paste does not say why. Paste the terway-init and terway container logs of that pod.`,
      };
    }
    if (
      c.stats.lines === 0 ||
      (c.stats.events === 0 &&
        c.stats.objects === 0 &&
        c.pods.length === 0 &&
        c.stats.logLines === 0 &&
        c.configs.length === 0 &&
        c.inspects.length === 0)
    ) {
      return {
        category: 'unknown',
        confidence: 'low',
        summary: 'Nothing recognisable was found: paste kubectl describe output, events or Terway logs.',
      };
    }
    const warnings = c.events.filter((e) => e.type === 'Warning');
    if (warnings.length > 0) {
      const reasons = [...new Set(warnings.map((e) => e.reason))].slice(0, 5);
      return {
        category: 'unknown',
        confidence: 'low',
        summary: `No Terway signal found. The Warning events (${reasons.join(', ')}) are outside Terway’s scope; if the pod still has no network, paste its describe output and the terway pod status.`,
      };
    }
    return {
      category: 'none',
      confidence: c.stats.events > 0 || v.terwayPods.length > 0 ? 'high' : 'medium',
      summary: `Nothing is wrong with Terway in this paste: ${describeHealthy(c, v.terwayPods)}`,
    };
  }

  const category = (root.variant?.category ?? root.entry.category) as VerdictCategory;
  const confidence = confidenceOf(root, v);
  const signal = root.variant?.signal ?? root.entry.signal;
  const where = root.objects.length > 0 ? ` on ${root.objects.slice(0, 2).join(', ')}` : '';
  const values = describeCaptures(root.captures);
  const parts = [
    `Root cause: ${root.entry.title} (${[signal.includes('%') || root.entry.title.includes(signal) ? '' : signal, where.trim(), values].filter(Boolean).join('; ')}), ${CATEGORY_WORDS[category] ?? category}.`,
    firstSentence(root.entry.explanation),
  ];
  if (v.symptoms.length > 0) {
    const names = [
      ...new Set(
        v.symptoms.map((g) => (g.origin.kind === 'event' ? g.origin.reason : (g.variant?.signal ?? g.entry.signal))),
      ),
    ];
    parts.push(
      `${names.slice(0, 4).join(', ')} ${names.length === 1 ? 'is a consequence' : 'are consequences'} of it.`,
    );
  }
  const healthRoot =
    root.entry.sopStep === 1 && (root.entry.kind === 'kubelet-error' || root.entry.kind === 'cni-error');
  if (healthRoot)
    parts.push(
      'While the CNI cannot reach terwayd no AllocIPFailed event can be recorded, so look at the terway pod on the node, not at the pod’s events.',
    );
  if (v.ipam.mode !== 'unknown')
    parts.push(`IPAM is ${v.ipam.mode === 'crd' ? 'centralized (crd)' : 'node-local (default)'}.`);
  if (root.alias)
    parts.push(`The legacy name ${root.alias.name} shows this cluster runs an older Terway (${root.alias.versions}).`);
  return { category, confidence, summary: parts.filter(Boolean).join(' '), rootCause: root.entry.id };
}

function confidenceOf(root: Group, v: VerdictInputs): Confidence {
  const score = rootScore(root);
  if (isCatchAll(root) || score < 45) return 'low';
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

function describeCaptures(c: Record<string, string>): string {
  const out: string[] = [];
  if (c['vsw']) out.push(`vSwitch ${c['vsw']}`);
  if (c['zone']) out.push(`zone ${c['zone']}`);
  if (c['eni']) out.push(`ENI ${c['eni']}`);
  if (c['instance']) out.push(`instance ${c['instance']}`);
  if (c['code'] && !out.length) out.push(`code ${c['code']}`);
  return out.join(', ');
}

function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(.+?[.!?])(\s|$)/.exec(t);
  return m ? m[1]! : t;
}

function describeHealthy(c: Collected, pods: TerwayPodHealth[]): string {
  const bits: string[] = [];
  if (pods.length > 0) bits.push(`${pods.length} Terway pod(s) Running`);
  const normal = c.events.filter((e) => e.type === 'Normal').length;
  if (normal > 0) bits.push(`${normal} Normal event(s) and no Warning`);
  if (c.events.some((e) => e.reason === 'AllocIPSucceed')) bits.push('Terway allocated the pod IP (AllocIPSucceed)');
  return bits.length > 0 ? `${bits.join('; ')}.` : 'no error signal in what was pasted.';
}
