// The timeline's filters: one object or node, and warnings and errors only.
import type { TimelineEntry } from '../../engine/index';

const PROBLEM_LEVELS = new Set(['warning', 'error', 'fatal', 'panic']);

export interface TimelineFilter {
  /** `o:<object>` or `n:<node>`; empty for everything */
  where: string;
  onlyProblems: boolean;
}

export function isProblem(t: TimelineEntry): boolean {
  return PROBLEM_LEVELS.has((t.level ?? '').toLowerCase());
}

export function filterTimeline(entries: readonly TimelineEntry[], f: TimelineFilter): TimelineEntry[] {
  const [kind, value] = [f.where.slice(0, 2), f.where.slice(2)];
  return entries.filter(
    (t) =>
      (!f.onlyProblems || isProblem(t)) &&
      (f.where === '' || (kind === 'o:' ? t.object === value : kind === 'n:' ? t.node === value : true)),
  );
}

/** The objects and nodes entries name, for the filter's options (bounded), most named first. */
export function filterOptions(
  entries: readonly TimelineEntry[],
  limit = 200,
): { value: string; name: string; node: boolean }[] {
  const counts = new Map<string, number>();
  for (const t of entries) {
    if (t.object) counts.set(`o:${t.object}`, (counts.get(`o:${t.object}`) ?? 0) + 1);
    if (t.node) counts.set(`n:${t.node}`, (counts.get(`n:${t.node}`) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([value]) => ({ value, name: value.slice(2), node: value.startsWith('n:') }));
}

/** A `datetime-local` value (the user's local time) as an ISO instant; undefined when empty or invalid. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
