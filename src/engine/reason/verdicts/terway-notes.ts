// Terway's own informational warnings (VirtualModeChanged): notes, not failures.
import type { Group } from '../../match/aggregate';
import type { ReasonContext } from '../types';

export function terwayNotes(ctx: ReasonContext): Group[] {
  return ctx.collected.groups.filter(
    (g) => g.origin.kind === 'event' && g.entry.kind === 'event' && g.origin.type === 'Warning',
  );
}
