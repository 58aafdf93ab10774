// Compiles a language's overlay files (catalog/i18n/<lang>/<name>.yaml, one per English catalog
// file, keyed by id in the English order) into a CatalogOverlay, checking each against the English:
// the same ids in the same order, every prose field present, translated, with the English
// placeholders and backticked commands. Pure (no fs). An English file without an overlay is listed
// in `missing` (its prose stays English); the schema test decides which may be missing.
import { parseDocument } from 'yaml';
import type { Catalog } from './types';
import type { CatalogOverlay, EntryProse } from './overlay';
import type { CatalogFile } from './compile';
import { at, isRec, isStr } from './check-helpers';
import { translationProblems } from './translation-check';

export interface OverlayResult {
  overlay: CatalogOverlay;
  /** English catalog files (base names) that have no overlay file */
  missing: string[];
  problems: string[];
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const SECTION_FILES = new Set(['known-bugs.yaml', 'producers.yaml', 'causes.yaml', 'sop.yaml']);
const MAX_KEYWORDS = 12;

/** the ids of an English list file, in order */
function englishIds(file: CatalogFile): string[] {
  const data: unknown = parseDocument(file.text).toJS();
  return Array.isArray(data) ? data.flatMap((e: unknown) => (isRec(e) && isStr(e.id) ? [e.id] : [])) : [];
}

export function compileOverlay(
  lang: string,
  englishFiles: CatalogFile[],
  overlayFiles: CatalogFile[],
  catalog: Catalog,
): OverlayResult {
  const problems: string[] = [];
  const overlay: CatalogOverlay = {
    lang,
    entries: {},
    knownBugs: {},
    producers: {},
    causes: {},
    sop: { steps: {}, asks: {} },
  };
  const byName = new Map(overlayFiles.map((f) => [baseName(f.path), f]));
  const english = new Map(englishFiles.map((f) => [baseName(f.path), f]));
  for (const name of byName.keys())
    if (!english.has(name)) problems.push(`${byName.get(name)!.path}: no English catalog file ${name}`);
  const missing: string[] = [];
  const entries = new Map(catalog.entries.map((e) => [e.id, e]));

  for (const [name, enFile] of english) {
    const file = byName.get(name);
    if (!file) {
      missing.push(name);
      continue;
    }
    const doc = parseDocument(file.text, { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) problems.push(`${file.path}: YAML error: ${e.message.split('\n')[0]}`);
      continue;
    }
    const data: unknown = doc.toJS();
    if (!isRec(data)) {
      problems.push(`${file.path}: must be a mapping keyed by id`);
      continue;
    }
    /** checks one translated field against its English text and returns it */
    const text = (id: string, field: string, en: string, tr: unknown): string => {
      for (const p of translationProblems(en, tr)) problems.push(`${at(file.path, id, field)}: ${p}`);
      return isStr(tr) ? tr.trim() : en;
    };
    const record = (id: string, v: unknown, fields: string[]): Record<string, unknown> => {
      if (!isRec(v)) {
        problems.push(`${at(file.path, id)}: must be a mapping`);
        return {};
      }
      for (const k of Object.keys(v)) if (!fields.includes(k)) problems.push(`${at(file.path, id, k)}: unknown field`);
      return v;
    };
    const whys = (id: string, en: { why: string }[], tr: unknown): string[] => {
      if (en.length === 0 && tr === undefined) return [];
      if (!Array.isArray(tr) || tr.length !== en.length) {
        problems.push(`${at(file.path, id, 'why')}: one item per English nextChecks item (${en.length})`);
        return en.map((n) => n.why);
      }
      return en.map((n, i) => text(id, `why[${i}]`, n.why, tr[i]));
    };
    const sameIds = (ids: string[]) => {
      const got = Object.keys(data);
      if (got.join('\n') !== ids.join('\n')) {
        const absent = ids.filter((i) => !Object.hasOwn(data, i));
        const extra = got.filter((i) => !ids.includes(i));
        problems.push(
          `${file.path}: ids must be the English file's, in its order` +
            (absent.length ? `; missing ${absent.join(', ')}` : '') +
            (extra.length ? `; unknown ${extra.join(', ')}` : ''),
        );
      }
    };
    /** each item this file has (sameIds reports the rest): its raw mapping and its translated `fields` */
    const translated = <K extends string, T extends { id: string } & Record<K, string>>(
      items: readonly T[],
      fields: readonly K[],
      more: readonly string[] = [],
    ) =>
      items.flatMap((item) => {
        if (!Object.hasOwn(data, item.id)) return [];
        const t = record(item.id, data[item.id], [...fields, ...more]);
        const prose = Object.fromEntries(fields.map((f) => [f, text(item.id, f, item[f], t[f])])) as Record<K, string>;
        return [{ item, t, prose }];
      });

    if (name === 'sop.yaml') {
      const r = record('sop', data, ['steps', 'asks']);
      const steps = isRec(r.steps) ? r.steps : {};
      const asks = isRec(r.asks) ? r.asks : {};
      for (const s of catalog.sop.steps)
        overlay.sop.steps[String(s.step)] = text(`steps`, String(s.step), s.title, steps[String(s.step)]);
      for (const a of catalog.sop.asks) {
        const t = record(a.id, asks[a.id], ['what', 'why']);
        overlay.sop.asks[a.id] = { what: text(a.id, 'what', a.what, t.what), why: text(a.id, 'why', a.why, t.why) };
      }
      const known = new Set(catalog.sop.asks.map((a) => a.id));
      for (const k of Object.keys(asks))
        if (!known.has(k)) problems.push(`${at(file.path, k)}: no such ask in sop.yaml`);
      continue;
    }
    sameIds(englishIds(enFile));
    if (name === 'known-bugs.yaml') {
      for (const { item, prose } of translated(catalog.knownBugs, ['title', 'problem', 'workaround']))
        overlay.knownBugs[item.id] = prose;
    } else if (name === 'producers.yaml') {
      for (const { item, t, prose } of translated(catalog.producers, ['title', 'explanation'], ['why']))
        overlay.producers[item.id] = { ...prose, why: whys(item.id, item.nextChecks, t.why) };
    } else if (name === 'causes.yaml') {
      for (const { item, prose } of translated(catalog.causes, ['title'])) overlay.causes[item.id] = prose;
    } else if (!SECTION_FILES.has(name)) {
      const inFile = Object.keys(data).flatMap((id) => entries.get(id) ?? []); // an unknown id: reported by sameIds
      for (const { item: e, t, prose: named } of translated(
        inFile,
        ['title', 'explanation', 'fix'],
        ['why', 'notes', 'keywords'],
      )) {
        const id = e.id;
        const prose: EntryProse = { ...named, why: whys(id, e.nextChecks, t.why), keywords: [] };
        if (
          !Array.isArray(t.keywords) ||
          t.keywords.length === 0 ||
          t.keywords.length > MAX_KEYWORDS ||
          !t.keywords.every((k) => isStr(k) && k.trim())
        )
          problems.push(`${at(file.path, id, 'keywords')}: a list of 1 to ${MAX_KEYWORDS} words users type to find it`);
        else prose.keywords = t.keywords.map((k: string) => k.trim());
        if (t.notes !== undefined) {
          const notes: Record<string, string> = {};
          if (!isRec(t.notes)) problems.push(`${at(file.path, id, 'notes')}: a mapping alias name → note`);
          else
            for (const [alias, note] of Object.entries(t.notes)) {
              const a = e.aliases.find((x) => x.name === alias && x.note);
              if (!a) problems.push(`${at(file.path, id, `notes.${alias}`)}: no alias of that name with a note`);
              else notes[alias] = text(id, `notes.${alias}`, a.note!, note);
            }
          prose.notes = notes;
        }
        overlay.entries[id] = prose;
      }
    }
  }
  return { overlay, missing: missing.sort(), problems };
}
