// The catalog turned into lookup structures: a reason index for events and one literal scanner
// over every line-level pattern. Built once per catalog (in the worker at start-up).
import type {
  Catalog,
  CatalogEntry,
  Fingerprint,
  InnerCause,
  KnownBug,
  MatchVariant,
  Producer,
  Sop,
} from '../catalog/types';
import { LiteralScanner, type ScanLiteral } from './literal-scanner';
import { ProducerIndex } from '../provenance/producer-index';
import type { Mark } from '../provenance/line-producer';

export interface CompiledVariant {
  entry: CatalogEntry;
  variant: MatchVariant;
  regex: RegExp;
}

export interface ReasonHit {
  entry: CatalogEntry;
  /** set when the reason is a legacy alias (e.g. CniPodCreateError) */
  alias?: { name: string; versions: string };
}

export interface VariantHit {
  compiled: CompiledVariant;
  captures: Record<string, string>;
}

export type { Mark };

export interface LineScan {
  hits: VariantHit[];
  marks: Mark[];
}

/** A known bug the engine can recognise: its symptom entry, and its narrower pattern when it has one. */
export interface CompiledKnownBug {
  bug: KnownBug & { symptom: string };
  regex?: RegExp;
}

interface CompiledMark {
  producer: Producer;
  fingerprint: Fingerprint;
  regex: RegExp;
}

export class CompiledCatalog {
  readonly entries: readonly CatalogEntry[];
  readonly byId = new Map<string, CatalogEntry>();
  private readonly reasons = new Map<string, ReasonHit>();
  private readonly eventVariants = new Map<string, CompiledVariant[]>();
  private readonly lineVariants: CompiledVariant[] = [];
  /** literal id → indexes into lineVariants */
  private readonly literalOwners: number[][] = [];
  private readonly fingerprints: CompiledMark[] = [];
  /** literal id → indexes into fingerprints */
  private readonly literalMarks: number[][] = [];
  private readonly scanner: LiteralScanner;
  /** every distinct literal of entry variants and fingerprints */
  private readonly literals: readonly ScanLiteral[];
  private readonly withExtra = new WeakMap<readonly ScanLiteral[], readonly ScanLiteral[]>();
  private readonly causes: { cause: InnerCause; regex: RegExp }[];
  readonly producers: ProducerIndex;
  /** the SOP's step titles and what its steps ask for */
  readonly sop: Sop;
  readonly knownBugs: readonly CompiledKnownBug[];

  constructor(catalog: Catalog) {
    this.entries = catalog.entries;
    this.knownBugs = catalog.knownBugs.flatMap((bug) =>
      bug.symptom && !bug.referenceOnly
        ? [
            {
              bug: { ...bug, symptom: bug.symptom },
              ...(bug.pattern ? { regex: new RegExp(bug.pattern, bug.flags ?? '') } : {}),
            },
          ]
        : [],
    );
    this.producers = new ProducerIndex(catalog.producers);
    this.sop = catalog.sop;
    this.causes = catalog.causes.map((cause) => ({ cause, regex: new RegExp(cause.pattern, `g${cause.flags ?? ''}`) }));
    const literals: ScanLiteral[] = [];
    const literalIds = new Map<string, number>();
    /** one scanner entry per distinct literal, shared by entry variants and fingerprints */
    const literalId = (lit: string, flags: string | undefined): number => {
      const ignoreCase = (flags ?? '').includes('i');
      const text = ignoreCase ? lit.toLowerCase() : lit;
      const key = `${ignoreCase ? 'i' : 's'}:${text}`;
      let id = literalIds.get(key);
      if (id === undefined) {
        id = literals.push({ text, ignoreCase }) - 1;
        literalIds.set(key, id);
        this.literalOwners[id] = [];
        this.literalMarks[id] = [];
      }
      return id;
    };
    for (const entry of catalog.entries) {
      this.byId.set(entry.id, entry);
      const compiled = entry.match.map((variant) => ({
        entry,
        variant,
        regex: new RegExp(variant.pattern, variant.flags ?? ''),
      }));
      if (entry.kind === 'event' && entry.reason) {
        this.reasons.set(entry.reason, { entry });
        for (const a of entry.aliases) {
          // SOP-only spellings are not emitted by Terway; they matter for search, not for matching
          if (!this.reasons.has(a.name)) this.reasons.set(a.name, { entry, alias: a });
        }
        this.eventVariants.set(entry.id, compiled);
        continue;
      }
      for (const cv of compiled) {
        const index = this.lineVariants.push(cv) - 1;
        for (const lit of cv.variant.literals) {
          const owners = this.literalOwners[literalId(lit, cv.variant.flags)]!;
          if (!owners.includes(index)) owners.push(index);
        }
      }
    }
    for (const producer of catalog.producers)
      for (const fingerprint of producer.fingerprints) {
        const index =
          this.fingerprints.push({
            producer,
            fingerprint,
            regex: new RegExp(fingerprint.pattern, fingerprint.flags ?? ''),
          }) - 1;
        for (const lit of fingerprint.literals) {
          const owners = this.literalMarks[literalId(lit, fingerprint.flags)]!;
          if (!owners.includes(index)) owners.push(index);
        }
      }
    this.scanner = new LiteralScanner(literals);
    this.literals = literals;
  }

  /**
   * Every literal scanLine looks for, plus `extra`: a line without any of them has no hit and no
   * fingerprint. The same array for the same `extra`, so that what is built from it can be kept.
   */
  scanLiterals(extra: readonly ScanLiteral[]): readonly ScanLiteral[] {
    let all = this.withExtra.get(extra);
    if (all === undefined) {
      all = [...this.literals, ...extra];
      this.withExtra.set(extra, all);
    }
    return all;
  }

  /** Event entry for a reason as printed (current name or legacy alias). */
  reason(reason: string): ReasonHit | undefined {
    return this.reasons.get(reason);
  }

  /** The first variant of an event entry whose pattern matches the message. */
  eventVariant(entry: CatalogEntry, message: string): VariantHit | undefined {
    for (const cv of this.eventVariants.get(entry.id) ?? []) {
      const m = cv.regex.exec(message);
      if (m) return { compiled: cv, captures: captures(m) };
    }
    return undefined;
  }

  /** Every line-level variant (non-event entries) that matches the text. */
  matchLine(text: string): VariantHit[] {
    return this.scanLine(text).hits;
  }

  /** One scan of a line: the entry variants it matches and the producers' fingerprints on it. */
  scanLine(text: string): LineScan {
    let candidates: number[] | undefined;
    let markCandidates: number[] | undefined;
    this.scanner.scan(text, (lit) => {
      for (const v of this.literalOwners[lit]!) if (!(candidates ??= []).includes(v)) candidates.push(v);
      for (const f of this.literalMarks[lit]!) if (!(markCandidates ??= []).includes(f)) markCandidates.push(f);
    });
    if (!candidates && !markCandidates) return EMPTY;
    const hits = confirmed(text, candidates, this.lineVariants, (cv, m) => ({ compiled: cv, captures: captures(m) }));
    const marks = confirmed(text, markCandidates, this.fingerprints, (cm, m) => ({
      producer: cm.producer,
      fingerprint: cm.fingerprint,
      at: m.index,
    }));
    return hits.length === 0 && marks.length === 0 ? EMPTY : { hits, marks };
  }

  /** The cause the words of a wrapped error name: of several, the last one (the innermost error). */
  innerCause(text: string): InnerCause | undefined {
    let best: InnerCause | undefined;
    let at = -1;
    for (const { cause, regex } of this.causes) {
      regex.lastIndex = 0;
      for (const m of text.matchAll(regex))
        if (m.index > at) {
          at = m.index;
          best = cause;
        }
    }
    return best;
  }

  get lineVariantCount(): number {
    return this.lineVariants.length;
  }
}

const EMPTY: LineScan = { hits: [], marks: [] };

/** The candidates (indexes into `items`), in catalog order, whose regex matches `text`, as `found` makes them. */
function confirmed<T extends { regex: RegExp }, R>(
  text: string,
  candidates: number[] | undefined,
  items: readonly T[],
  found: (item: T, m: RegExpExecArray) => R,
): R[] {
  const out: R[] = [];
  if (candidates === undefined) return out;
  candidates.sort((a, b) => a - b);
  for (const i of candidates) {
    const item = items[i]!;
    const m = item.regex.exec(text);
    if (m) out.push(found(item, m));
  }
  return out;
}

function captures(m: RegExpExecArray): Record<string, string> {
  const out: Record<string, string> = {};
  if (m.groups) for (const [k, v] of Object.entries(m.groups)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
