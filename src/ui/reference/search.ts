// Search over the catalog for the reference view (pure TS, no DOM).
//
// A pasted error string full of IDs, IPs and timestamps must still find its entry, so a query is
// answered in three tiers, best first:
//   1. exact regex hits: the raw query (and each of its lines) tested against every match variant;
//   2. literal hits: a variant's prefilter literal occurs in the query;
//   3. fuzzy hits: fuse.js over short fields, on the query with IDs/IPs/timestamps stripped.
// Beside them, the words users type (phrase-index.ts: Chinese with or without spaces, symptom words)
// point at entries too; a Chinese query's codes and English words go through the three tiers.
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import { KIND_ROOT_SCORE, type CatalogEntry, type Catalog, type Category, type EntryKind } from '../../engine/index';
import { TrigramFilter } from './trigram-filter';
import { hasHan, latinPart, PhraseIndex } from './phrase-index';
import searchTerms from '../../../catalog/i18n/search-terms.json';

export interface SearchDoc {
  id: string;
  idWords: string;
  title: string;
  signal: string;
  reason: string;
  aliases: string[];
  literals: string[];
  variantSignals: string[];
  examples: string[];
}

export interface SearchHit {
  entry: CatalogEntry;
  /** how it was found */
  via: 'regex' | 'literal' | 'fuzzy' | 'phrase' | 'all';
  /** the variant whose pattern matched the query, for regex hits */
  variant?: string;
  score: number;
  matches?: readonly FuseResultMatch[];
}

export interface Filters {
  kind?: string;
  category?: string;
  component?: string;
  sopStep?: number;
}

interface CompiledVariant {
  entry: CatalogEntry;
  variant: string;
  re: RegExp;
  literals: string[];
  /** a generic wrapper ("task: %serror: %v"): ranks after the entry for the inner error */
  envelope: boolean;
}

/** Lower is better. Exact regex hits first; among them specific (non-envelope, long-literal) ones. */
function regexScore(v: CompiledVariant, lowerQuery: string): number {
  const longest = Math.max(0, ...v.literals.filter((l) => lowerQuery.includes(l.toLowerCase())).map((l) => l.length));
  // the engine's order: the entry the report would name as root cause first (an OpenAPI code before
  // the CNI error and kubelet message wrapping it); an event's message variant counts only with its
  // reason named
  const depth = KIND_ROOT_SCORE[v.entry.kind] / 400;
  const event = v.entry.kind === 'event' ? 0.4 : 0;
  return (v.envelope ? -2 : -2.5) - depth + event - Math.min(longest, 80) / 1000;
}

const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  keys: [
    { name: 'signal', weight: 3 },
    { name: 'reason', weight: 3 },
    { name: 'id', weight: 2 },
    { name: 'idWords', weight: 1.5 },
    { name: 'aliases', weight: 2.5 },
    { name: 'variantSignals', weight: 2 },
    { name: 'title', weight: 1.5 },
    { name: 'literals', weight: 1.5 },
    { name: 'examples', weight: 0.4 },
  ],
};

/** fuzzy queries of 3 characters up to this length also look at the examples */
const FUZZY_EXAMPLES_MAX = 12;

const SHORT_OPTIONS: IFuseOptions<SearchDoc> = {
  ...FUSE_OPTIONS,
  keys: (FUSE_OPTIONS.keys ?? []).filter((k) => typeof k === 'object' && 'name' in k && k.name !== 'examples'),
};

// ---- query normalisation ------------------------------------------------------------------------

const STRIP: RegExp[] = [
  // klog header: E1125 04:55:12.123456   12345 file.go:123]
  /\b[IWEF]\d{4} \d{2}:\d{2}:\d{2}(?:\.\d+)?\s+\d+\s+[\w./-]+:\d+\]\s*/g,
  // syslog/journal prefix: Nov 25 12:52:41 host proc[123]:
  /\b[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \S+ [\w.-]+(?:\[\d+\])?:\s*/g,
  // logrus/json keys with times and levels
  /\b(?:time|ts|level|lvl)=("[^"]*"|\S+)\s*/g,
  /"(?:time|ts|level|caller)"\s*:\s*"[^"]*",?/g,
  // ISO and other dates/times
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
  /\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b/g,
  // cloud ids and node names
  /\b(?:eni|vsw|vpc|sg|i|vpc|rtb|eip|lb)-[a-z0-9]{6,40}\b/gi,
  /\b[a-z]{2}(?:-[a-z0-9]+){1,3}\.\d{1,3}(?:\.\d{1,3}){3}\b/gi,
  /\biz[a-z0-9]{8,40}z\b/gi,
  // UUIDs, long hex, IPs (v4 with optional CIDR, v6), MACs
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b[0-9a-f]{12,}\b/gi,
  /\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?::\d+)?\b/g,
  /\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}\b/gi,
  // quoted sandbox ids etc. and counts like (x12 over 20m)
  // no `(` inside, so an unclosed `(x1 over ` is not rescanned from every later one
  /\(x\d+ over [^()]*\)/g,
  /\b\d{5,}\b/g,
];

/** Strips IDs, IPs, UUIDs, hex ids, klog headers and dates from a pasted error string. */
export function normaliseQuery(raw: string): string {
  let q = raw;
  for (const re of STRIP) q = q.replace(re, ' ');
  return q
    .replace(/["'`]{2,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- index --------------------------------------------------------------------------------------

function idWords(id: string): string {
  return id.replace(/[-_.]/g, ' ');
}

function toDoc(e: CatalogEntry): SearchDoc {
  return {
    id: e.id,
    idWords: idWords(e.id),
    title: e.title,
    signal: e.signal,
    reason: e.reason ?? '',
    aliases: e.aliases.map((a) => a.name),
    literals: e.match.flatMap((m) => m.literals),
    variantSignals: e.match.flatMap((m) => (m.signal ? [m.signal] : [])),
    examples: e.match.flatMap((m) => m.examples),
  };
}

export class CatalogSearch {
  readonly entries: CatalogEntry[];
  /** every key, examples included: for short queries */
  readonly #fuse: Fuse<SearchDoc>;
  /** short keys only: long patterns over long examples cost tens of ms per keystroke */
  readonly #fuseShort: Fuse<SearchDoc>;
  /** the entries worth a fuzzy look, so Fuse ranks a couple of dozen instead of the whole catalog */
  readonly #filter: TrigramFilter<SearchDoc>;
  readonly #filterShort: TrigramFilter<SearchDoc>;
  readonly #byId: Map<string, CatalogEntry>;
  readonly #variants: CompiledVariant[] = [];
  readonly #phrases: PhraseIndex;

  constructor(catalog: Catalog, terms: Readonly<Record<string, readonly string[]>> = searchTerms) {
    this.entries = catalog.entries;
    this.#phrases = new PhraseIndex(catalog.entries, terms);
    this.#byId = new Map(catalog.entries.map((e) => [e.id, e]));
    const docs = catalog.entries.map(toDoc);
    const index = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs);
    this.#fuse = new Fuse(docs, FUSE_OPTIONS, index);
    this.#fuseShort = new Fuse(docs, SHORT_OPTIONS);
    const short = (d: SearchDoc) => [
      d.id,
      d.idWords,
      d.title,
      d.signal,
      d.reason,
      ...d.aliases,
      ...d.literals,
      ...d.variantSignals,
    ];
    this.#filter = new TrigramFilter(docs, (d) => [...short(d), ...d.examples]);
    this.#filterShort = new TrigramFilter(docs, short);
    for (const entry of catalog.entries) {
      for (const m of entry.match) {
        try {
          const flags = m.flags ?? '';
          // catch-all variants of event entries apply once the reason picked the entry: require it
          const catchAll = m.literals.length === 0;
          const literals = catchAll
            ? [entry.reason, ...entry.aliases.map((a) => a.name)].filter((l): l is string => !!l && l.length >= 4)
            : m.literals;
          if (literals.length === 0) continue;
          this.#variants.push({
            entry,
            variant: m.id,
            re: new RegExp(m.pattern, flags),
            literals,
            envelope: m.envelope === true || catchAll,
          });
        } catch {
          // a pattern this browser cannot compile is still searchable by text
        }
      }
    }
  }

  get(id: string): CatalogEntry | undefined {
    return this.#byId.get(id);
  }

  search(raw: string, filters: Filters = {}, limit = 200): SearchHit[] {
    const query = raw.trim();
    const phrases = query ? this.#phrases.score(query) : new Map<string, number>();
    if (phrases.size === 0 && !hasHan(query)) return this.#search(query, filters, limit);
    // the words typed point at entries; codes and English words beside them rank those entries up
    const latin = latinPart(query);
    const byText = new Map(
      (latin.length >= 2 ? this.#search(hasHan(query) ? latin : query, filters, limit) : []).map((h) => [
        h.entry.id,
        h,
      ]),
    );
    const best = Math.max(1, ...phrases.values());
    for (const [id, weight] of phrases) {
      const entry = this.#byId.get(id);
      if (!entry || !matchesFilters(entry, filters)) continue;
      const prev = byText.get(id);
      const score = (prev?.score ?? 0.5) - 3 * (weight / best);
      byText.set(id, prev ? { ...prev, score } : { entry, via: 'phrase', score });
    }
    return [...byText.values()].sort((a, b) => a.score - b.score).slice(0, limit);
  }

  #search(query: string, filters: Filters, limit: number): SearchHit[] {
    const keep = (e: CatalogEntry) => matchesFilters(e, filters);
    if (!query) {
      return this.entries.filter(keep).map((entry) => ({ entry, via: 'all' as const, score: 0 }));
    }

    const hits = new Map<string, SearchHit>();
    const add = (hit: SearchHit) => {
      if (!keep(hit.entry)) return;
      // the entry's own reason (or a legacy alias) in the query: it is about this event
      if (hit.via !== 'fuzzy' && namesIn(hit.entry, query)) hit.score -= hit.entry.kind === 'event' ? 0.8 : 0.3;
      const prev = hits.get(hit.entry.id);
      if (!prev || hit.score < prev.score) hits.set(hit.entry.id, hit);
    };

    // 1. exact regex hits over the raw query and its lines (a query of several pasted lines)
    const candidates = [query, ...query.split(/\r?\n/).filter((l) => l.trim() && l.trim() !== query)].slice(0, 50);
    const lower = query.toLowerCase();
    for (const v of this.#variants) {
      // the literal prefilter keeps this cheap for every keystroke
      const hasLiteral = v.literals.some((l) => lower.includes(l.toLowerCase()));
      if (!hasLiteral) continue;
      if (candidates.some((c) => safeTest(v.re, c))) {
        add({ entry: v.entry, via: 'regex', variant: v.variant, score: regexScore(v, lower) });
      } else if (v.literals.some((l) => l.trim().length >= 12 && lower.includes(l.toLowerCase()))) {
        add({ entry: v.entry, via: 'literal', variant: v.variant, score: -1 });
      }
    }

    // exact id / signal / alias equality ranks with regex hits
    for (const e of this.entries) {
      if (
        e.id.toLowerCase() === lower ||
        e.signal.toLowerCase() === lower ||
        (e.reason ?? '').toLowerCase() === lower ||
        e.aliases.some((a) => a.name.toLowerCase() === lower)
      )
        add({ entry: e, via: 'regex', score: -3 });
    }

    // 3. fuzzy over short fields, on the normalised query
    const normalised = normaliseQuery(query);
    const exact = hits.size > 0;
    if (normalised.length >= 2 && !(exact && normalised.length > 32)) {
      const pattern = normalised.length > 32 ? normalised.slice(0, 48) : normalised;
      // Bitap's cost grows with the pattern: a longer query is matched against the short fields
      // only (pasted lines already met the examples in the regex and literal tiers)
      const withExamples = normalised.length >= 3 && normalised.length <= FUZZY_EXAMPLES_MAX;
      const candidates = (withExamples ? this.#filter : this.#filterShort).candidates(pattern);
      const fuse =
        candidates.length === this.entries.length
          ? withExamples
            ? this.#fuse
            : this.#fuseShort
          : new Fuse(candidates, withExamples ? FUSE_OPTIONS : SHORT_OPTIONS);
      for (const r of fuse.search(pattern, { limit })) {
        const entry = this.#byId.get(r.item.id);
        if (entry) add({ entry, via: 'fuzzy', score: r.score ?? 1, ...(r.matches ? { matches: r.matches } : {}) });
      }
    }

    return [...hits.values()].sort((a, b) => a.score - b.score).slice(0, limit);
  }
}

function matchesFilters(e: CatalogEntry, filters: Filters): boolean {
  return (
    (!filters.kind || e.kind === filters.kind) &&
    (!filters.category || e.category === filters.category || e.match.some((m) => m.category === filters.category)) &&
    (!filters.component || e.component === filters.component) &&
    (!filters.sopStep || e.sopStep === filters.sopStep)
  );
}

function namesIn(e: CatalogEntry, query: string): boolean {
  const names = [e.reason, ...e.aliases.map((a) => a.name)].filter(
    (n): n is string => !!n && /^[A-Za-z]\w{5,}$/.test(n),
  );
  return names.some((n) => new RegExp(`\\b${n}\\b`).test(query));
}

function safeTest(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  // bounded input: catalog patterns are linted against nested quantifiers, and queries are capped
  return re.test(s.length > 4000 ? s.slice(0, 4000) : s);
}

export interface FacetValues {
  kinds: EntryKind[];
  categories: Category[];
  components: string[];
  sopSteps: number[];
}

export function facets(entries: readonly CatalogEntry[]): FacetValues {
  const uniq = <T>(xs: T[]) => [...new Set(xs)].sort();
  return {
    kinds: uniq(entries.map((e) => e.kind)),
    categories: uniq(entries.flatMap((e) => [e.category, ...e.match.flatMap((m) => (m.category ? [m.category] : []))])),
    components: uniq(entries.map((e) => e.component)),
    sopSteps: [...new Set(entries.map((e) => e.sopStep))].sort((a, b) => a - b),
  };
}
