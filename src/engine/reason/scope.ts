// What kind of problem a finding is, in the SOP's terms, read from catalog data (kind, sopStep,
// component, the objects an event lands on) rather than from the wording of a reason.
import type { Group } from '../match/aggregate';
import { KIND_TRAITS } from '../catalog/types';
import { isTerwayPod } from './terway-pods';

/** kubelet- or CNI-side echo of a daemon that cannot be reached */
export const isIndirect = (g: Group): boolean => KIND_TRAITS[g.entry.kind].indirect;

/**
 * a Terway component's own failure: in its log, or in kubelet's events about its own pod (a mount or
 * an image pull that failed) — not quoted inside another pod's event or read by a script
 */
export const isComponentFailure = (g: Group): boolean =>
  g.entry.sopStep === 1 &&
  !isIndirect(g) &&
  !KIND_TRAITS[g.entry.kind].foreign &&
  (g.origin.kind === 'log' ||
    g.origin.kind === 'line' ||
    (g.origin.kind === 'event' && isTerwayPod(g.origin.object?.name ?? '')));

/** a known signal on the Node or the Node CR (an unrecognised warning there is reported, not judged) */
export const isNodeLevel = (g: Group): boolean =>
  KIND_TRAITS[g.entry.kind].recognisedBy !== 'level' &&
  ((g.origin.kind === 'event' && /^node/i.test(g.origin.object?.kind ?? '')) || g.entry.kind === 'condition');

/** an event on a pod (or another non-node object) that a catalog entry knows */
export const isPodEvent = (g: Group): boolean =>
  g.origin.kind === 'event' &&
  !/^node/i.test(g.origin.object?.kind ?? '') &&
  KIND_TRAITS[g.entry.kind].recognisedBy !== 'level';

/**
 * ENI/IP allocation, the business of SOP steps 3 and 4: OpenAPI codes, node conditions, the
 * node/IPAM-layer entries, and events Terway also records on the Node or Node CR (AllocIPFailed).
 * The webhook validates objects; its denials are not allocation.
 */
export function concernsAllocation(g: Group): boolean {
  const e = g.entry;
  if (e.component === 'terway-controlplane/webhook') return false;
  if (e.kind === 'openapi-error' || e.kind === 'condition') return true;
  if (e.sopStep === 3 || e.sopStep === 4) return true;
  return e.kind === 'event' && (e.objects ?? []).some((o) => o === 'Node' || o === 'NodeCR');
}

export type LogSource = 'daemon' | 'controlplane' | 'policy';

/** whose log holds the cause the event does not name */
export function logSourceOf(g: Group): LogSource {
  if (g.entry.component.startsWith('terway-controlplane')) return 'controlplane';
  if (g.entry.component === 'policy' || g.entry.signal === 'cilium-cni') return 'policy';
  return 'daemon';
}

/** the controlplane's pod-facing side: pod controller, webhook, PodNetworking sync */
export function isControlplanePodSide(g: Group): boolean {
  const c = g.entry.component;
  return (
    c === 'terway-controlplane' ||
    c === 'terway-controlplane/pod' ||
    c === 'terway-controlplane/webhook' ||
    c === 'terway-controlplane/pod-networking'
  );
}
