// A count with its noun, singular or plural, from the message table.
import { msg, type MessageKey } from '../../engine/messages';
import { formatCount } from '../common/format';

type Counted = 'groups.pods' | 'groups.objects' | 'groups.namespaces' | 'groups.nodes';

export function counted(key: Counted, n: number): string {
  return msg(`${key}.${n === 1 ? 'one' : 'other'}` as MessageKey, { count: formatCount(n) });
}
