// Which signal is the cause and which are its consequences. A lower score alone proves nothing:
// a signal is a consequence only through a causal link — the same line or event (layers of one
// message), the same object, a relation the catalog declares, or a component that is down and so
// cannot answer the CNI. A signal whose own line carries a different, deeper cause belongs to that
// cause, not to the root.
import type { Group } from '../match/aggregate';
import { isCatchAll, rootScore } from './findings';
import { KIND_TRAITS } from '../catalog/types';

/**
 * The signal names a failure but not why: a catch-all, a variant the catalog marks `opaque`, or an
 * envelope (a wrapper such as kubelet's `failed (add)` whose cause is the error inside it).
 */
export const namesNoCause = (g: Group): boolean =>
  isCatchAll(g) || g.variant?.opaque === true || g.variant?.envelope === true;

/** the lines a group was seen on: its first line and its kept evidence */
const linesOf = (g: Group): number[] => [g.firstLine, ...g.evidence.map((e) => e.line)];

/** the groups on each evidence line, so "what else is on this line" is a lookup, not a scan */
class LineIndex {
  private readonly byLine = new Map<number, Group[]>();
  constructor(groups: readonly Group[]) {
    for (const g of groups)
      for (const n of new Set(linesOf(g))) {
        const list = this.byLine.get(n);
        if (list) list.push(g);
        else this.byLine.set(n, [g]);
      }
  }
  /** other groups sharing a line with g */
  neighbours(g: Group): Set<Group> {
    const out = new Set<Group>();
    for (const n of linesOf(g)) for (const x of this.byLine.get(n) ?? []) if (x !== g) out.add(x);
    return out;
  }
}

/** how many linked signals a consequence is compared with: bounds the work on huge pastes */
const MAX_TREE = 200;

/** two layers of one story: a line in common or a relation the catalog declares */
export function layered(a: Group, b: Group): boolean {
  const lines = new Set(linesOf(a));
  return linesOf(b).some((n) => lines.has(n)) || explained(a, b);
}

/** one declares the other as its consequence (catalog `explains`; a see-also link never counts) */
const explained = (a: Group, b: Group) =>
  a.entry.explains.includes(b.entry.id) || b.entry.explains.includes(a.entry.id);
const sameObject = (a: Group, b: Group) => a.objects.some((o) => b.objects.includes(o));
/** a dead daemon explains every "cannot reach terwayd" signal of step 1 */
const healthLink = (cause: Group, g: Group) =>
  KIND_TRAITS[cause.entry.kind].daemonSide &&
  cause.entry.sopStep === 1 &&
  g.entry.sopStep === 1 &&
  KIND_TRAITS[g.entry.kind].indirect;

/**
 * An event ranks just below a specific cause its own message carries: `AllocIPFailed: eth0 config
 * is missing` is the eth0 entry's story, the event only transports it.
 */
export function rankOf(problems: readonly Group[]): Map<Group, number> {
  const out = new Map<Group, number>();
  const index = new LineIndex(problems);
  for (const g of problems) {
    let r = rootScore(g);
    if (g.entry.kind === 'event')
      for (const p of index.neighbours(g))
        if (p.entry.kind !== 'event' && !namesNoCause(p)) r = Math.min(r, rootScore(p) - 1);
    out.set(g, r);
  }
  return out;
}

/**
 * Parent of each consequence: the group that explains it (the root, or a signal already explained
 * by the root, or another independent cause). `ordered` is sorted by rank, highest first.
 */
export function explainers(
  ordered: readonly Group[],
  root: Group | undefined,
  rank: Map<Group, number>,
): Map<Group, Group> {
  const parent = new Map<Group, Group>();
  if (!root) return parent;
  const r = (g: Group) => rank.get(g) ?? rootScore(g);
  const position = new Map(ordered.map((g, i) => [g, i]));
  const index = new LineIndex(ordered);
  const inTree = new Set<Group>([root]);
  // the root and what it already explains, in rank order: candidates for explaining the next one
  const tree: Group[] = [root];
  for (const g of ordered) {
    if (g === root) continue;
    if (g.entry.id === root.entry.id) {
      inTree.add(g); // the same cause seen elsewhere (the Node's event and the pod's)
      tree.push(g);
      continue;
    }
    if (!KIND_TRAITS[g.entry.kind].echo) continue;
    const shared = index.neighbours(g);
    // a deeper, specific signal on the same line explains it, whoever explains that one
    let own: Group | undefined;
    for (const p of shared)
      if (r(p) > r(g) && !namesNoCause(p) && (!own || position.get(p)! < position.get(own)!)) own = p;
    const by =
      own ??
      (r(g) < r(root)
        ? tree.slice(0, MAX_TREE).find((x) => shared.has(x) || sameObject(g, x) || explained(g, x) || healthLink(x, g))
        : undefined);
    if (!by) continue;
    parent.set(g, by);
    if (inTree.has(by)) {
      inTree.add(g);
      tree.push(g);
    }
  }
  return parent;
}

/** The consequences of the root: every group whose chain of explanations ends at it. */
export function symptomsOf(root: Group | undefined, parent: Map<Group, Group>): Group[] {
  if (!root) return [];
  const out: Group[] = [];
  for (const g of parent.keys()) {
    let x = g;
    for (let p = parent.get(x); p; p = parent.get(x)) x = p;
    if (x === root || x.entry.id === root.entry.id) out.push(g);
  }
  return out;
}
