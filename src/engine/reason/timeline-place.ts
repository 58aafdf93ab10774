// Puts timeline entries on one axis from the times they printed. The anchor is the time the user says
// they pasted at, else the latest full time in the paste: it gives year-less stamps their year and
// turns ages into times. Without it, ages stay relative and follow the timed entries, oldest first.
import type { TimelineAnchor, TimelineEntry, TimeKind } from '../report';
import { anchoredText, parseAge, parseStamp, withYear, yearOf } from '../analysis/timestamps';

const DAY = 86_400_000;

interface Placed {
  entry: TimelineEntry;
  /** ms on the axis; for an unanchored age, minus its seconds (older first) */
  key: number;
  /** 0: on the time axis, 1: relative only */
  tier: number;
}

/** The paste's own anchor: its latest full time. */
export function pasteAnchor(entries: readonly TimelineEntry[]): TimelineAnchor | undefined {
  let best: { key: number; entry: TimelineEntry } | undefined;
  for (const e of entries) {
    const s = parseStamp(e.printed);
    if (s?.kind === 'absolute' && (!best || s.key > best.key)) best = { key: s.key, entry: e };
  }
  return best ? { at: best.entry.printed, source: 'paste', line: best.entry.line } : undefined;
}

/**
 * Places and orders entries from their printed times, against `anchor` when there is one. The entries
 * are copied; the first appearance of `rootCause` is marked.
 */
export function placeTimeline(
  entries: readonly TimelineEntry[],
  anchor: TimelineAnchor | undefined,
  rootCause?: string,
): TimelineEntry[] {
  const anchorKey = anchor ? parseStamp(anchor.at) : undefined;
  const at = anchorKey?.kind === 'absolute' ? anchorKey.key : undefined;
  const placed = entries.map((e) => place(e, at));
  placed.sort((a, b) => a.tier - b.tier || a.key - b.key || a.entry.line - b.entry.line);
  let rootMarked = false;
  return placed.map(({ entry }) => {
    const { rootCause: _, ...rest } = entry;
    if (rootCause === undefined || rootMarked || entry.findingId !== rootCause) return rest;
    rootMarked = true;
    return { ...rest, rootCause: true };
  });
}

function place(e: TimelineEntry, anchor: number | undefined): Placed {
  const set = (at: string, atKind: TimeKind, key: number, tier = 0): Placed => ({
    entry: { ...e, at, atKind },
    key,
    tier,
  });
  const stamp = parseStamp(e.printed);
  if (stamp?.kind === 'absolute') return set(stamp.text, 'absolute', stamp.key);
  if (stamp) {
    if (anchor === undefined) return set(stamp.text, 'no-year', stamp.key);
    // the anchor's year, unless that puts the line after the anchor (a December log read in January)
    let dated = withYear(stamp, yearOf(anchor));
    if (dated.key > anchor + DAY) dated = withYear(stamp, yearOf(anchor) - 1);
    return set(dated.text, 'year-inferred', dated.key);
  }
  const age = parseAge(e.printed);
  if (!age) return set(e.printed, 'relative', 0, 2);
  if (anchor === undefined) return set(e.printed, 'relative', -age.seconds, 1);
  const t = anchoredText(anchor, age);
  return set(t.text, 'anchored', t.key);
}
