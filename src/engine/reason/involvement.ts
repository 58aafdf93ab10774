// Is Terway the CNI in this paste? Another plugin's fingerprints with no Terway signal mean the
// engine must say "not Terway" instead of inventing a Terway cause.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { TerwayInvolvement } from '../report';
import { isTerwayPod } from './terway-pods';

const TERWAY_SOURCE = /^terway-(daemon|controlplane)/;

export interface Involvement {
  terway: TerwayInvolvement;
  /** names of other CNIs seen (calico, cilium-cni, aws-cni…) */
  foreign: string[];
  why: string;
}

export function detectInvolvement(c: Collected, groups: Group[]): Involvement {
  const foreign = new Set<string>();
  for (const g of groups) if (g.entry.kind === 'foreign-cni') foreign.add(g.entry.signal);
  for (const t of c.pluginTypes.keys()) if (t !== 'terway') foreign.add(t);

  const reasons: string[] = [];
  if (c.pluginTypes.has('terway')) reasons.push('kubelet calls the terway CNI plugin');
  const own = groups.find((g) => g.entry.kind !== 'foreign-cni' && g.entry.kind !== 'kubelet-error');
  if (own) reasons.push(`Terway signal ${own.variant?.signal ?? own.entry.signal}`);
  if (c.events.some((e) => TERWAY_SOURCE.test(e.source ?? e.reportingController ?? '')))
    reasons.push('events reported by Terway components');
  if (c.pods.some((p) => isTerwayPod(p.name)) || c.objects.some((o) => isTerwayPod(o.name)))
    reasons.push('Terway pods listed');
  if (c.configs.length > 0 || c.inspects.length > 0) reasons.push('Terway configuration');

  if (reasons.length > 0) return { terway: 'involved', foreign: [...foreign], why: reasons.join('; ') };
  if (foreign.size > 0)
    return { terway: 'not-involved', foreign: [...foreign], why: `only ${[...foreign].join(', ')} signals` };
  return { terway: 'unknown', foreign: [], why: 'no CNI signal of any kind' };
}
