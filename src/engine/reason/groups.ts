// Grouping by object: each finding's objects (from the recorder, filed under the finding's merge key)
// with their nodes, then per finding the namespaces, nodes, zones and vSwitches they share, each value
// with the first line that shows it. "12 pods in 4 namespaces on 3 nodes, zone cn-hangzhou-h".
import type { Collected } from '../analysis/collector';
import type { CauseGroup, Finding, FindingObject, GroupCell } from '../report';
import { findingKey } from '../analysis/finding-key';
import { nodeOf } from './pod-nodes';

/** Each finding with the objects its events concern (a copy; findings without objects are unchanged). */
export function withObjects(findings: readonly Finding[], c: Collected, nodes: Map<string, string>): Finding[] {
  return findings.map((f) => {
    const seen = c.recorded?.objects.get(findingKey(f.id, f.captures));
    if (!seen || seen.seen.length === 0) return f;
    const objects: FindingObject[] = seen.seen.map(({ ref, line }) => {
      const node = nodeOf(nodes, ref.kind, ref.namespace, ref.name!);
      return {
        ...(ref.kind ? { kind: ref.kind } : {}),
        ...(ref.namespace ? { namespace: ref.namespace } : {}),
        name: ref.name!,
        ...(node ? { node } : {}),
        line,
      };
    });
    return { ...f, objects, objectsTotal: seen.total };
  });
}

/** Node name → zone, from described Nodes' zone labels. */
export function nodeZones(c: Collected): Map<string, string> {
  const zones = new Map<string, string>();
  for (const o of c.objects) {
    const zone = o.labels['topology.kubernetes.io/zone'] ?? o.labels['failure-domain.beta.kubernetes.io/zone'];
    if (o.kind === 'Node' && zone) zones.set(o.name, zone);
  }
  return zones;
}

/** The vSwitch and zone the root cause concerns (Report.context), which its own captures may lack. */
export interface RootPlace {
  vsw?: string;
  zone?: string;
}

/** One group per cause (a finding no other explains) seen on objects, ordered as the findings are. */
export function causeGroups(
  findings: readonly Finding[],
  zones: Map<string, string>,
  rootCause?: string,
  rootPlace: RootPlace = {},
): CauseGroup[] {
  return findings.flatMap((f): CauseGroup[] => {
    const objects = f.objects ?? [];
    // a symptom hits the same objects as its cause: the cause's row says it
    if (objects.length === 0 || f.symptomOf) return [];
    const place = f.id === rootCause ? rootPlace : {};
    const vsw = f.captures['vsw'] ?? place.vsw;
    const namespaces = new Cells();
    const nodes = new Cells();
    const zoneCells = new Cells();
    const vsws = new Cells();
    for (const o of objects) {
      if (o.namespace) namespaces.add(o.namespace, o.line);
      if (o.node) nodes.add(o.node, o.line);
      const zone = f.captures['zone'] ?? place.zone ?? (o.node ? zones.get(o.node) : undefined);
      if (zone) zoneCells.add(zone, o.line);
      if (vsw) vsws.add(vsw, o.line);
    }
    return [
      {
        findingId: f.id,
        title: f.title,
        ...(f.id === rootCause ? { rootCause: true as const } : {}),
        objects: f.objectsTotal ?? objects.length,
        pods: objects.filter((o) => o.kind === 'Pod').length,
        namespaces: namespaces.all(),
        nodes: nodes.all(),
        zones: zoneCells.all(),
        vSwitches: vsws.all(),
      },
    ];
  });
}

class Cells {
  private readonly byValue = new Map<string, GroupCell>();
  add(value: string, line: number): void {
    const cell = this.byValue.get(value);
    if (!cell) this.byValue.set(value, { value, objects: 1, line });
    else {
      cell.objects++;
      if (line < cell.line) cell.line = line;
    }
  }
  /** most objects first */
  all(): GroupCell[] {
    return [...this.byValue.values()].sort((a, b) => b.objects - a.objects || a.value.localeCompare(b.value));
  }
}
