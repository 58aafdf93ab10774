// A second language for the catalog's prose: catalog/i18n/<lang>/<file>.yaml holds, per id, the
// translated title, explanation, fix, the why of each next check, and search keywords (format in
// catalog/README.md). compile-overlay.ts checks the files against the English catalog; applyOverlay
// returns the catalog with that prose in place. Patterns, signals, commands and codes never change:
// they are what users paste and run.
import type { Catalog } from './types';

export interface EntryProse {
  title: string;
  explanation: string;
  fix: string;
  /** one per nextChecks item, in order */
  why: string[];
  /** alias name → its note */
  notes?: Record<string, string>;
  keywords: string[];
}

export interface CatalogOverlay {
  lang: string;
  entries: Record<string, EntryProse>;
  knownBugs: Record<string, { title: string; problem: string; workaround: string }>;
  producers: Record<string, { title: string; explanation: string; why: string[] }>;
  causes: Record<string, { title: string }>;
  sop: { steps: Record<string, string>; asks: Record<string, { what: string; why: string }> };
}

const pick = <T>(table: Record<string, T>, id: string): T | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined;

/** each item with its overlay prose put in; an item the overlay lacks stays English */
const overlaid = <T extends { id: string }, P>(
  items: readonly T[],
  table: Record<string, P>,
  put: (item: T, t: P) => T,
): T[] =>
  items.map((x) => {
    const t = pick(table, x.id);
    return t ? put(x, t) : x;
  });

/** next checks with their translated whys (commands never change) */
const withWhys = <N extends { why: string }>(checks: readonly N[], why: readonly string[]): N[] =>
  checks.map((n, i) => ({ ...n, why: why[i] ?? n.why }));

/**
 * The catalog with the overlay's prose; what the overlay lacks stays English. The worker's slim
 * catalog gets a slim overlay (engineOverlay), so its explanations stay one sentence and its fixes empty.
 */
export function applyOverlay(c: Catalog, o: CatalogOverlay): Catalog {
  return {
    ...c,
    entries: overlaid(c.entries, o.entries, (e, t) => ({
      ...e,
      title: t.title,
      explanation: t.explanation,
      fix: e.fix && t.fix,
      nextChecks: withWhys(e.nextChecks, t.why),
      aliases: e.aliases.map((a) => (a.note && t.notes?.[a.name] ? { ...a, note: t.notes[a.name]! } : a)),
      keywords: t.keywords,
    })),
    knownBugs: overlaid(c.knownBugs, o.knownBugs, (b, t) => ({
      ...b,
      title: t.title,
      problem: b.problem && t.problem,
      workaround: b.workaround && t.workaround,
    })),
    producers: overlaid(c.producers, o.producers, (p, t) => ({
      ...p,
      title: t.title,
      explanation: t.explanation,
      nextChecks: withWhys(p.nextChecks, t.why),
    })),
    causes: overlaid(c.causes, o.causes, (x, t) => ({ ...x, title: t.title })),
    sop: {
      steps: c.sop.steps.map((s) => ({ ...s, title: pick(o.sop.steps, String(s.step)) ?? s.title })),
      asks: overlaid(c.sop.asks, o.sop.asks, (a, t) => ({ ...a, what: t.what, why: t.why })),
    },
  };
}
