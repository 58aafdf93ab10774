// The catalog turned into lookup structures: a reason index for events and one literal scanner
// over every line-level pattern. Built once per catalog (in the worker at start-up).
import type { Catalog, CatalogEntry, MatchVariant } from '../catalog/types';
import { LiteralScanner, type ScanLiteral } from './literal-scanner';

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

export class CompiledCatalog {
  readonly entries: readonly CatalogEntry[];
  readonly byId = new Map<string, CatalogEntry>();
  private readonly reasons = new Map<string, ReasonHit>();
  private readonly eventVariants = new Map<string, CompiledVariant[]>();
  private readonly lineVariants: CompiledVariant[] = [];
  /** literal id → indexes into lineVariants */
  private readonly literalOwners: number[][] = [];
  private readonly scanner: LiteralScanner;

  constructor(catalog: Catalog) {
    this.entries = catalog.entries;
    const literals: ScanLiteral[] = [];
    const literalIds = new Map<string, number>();
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
          const ignoreCase = (cv.variant.flags ?? '').includes('i');
          const text = ignoreCase ? lit.toLowerCase() : lit;
          const key = `${ignoreCase ? 'i' : 's'}:${text}`;
          let id = literalIds.get(key);
          if (id === undefined) {
            id = literals.push({ text, ignoreCase }) - 1;
            literalIds.set(key, id);
            this.literalOwners[id] = [];
          }
          const owners = this.literalOwners[id]!;
          if (!owners.includes(index)) owners.push(index);
        }
      }
    }
    this.scanner = new LiteralScanner(literals);
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
    let candidates: number[] | undefined;
    this.scanner.scan(text, (lit) => {
      for (const v of this.literalOwners[lit]!) {
        if (!(candidates ??= []).includes(v)) candidates.push(v);
      }
    });
    if (!candidates) return NONE;
    const hits: VariantHit[] = [];
    candidates.sort((a, b) => a - b);
    for (const v of candidates) {
      const cv = this.lineVariants[v]!;
      const m = cv.regex.exec(text);
      if (m) hits.push({ compiled: cv, captures: captures(m) });
    }
    return hits;
  }

  get lineVariantCount(): number {
    return this.lineVariants.length;
  }
}

const NONE: VariantHit[] = [];

function captures(m: RegExpExecArray): Record<string, string> {
  const out: Record<string, string> = {};
  if (m.groups) for (const [k, v] of Object.entries(m.groups)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
