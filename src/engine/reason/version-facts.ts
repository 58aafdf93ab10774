// The Terway version the paste shows, per component. Exact versions come from the inspect script
// (the DaemonSet's and the controlplane Deployment's image tags), image references and start-up
// banners on any line; without one, event names narrow it to a range: a legacy reason was used
// only in its span (CniCreateENIError: v1.3.0–v1.17.1), and a reason that replaced one since its
// first release (PodCreateFailed for CniPodCreateError) means a release after that span.
import type { Collected } from '../analysis/collector';
import type { VersionSighting } from '../analysis/version-sightings';
import type { TerwayComponent, TerwayVersionFact } from '../report';
import { compareVersions, parseTerwayVersion, parseVersionRange } from '../version';

/** A version fact with the line that shows it, for evidence. */
export interface SeenVersion extends TerwayVersionFact {
  text?: string;
  /** the event reason a range comes from */
  eventName?: string;
}

export interface TerwayVersions {
  daemon?: SeenVersion;
  controlplane?: SeenVersion;
  /** what event names narrow the version to; only when no exact version is shown */
  range?: SeenVersion;
}

const INSPECT_KEYS: Record<TerwayComponent, string> = {
  daemon: 'terway.version',
  controlplane: 'terway.controlplane_version',
};

// the inspect script names the deployed version outright; an image tag is what is deployed; a banner
// may come from the log of a run before an upgrade
const RANK: Record<TerwayVersionFact['source'], number> = { inspect: 0, image: 1, banner: 2, 'event-name': 3 };

export function terwayVersions(c: Collected, sightings: readonly VersionSighting[]): TerwayVersions {
  const out: TerwayVersions = {};
  for (const component of ['daemon', 'controlplane'] as const) {
    const seen = [...fromInspect(c, sightings, component), ...fromLines(sightings, component)].sort(
      (a, b) => RANK[a.source] - RANK[b.source] || a.line - b.line,
    );
    if (seen[0]) out[component] = seen[0];
  }
  if (!out.daemon && !out.controlplane) {
    const range = fromEventNames(c);
    if (range) out.range = range;
  }
  return out;
}

/** The version the report leads with: the daemon's, else the controlplane's, else the range. */
export function shownVersion(versions: TerwayVersions): SeenVersion | undefined {
  return versions.daemon ?? versions.controlplane ?? versions.range;
}

/** The version as the report shows it: without the line's text or the event name. */
export function publicVersion(v: SeenVersion): TerwayVersionFact {
  return {
    value: v.value,
    line: v.line,
    ...(v.component ? { component: v.component } : {}),
    source: v.source,
    ...(v.range ? { range: v.range } : {}),
  };
}

/** The version a finding of this component is judged on: its own, else the other one, else the range. */
export function versionFor(versions: TerwayVersions, component: TerwayComponent): SeenVersion | undefined {
  return component === 'controlplane'
    ? (versions.controlplane ?? versions.daemon ?? versions.range)
    : (versions.daemon ?? versions.controlplane ?? versions.range);
}

/** Daemon and controlplane both shown, in different releases (an ACK build's commit does not count). */
export function versionsDiffer(versions: TerwayVersions): boolean {
  const { daemon, controlplane } = versions;
  return !!daemon && !!controlplane && compareVersions(daemon.value, controlplane.value) !== 0;
}

function fromInspect(c: Collected, sightings: readonly VersionSighting[], component: TerwayComponent): SeenVersion[] {
  const out: SeenVersion[] = [];
  for (const rec of c.inspects) {
    const value = rec.script === 'cluster' ? rec.values[INSPECT_KEYS[component]] : undefined;
    if (!value || !parseTerwayVersion(value)) continue;
    // the key's own line when the line reader saw it inside this record
    const key = sightings.find(
      (s) =>
        s.how === 'inspect-key' &&
        s.component === component &&
        s.version === value &&
        s.line >= rec.lines.start &&
        s.line <= rec.lines.end,
    );
    out.push({
      value,
      line: key?.line ?? rec.lines.start,
      component,
      source: 'inspect',
      ...(key ? { text: key.text } : {}),
    });
  }
  return out;
}

function fromLines(sightings: readonly VersionSighting[], component: TerwayComponent): SeenVersion[] {
  return sightings
    .filter((s) => s.component === component && s.how !== 'inspect-key')
    .map((s) => ({
      value: s.version,
      line: s.line,
      component,
      source: s.how === 'image' ? ('image' as const) : ('banner' as const),
      text: s.text,
    }));
}

/** Legacy names: the span all of them share; else current names that replaced one: after its span. */
function fromEventNames(c: Collected): SeenVersion | undefined {
  let span: { first: string; last: string; line: number; name: string } | undefined;
  let after: { after: string; line: number; name: string } | undefined;
  for (const g of c.groups) {
    if (g.entry.kind !== 'event' || g.origin.kind !== 'event') continue;
    if (g.alias) {
      const r = parseVersionRange(g.alias.versions);
      if (!r) continue;
      if (!span) span = { ...r, line: g.firstLine, name: g.alias.name };
      else {
        const first = compareVersions(r.first, span.first) > 0 ? r.first : span.first;
        const last = compareVersions(r.last, span.last) < 0 ? r.last : span.last;
        // spans that do not overlap come from different times: keep the first one
        const narrower = first !== span.first || last !== span.last;
        if (narrower && compareVersions(first, last) <= 0)
          span = { first, last, line: g.firstLine, name: g.alias.name };
      }
      continue;
    }
    const replaced = g.entry.aliases
      .map((a) => parseVersionRange(a.versions))
      .find((r) => r && g.entry.versions.first && compareVersions(r.first, g.entry.versions.first) === 0);
    if (replaced && g.origin.reason === g.entry.reason && (!after || compareVersions(replaced.last, after.after) > 0))
      after = { after: replaced.last, line: g.firstLine, name: g.origin.reason };
  }
  if (span)
    return {
      value: `${span.first}–${span.last}`,
      line: span.line,
      source: 'event-name',
      range: { first: span.first, last: span.last },
      eventName: span.name,
    };
  if (after)
    return {
      value: `> ${after.after}`,
      line: after.line,
      source: 'event-name',
      range: { after: after.after },
      eventName: after.name,
    };
  return undefined;
}
