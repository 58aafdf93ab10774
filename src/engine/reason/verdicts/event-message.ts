// The message of the event a group was found on: the most specific thing the paste says about it.
import type { Collected } from '../../analysis/collector';
import type { Group } from '../../match/aggregate';

export function eventMessage(c: Collected, g: Group): string | undefined {
  if (g.origin.kind !== 'event') return undefined;
  return c.events.find((e) => e.lines.start === g.firstLine)?.message;
}

export const clip = (s: string, max = 200) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
