// The words for each kind of line mark, from the message table.
import { msg } from '../../engine/messages';
import type { MarkKind } from './line-marks';

export function markLabel(kind: MarkKind): string {
  switch (kind) {
    case 'root':
      return msg('marks.kind.root');
    case 'symptom':
      return msg('marks.kind.symptom');
    case 'finding':
      return msg('marks.kind.finding');
    case 'unexplained':
      return msg('marks.kind.unexplained');
  }
}
