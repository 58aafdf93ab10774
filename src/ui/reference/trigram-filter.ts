// A cheap candidate filter in front of fuse.js. Fuse's Bitap costs about (characters indexed) ×
// (pattern length), ~20 ms per keystroke over the whole catalog for a 20-character query, so the
// fuzzy tier first keeps the entries that share the most three-letter sequences with the query and
// lets Fuse rank only those. A typo destroys a few trigrams, not most of them, so the right entry
// stays among the candidates.

/** how many entries Fuse ranks at most */
const MAX_CANDIDATES = 16;

function trigrams(text: string, into: Set<string>): void {
  const t = text.toLowerCase();
  for (let i = 0; i + 3 <= t.length; i++) into.add(t.slice(i, i + 3));
}

export class TrigramFilter<T> {
  readonly #grams: Set<string>[];

  constructor(
    readonly items: readonly T[],
    textsOf: (item: T) => readonly string[],
  ) {
    this.#grams = items.map((item) => {
      const set = new Set<string>();
      for (const text of textsOf(item)) trigrams(text, set);
      return set;
    });
  }

  /** The items sharing the most trigrams with `query`, best first; all items when the query has none. */
  candidates(query: string, max = MAX_CANDIDATES): readonly T[] {
    const q = new Set<string>();
    trigrams(query, q);
    if (q.size === 0) return this.items;
    const scored: [number, number][] = [];
    this.#grams.forEach((grams, i) => {
      let shared = 0;
      for (const g of q) if (grams.has(g)) shared++;
      if (shared > 0) scored.push([shared, i]);
    });
    scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    return scored.slice(0, max).map(([, i]) => this.items[i]!);
  }
}
