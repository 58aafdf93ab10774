// Builds the one ReasonContext of an analysis: is Terway involved, which IPAM mode, which signals are
// problems and in which causal order, which one is the root, and the names that fill commands. Every
// rule reads it; none derives it again.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { CompiledCatalog } from '../match/compiled-catalog';
import { categoryWith, innerCauses } from './inner-cause';
import type { ReasonContext } from './types';
import { attribute } from './attribution';
import { terwayEvidence } from './terway-evidence';
import { deriveContext, terwayPodHealth } from './context';
import { detectIpam } from './ipam';
import { detectInvolvement } from './involvement';
import { rootScore } from './findings';
import { KIND_TRAITS } from '../catalog/types';
import { explainers, namesNoCause, rankOf, symptomsOf } from './causality';
import { placeOf } from './place';
import { concernsAllocation, isPodEvent } from './scope';
import type { VersionSighting } from '../analysis/version-sightings';
import { shownVersion, terwayVersions } from './version-facts';

export function buildReasonContext(
  c: Collected,
  catalog: CompiledCatalog,
  sightings: readonly VersionSighting[] = [],
): ReasonContext {
  const groups = c.groups;
  const producers = catalog.producers;
  const inner = innerCauses(groups, catalog);
  const pasteWide = deriveContext(c);
  const who = attribute(c, producers);
  const evidence = terwayEvidence(c, producers, who);
  const involvement = detectInvolvement(c, pasteWide.node, evidence, who, producers);
  const notTerway = involvement.terway === 'not-involved';
  const foreignProducer = (g: Group) => producers.get(who.producerOf(g) ?? '')?.owner === 'foreign';

  // when Terway is not involved, only the other programs' failures are problems
  const problems = groups.filter(
    (g) => rootScore(g) > 0 && (!notTerway || KIND_TRAITS[g.entry.kind].foreign || foreignProducer(g)),
  );
  const rank = rankOf(problems);
  // root causes rank above their symptoms; ties: more occurrences, then earlier in the paste
  const ordered = [...problems].sort(
    (a, b) => rank.get(b)! - rank.get(a)! || b.count - a.count || a.firstLine - b.firstLine,
  );
  // Terway's datapath v2 makes cilium-cni Terway's own; any other foreign CNI never is
  // lines no entry knows are never the lead: a rule of their own speaks for them
  const candidates = notTerway
    ? []
    : ordered.filter(
        (g) =>
          KIND_TRAITS[g.entry.kind].recognisedBy !== 'level' &&
          (!KIND_TRAITS[g.entry.kind].foreign || (involvement.chainedCilium && g.entry.signal === 'cilium-cni')),
      );
  // a message that names no cause leads the investigation but is not a verdict (SOP step 5)
  const root = candidates.find((g) => !namesNoCause(g) || inner.has(g));
  const lead = root ?? candidates[0];
  const parent = explainers(ordered, lead, rank);
  const symptoms = symptomsOf(lead, parent);

  const following = namesFollowing(c, lead, pasteWide);
  const versions = terwayVersions(c, sightings);
  // only an exact version fills a name; a range stays in the report's terwayVersion
  const version = shownVersion(versions);
  const context = {
    ...following,
    ...(version && !version.range ? { terwayVersion: version.value } : {}),
    ...placeOf(c, following.node, lead),
  };
  const names = { ...context, ...(lead?.captures ?? {}) };
  const podProblems = ordered.filter(isPodEvent);
  const allocation = lead
    ? concernsAllocation(lead) || (namesNoCause(lead) && podProblems.some(concernsAllocation))
    : podProblems.some(concernsAllocation);

  return {
    collected: c,
    producers,
    inner,
    categoryOf: (g) => categoryWith(inner, g),
    who,
    evidence,
    involvement,
    ipam: detectIpam(c),
    terwayPods: terwayPodHealth(c),
    versions,
    problems: ordered,
    rank,
    ...(root ? { root } : {}),
    ...(lead ? { lead } : {}),
    parent,
    symptoms,
    context,
    names,
    allocation,
  };
}

/** several failing pods: the names follow the one the lead was seen on */
function namesFollowing(c: Collected, lead: Group | undefined, pasteWide: ReasonContext['context']) {
  const object = lead?.origin.kind === 'event' ? lead.origin.object : undefined;
  if (!object?.name || !/^pod$/i.test(object.kind ?? 'Pod') || object.name === pasteWide.pod) return pasteWide;
  const prefer = { name: object.name, ...(object.namespace ? { namespace: object.namespace } : {}) };
  return deriveContext(c, prefer);
}
