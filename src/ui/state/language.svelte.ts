// The page's language: `lang=` in the URL's hash when the reader chose one (the only place it is
// remembered: never storage), else the first of navigator.languages that is Chinese or English.
// English is bundled; Chinese (the message table, and the catalog overlays for the worker's slim
// catalog and the page's whole one) arrives as lazy chunks, so the first load carries one language.
import { useLanguage, type Lang, type MessageTable } from '../../engine/messages';
import type { CatalogOverlay } from '../../engine/index';
import type { Language } from '../../worker/api';

const HASH_LANG = /[?&]lang=(en|zh)(?=&|$)/;

/** the language a hash names, if any */
export function hashLanguage(hash: string): Lang | undefined {
  return HASH_LANG.exec(hash)?.[1] as Lang | undefined;
}

/** the first of the browser's languages this page speaks */
export function browserLanguage(languages: readonly string[]): Lang {
  for (const l of languages) {
    if (/^zh(?:-|$)/i.test(l)) return 'zh';
    if (/^en(?:-|$)/i.test(l)) return 'en';
  }
  return 'en';
}

/** `hash` with `lang=` set to `lang` (other parameters kept) */
export function withHashLanguage(hash: string, lang: Lang): string {
  const h = hash
    .replace(/^#?/, '#')
    .replace(/([?&])lang=[^&]*(&|$)/, (_, sep: string, end: string) => (end ? sep : ''));
  const base = h === '#' ? '#/' : h;
  return `${base}${base.includes('?') ? (/[?&]$/.test(base) ? '' : '&') : '?'}lang=${lang}`;
}

interface Chinese {
  messages: MessageTable;
  engine: CatalogOverlay;
}

class LanguageStore {
  /** what the page shows; changes once its words have loaded */
  current = $state<Lang>('en');
  /** whether the URL names it (a choice to keep in every link) */
  explicit = $state(false);
  #zh: Promise<Chinese> | undefined;
  #full: Promise<CatalogOverlay> | undefined;

  #chinese(): Promise<Chinese> {
    return (this.#zh ??= Promise.all([
      import('../../../catalog/messages/zh.json'),
      import('virtual:terway-catalog/zh-engine'),
    ]).then(([m, o]) => ({ messages: m.default as MessageTable, engine: o.default })));
  }

  /** Speaks `lang` from now on: loads its words, then switches msg(), `<html lang>` and `current`. */
  async set(lang: Lang, explicit: boolean): Promise<void> {
    const messages = lang === 'zh' ? (await this.#chinese()).messages : undefined;
    useLanguage(lang, messages);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    this.explicit = explicit;
    this.current = lang;
  }

  /** At start-up: the URL's language, else the browser's. */
  init(): Promise<void> {
    const named = hashLanguage(location.hash);
    return this.set(named ?? browserLanguage(navigator.languages ?? [navigator.language]), named !== undefined);
  }

  /** The reader's choice from the header: kept in the URL, never in storage. */
  async choose(lang: Lang): Promise<void> {
    await this.set(lang, true);
    const hash = withHashLanguage(location.hash, lang);
    if (location.hash !== hash) location.replace(hash);
  }

  /** A hash written without `lang=` gets it back while the reader's choice stands. */
  keep(hash: string): string {
    return this.explicit && !hashLanguage(hash) ? withHashLanguage(hash, this.current) : hash;
  }

  /** What the worker needs to write the report in the current language. */
  async forWorker(): Promise<Language> {
    const lang = this.current;
    if (lang === 'en') return { lang };
    const zh = await this.#chinese();
    return { lang, messages: zh.messages, overlay: zh.engine };
  }

  /** The overlay for the whole catalog (the reference, the findings' full prose), when not English. */
  catalogOverlay(): Promise<CatalogOverlay | undefined> {
    if (this.current === 'en') return Promise.resolve(undefined);
    return (this.#full ??= import('virtual:terway-catalog/zh').then((m) => m.default));
  }
}

export const language = new LanguageStore();
