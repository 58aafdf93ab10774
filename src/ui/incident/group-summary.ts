// One cause group in a sentence: "12 pods in 4 namespaces on 3 nodes, all in zone cn-hangzhou-h,
// vSwitch vsw-…", the words from the message table.
import type { CauseGroup, GroupCell } from '../../engine/index';
import { msg } from '../../engine/messages';
import { formatCount } from '../common/format';
import { counted } from './count-words';

export function groupSummary(g: CauseGroup): string {
  const what = g.pods === g.objects ? counted('groups.pods', g.pods) : counted('groups.objects', g.objects);
  const head = [
    what,
    ...(g.namespaces.length ? [counted('groups.namespaces', g.namespaces.length)] : []),
    ...(g.nodes.length ? [counted('groups.nodes', g.nodes.length)] : []),
  ].join(' ');
  const zone = oneOrCount(
    g.zones,
    (v) => msg('groups.zoneAll', { zone: v }),
    (n) => msg('groups.zones', { count: n }),
  );
  const vsw = oneOrCount(
    g.vSwitches,
    (v) => msg('groups.vSwitch', { vsw: v }),
    (n) => msg('groups.vSwitches', { count: n }),
  );
  return [head, zone, vsw].filter(Boolean).join(', ');
}

/** The one value when all share it, else how many there are; nothing when none. */
function oneOrCount(cells: readonly GroupCell[], one: (value: string) => string, many: (count: string) => string) {
  if (cells.length === 0) return '';
  return cells.length === 1 ? one(cells[0]!.value) : many(formatCount(cells.length));
}
