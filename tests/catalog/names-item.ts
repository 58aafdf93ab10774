// Does a finding of the report name an inventory string? Not "does some pattern match it": the
// finding's own `signal` (or `signalText`) must say that string, so the report shows the user the
// text their paste holds rather than a sibling's or a wrapper's.
//
//   a wrapper      an item whose string only instantiates a wrapper format (`format` in the
//                  inventory: `cmdAdd: error alloc ip %w`) is named by the finding with that signal
//   event reason   the finding's signal is the reason, or its legacy name is
//   event message  the finding of the message's reason is there and the message selects one of the
//                  entry's specific variants (not the catch-all), or a line-level finding names it
//   OpenAPI code   the finding's signal is the code
//   anything else  the signal, its format holes (%s, %v, %w…) read as wildcards, matches the string
//                  (or a signalText that contains it), and
//                  - the finding is not a wrapper only (a variant the catalog marks `envelope`:
//                    `error: %v`, `failed to do add`, `task: %serror: %v`),
//                  - no hole swallows an inventory string (the item's own words, or another item's,
//                    must be in the signal's literal text, not in a `%v`),
//                  - the signal has literal text of its own (4 characters or more).
import type { CatalogEntry } from '../../src/engine/catalog/types';
import type { JsonReport } from '../../src/engine/report-json';
import type { InventoryItem } from './inventory';

type JsonFinding = JsonReport['findings'][number];

const HOLE = /%[-+# 0-9.]*[a-zA-Z]/g;
const CATCH_ALL = '[\\s\\S]*';
/** shorter inventory strings (`Synced`) are words an ordinary value may hold */
const MIN_SWALLOWED = 10;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** the signal as a regex whose holes are numbered capture groups (test inputs are short lines) */
export function signalRegex(signal: string): RegExp {
  const parts = signal.split(HOLE);
  return new RegExp(parts.map(escape).join('([\\s\\S]*?)') + (parts.length > 1 && parts.at(-1) === '' ? '$' : ''));
}

export class ItemNamer {
  private readonly byId: Map<string, CatalogEntry>;
  private readonly events: CatalogEntry[];
  /** the inventory's own strings a hole must not swallow */
  private readonly strings: string[];

  constructor(entries: readonly CatalogEntry[], items: readonly InventoryItem[]) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.events = entries.filter((e) => e.kind === 'event');
    this.strings = [...new Set(items.filter((i) => i.kind !== 'event-reason').map((i) => i.string.trim()))].filter(
      (s) => s.length >= MIN_SWALLOWED,
    );
  }

  names(f: JsonFinding, item: InventoryItem, code?: string): boolean {
    if (item.format && f.signal === item.format) return true;
    switch (item.kind) {
      case 'event-reason':
        return f.signal === item.string || f.legacy?.name === item.string;
      case 'event-message':
        return (this.isReason(f, item.reason!) && this.specificVariant(item)) || this.namesText(f, item.string);
      case 'openapi-code':
        return code ? f.signal === code : this.namesText(f, item.string);
      default:
        return this.namesText(f, item.string);
    }
  }

  private isReason(f: JsonFinding, reason: string): boolean {
    return f.signal === reason || f.legacy?.name === reason;
  }

  /** the entry of the message's reason picks a variant other than its catch-all for it */
  private specificVariant(item: InventoryItem): boolean {
    const entry = this.events.find(
      (e) => e.reason === item.reason || e.aliases.some((a) => a.name === item.reason && a.versions !== 'sop'),
    );
    const first = entry?.match.find((v) => new RegExp(v.pattern, v.flags ?? '').test(item.string));
    return !!first && first.pattern !== CATCH_ALL;
  }

  /** the finding's signal says this text (see the header) */
  namesText(f: JsonFinding, text: string): boolean {
    if (this.envelopeOnly(f)) return false;
    if (f.signal.replace(HOLE, '').replace(/[\W_]/g, '').length < 4) return false;
    const re = signalRegex(f.signal);
    const target = text;
    let m = re.exec(target);
    if (!m && f.signalText) {
      // the signal carries context the bare string lacks (a wrapper Terway always prints with it)
      const shown = f.signalText.replace(/\\+"/g, '"');
      if (shown.includes(target)) m = re.exec(shown);
    }
    if (!m) return false;
    return m.slice(1).every((hole) => !this.strings.some((s) => hole.includes(s)));
  }

  /** every variant of the entry with this signal recognises only a wrapper */
  private envelopeOnly(f: JsonFinding): boolean {
    const entry = this.byId.get(f.id);
    if (!entry) return false;
    const variants = entry.match.filter((v) => (v.signal ?? entry.signal) === f.signal);
    return variants.length > 0 && variants.every((v) => v.envelope);
  }
}
