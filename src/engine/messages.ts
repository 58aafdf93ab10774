// Human-facing prose that is not a catalog entry lives as data in catalog/messages/<lang>.json, so
// the second language is a file, not a code change. Keys are checked by the compiler; `{name}` holes
// are filled from `vars` and a hole without a value stays visible. English is bundled; another
// language's table is loaded by whoever needs it (the page lazily, the CLI from disk) and handed to
// useLanguage(), so the first load carries one language only.
import en from '../../catalog/messages/en.json';

export type MessageKey = keyof typeof en;
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
/** a language's table; a key it lacks falls back to English (the schema test requires every key) */
export type MessageTable = Readonly<Partial<Record<string, string>>>;

let table: MessageTable = en;
let current: Lang = 'en';

/** Every later msg() speaks `lang`, from `messages` (English needs none). One language per realm at a time. */
export function useLanguage(lang: Lang, messages: MessageTable = en): void {
  current = lang;
  table = lang === 'en' ? en : messages;
}

export function currentLanguage(): Lang {
  return current;
}

/** `zh`, `zh-CN`, `zh_CN.UTF-8`, `zh-Hans-…` → zh; anything else → en */
export function languageOf(tag: string | undefined): Lang {
  return tag && /^zh(?:[-_.]|$)/i.test(tag) ? 'zh' : 'en';
}

export function msg(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return (table[key] ?? en[key]).replace(/\{(\w+)\}/g, (hole, name: string) =>
    name in vars ? String(vars[name]) : hole,
  );
}
