// Hash routing only (no History API): works from file:// and under any sub-path.
// The hash holds `#/ref/<id>` at most, never pasted text. A `#/ref?q=…` link is read, never written.
// A `lang=` the reader chose stays in every hash the page writes (language.svelte.ts).
import { language } from './language.svelte';

/** `id` is as the link spells it; anyone can write a link, so it is looked up in the catalog, never shown. */
export type Route = { view: 'triage' } | { view: 'ref'; id?: string; q?: string };

function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const m = /^\/ref(?:\/([^?]*))?(?:\?(.*))?$/.exec(h);
  if (!m) return { view: 'triage' };
  const route: { view: 'ref'; id?: string; q?: string } = { view: 'ref' };
  if (m[1]) route.id = safeDecode(m[1]);
  const q = m[2] ? /(?:^|&)q=([^&]*)/.exec(m[2])?.[1] : undefined;
  if (q) route.q = safeDecode(q.replace(/\+/g, ' '));
  return route;
}

export function refHref(id?: string): string {
  return language.keep(id ? `#/ref/${encodeURIComponent(id)}` : '#/ref');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window === 'undefined') return;
    window.addEventListener('hashchange', () => {
      // a plain link (`#/`) dropped the reader's language: put it back without a new history entry
      const kept = language.keep(location.hash);
      if (kept !== location.hash) location.replace(kept);
      this.route = parseHash(location.hash);
    });
  }

  go(to: string) {
    const hash = language.keep(to);
    if (location.hash === hash) this.route = parseHash(hash);
    else location.hash = hash;
  }
}

export const router = new Router();
