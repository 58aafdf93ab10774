// One cause group in a sentence: "12 pods in 4 namespaces on 3 nodes, all in zone cn-hangzhou-h,
// vSwitch vsw-…", the words from the message table.
import type { CauseGroup } from '../../engine/index';
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
  const zone =
    g.zones.length === 1
      ? msg('groups.zoneAll', { zone: g.zones[0]!.value })
      : g.zones.length > 1
        ? msg('groups.zones', { count: formatCount(g.zones.length) })
        : '';
  const vsw =
    g.vSwitches.length === 1
      ? msg('groups.vSwitch', { vsw: g.vSwitches[0]!.value })
      : g.vSwitches.length > 1
        ? msg('groups.vSwitches', { count: formatCount(g.vSwitches.length) })
        : '';
  return [head, zone, vsw].filter(Boolean).join(', ');
}
