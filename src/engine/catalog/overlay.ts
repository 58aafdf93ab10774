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

const pick = <T,>(table: Record<string, T>, id: string): T | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);

/**
 * The catalog with the overlay's prose; what the overlay lacks stays English. The worker's slim
 * catalog gets a slim overlay (engineOverlay), so its explanations stay one sentence and its fixes empty.
 */
export function applyOverlay(c: Catalog, o: CatalogOverlay): Catalog {
  return {
    ...c,
    entries: c.entries.map((e) => {
      const t = pick(o.entries, e.id);
      if (!t) return e;
      return {
        ...e,
        title: t.title,
        explanation: t.explanation,
        fix: e.fix && t.fix,
        nextChecks: e.nextChecks.map((n, i) => ({ ...n, why: t.why[i] ?? n.why })),
        aliases: e.aliases.map((a) => (a.note && t.notes?.[a.name] ? { ...a, note: t.notes[a.name]! } : a)),
        keywords: t.keywords,
      };
    }),
    knownBugs: c.knownBugs.map((b) => {
      const t = pick(o.knownBugs, b.id);
      return t ? { ...b, title: t.title, problem: b.problem && t.problem, workaround: b.workaround && t.workaround } : b;
    }),
    producers: c.producers.map((p) => {
      const t = pick(o.producers, p.id);
      if (!t) return p;
      return {
        ...p,
        title: t.title,
        explanation: t.explanation,
        nextChecks: p.nextChecks.map((n, i) => ({ ...n, why: t.why[i] ?? n.why })),
      };
    }),
    causes: c.causes.map((x) => {
      const t = pick(o.causes, x.id);
      return t ? { ...x, title: t.title } : x;
    }),
    sop: {
      steps: c.sop.steps.map((s) => ({ ...s, title: pick(o.sop.steps, String(s.step)) ?? s.title })),
      asks: c.sop.asks.map((a) => {
        const t = pick(o.sop.asks, a.id);
        return t ? { ...a, what: t.what, why: t.why } : a;
      }),
    },
  };
}
