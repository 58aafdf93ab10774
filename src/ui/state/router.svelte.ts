// Hash routing only (no History API): works from file:// and under any sub-path.
// The hash holds `#/ref/<id>` at most, never pasted text. A `#/ref?q=…` link is read, never written.
// A `lang=` the reader chose stays in every hash the page writes (language.svelte.ts).
// Each route's scroll position is kept in memory (never in storage) so Back puts the report where it was.
import { tick } from 'svelte';
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

/** One key per route, whatever language the hash carries. */
function routeKey(route: Route): string {
  return route.view === 'triage' ? 'triage' : `ref/${route.id ?? ''}?${route.q ?? ''}`;
}

/** Frames to wait for a view to grow tall enough (a lazy view loads its code first). */
const RESTORE_FRAMES = 30;

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));
  /** scrollY of each route when it was left */
  private readonly scrolls = new Map<string, number>();

  constructor() {
    if (typeof window === 'undefined') return;
    // the browser would restore before the view it belongs to is rendered: the router does it after
    history.scrollRestoration = 'manual';
    window.addEventListener('hashchange', () => {
      // a plain link (`#/`) dropped the reader's language: put it back without a new history entry
      const kept = language.keep(location.hash);
      if (kept !== location.hash) location.replace(kept);
      const from = routeKey(this.route);
      const next = parseHash(location.hash);
      const to = routeKey(next);
      // a hash change does not scroll (no element has a route's id), so scrollY is still the old view's
      if (from !== to) this.scrolls.set(from, window.scrollY);
      this.route = next;
      if (from !== to) this.restore(to);
    });
  }

  /** Puts a view back where it was left, once it is rendered and tall enough. */
  private restore(key: string) {
    const y = this.scrolls.get(key);
    if (y === undefined) return;
    let frames = 0;
    const step = () => {
      if (routeKey(this.route) !== key) return; // the reader moved on
      window.scrollTo(0, y);
      if (Math.abs(window.scrollY - y) > 1 && ++frames < RESTORE_FRAMES) requestAnimationFrame(step);
    };
    void tick().then(() => requestAnimationFrame(step));
  }

  go(to: string) {
    const hash = language.keep(to);
    if (location.hash === hash) this.route = parseHash(hash);
    else location.hash = hash;
  }
}

export const router = new Router();
