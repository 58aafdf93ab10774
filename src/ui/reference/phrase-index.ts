// Entries by the words users type rather than the strings Terway prints: the search terms of
// catalog/i18n/search-terms.json (Chinese and symptom words such as ContainerCreating, each naming
// its entries best first) and, in Chinese, each entry's overlay keywords and title. Chinese is
// written with or without spaces, so phrases and queries are compared without them, as substrings
// (a query that holds a phrase, or the start of one), and Chinese queries also by shared character
// pairs, which survive a word typed differently (交换机IP不够 vs 交换机 IP 不足).
import type { CatalogEntry } from '../../engine/index';

const HAN = /\p{Script=Han}/u;
const compact = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

function pairs(s: string, into: Set<string>): void {
  for (let i = 0; i + 2 <= s.length; i++) {
    const p = s.slice(i, i + 2);
    if (HAN.test(p)) into.add(p);
  }
}

interface Phrase {
  text: string;
  /** the entry's rank among the term's entries (0 = best), or 0 for its own keywords and title */
  rank: number;
}

export class PhraseIndex {
  readonly #phrases = new Map<string, Phrase[]>();
  readonly #pairs = new Map<string, Set<string>>();

  constructor(entries: readonly CatalogEntry[], terms: Readonly<Record<string, readonly string[]>>) {
    const add = (id: string, text: string, rank: number) => {
      const t = compact(text);
      if (t.length < 2) return;
      let list = this.#phrases.get(id);
      if (!list) this.#phrases.set(id, (list = []));
      list.push({ text: t, rank });
      let set = this.#pairs.get(id);
      if (!set) this.#pairs.set(id, (set = new Set()));
      pairs(t, set);
    };
    const known = new Set(entries.map((e) => e.id));
    for (const [term, ids] of Object.entries(terms)) ids.forEach((id, rank) => known.has(id) && add(id, term, rank));
    for (const e of entries) {
      for (const k of e.keywords ?? []) add(e.id, k, 0);
      if (HAN.test(e.title)) add(e.id, e.title, 0);
    }
  }

  /** Each entry the query's words point at, with a weight (higher is better); empty when none does. */
  score(query: string): Map<string, number> {
    const q = compact(query);
    const out = new Map<string, number>();
    if (q.length < 2) return out;
    const qPairs = new Set<string>();
    pairs(q, qPairs);
    for (const [id, phrases] of this.#phrases) {
      let s = 0;
      for (const p of phrases) {
        // a whole phrase in the query counts by its length; a query that starts a phrase, by the query's
        if (q.includes(p.text)) s += p.text.length * (4 - Math.min(p.rank, 3));
        else if (p.text.startsWith(q)) s += q.length * (3 - Math.min(p.rank, 2));
      }
      if (qPairs.size > 0) {
        const own = this.#pairs.get(id)!;
        let shared = 0;
        for (const p of qPairs) if (own.has(p)) shared++;
        // most of the query's pairs must be there, or a common word (失败) would pull in everything
        if (shared * 2 >= qPairs.size) s += (shared / qPairs.size) * 4;
      }
      if (s > 0) out.set(id, s);
    }
    return out;
  }
}

/** the query without its Chinese: the codes and English words left for the other tiers */
export function latinPart(query: string): string {
  return query
    .replace(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const hasHan = (s: string): boolean => HAN.test(s);
