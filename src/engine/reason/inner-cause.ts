// The innermost cause decides the category: inside a wrapper (an init, daemon or controlplane error
// that ends in `%v`, the CNI chain, kubelet's envelope, an event whose message no variant knows, an
// error line no entry knows), the last words that name a cause (catalog/causes.yaml) say whether it
// is configuration, the environment or exhaustion. The wrapper's own category applies only when
// nothing inside it names one. An opaque RPC failure is not read this way: its timeout is the call's,
// and the cause is in the daemon's log.
import type { Group } from '../match/aggregate';
import type { CompiledCatalog } from '../match/compiled-catalog';
import type { Category, InnerCause } from '../catalog/types';
import { KIND_TRAITS } from '../catalog/types';
import { isCatchAll } from './findings';
import { signalOf } from './display';

/** a format string ending in a hole: the signal wraps an error it does not name */
const TRAILING_HOLE = /%[-+# 0-9.]{0,8}[svwq]["'\s]{0,4}$/;

export function wrapsAnError(g: Group): boolean {
  if (g.variant?.opaque) return false;
  return (
    isCatchAll(g) ||
    g.variant?.envelope === true ||
    KIND_TRAITS[g.entry.kind].recognisedBy === 'level' ||
    TRAILING_HOLE.test(signalOf(g))
  );
}

/** the cause the words of each wrapping group name, for the groups that have one */
export function innerCauses(groups: readonly Group[], catalog: CompiledCatalog): Map<Group, InnerCause> {
  const out = new Map<Group, InnerCause>();
  for (const g of groups) {
    if (!wrapsAnError(g)) continue;
    const text = g.evidence[0]?.text;
    const cause = text ? catalog.innerCause(text) : undefined;
    if (cause) out.set(g, cause);
  }
  return out;
}

/** the group's category: the innermost cause's when it wraps one, else its variant's or entry's */
export function categoryWith(inner: ReadonlyMap<Group, InnerCause>, g: Group): Category {
  return inner.get(g)?.category ?? g.variant?.category ?? g.entry.category;
}
