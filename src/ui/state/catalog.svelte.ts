// The catalog for the reference view: the whole catalog, compiled at build time into a lazy chunk of
// the app (same origin, never fetched from the network at run time beyond that chunk) and kept on the
// page. The worker carries only the slimmer part the engine needs, keeping the first load small.
// In another language than English its overlay is applied (both arrive as lazy chunks).
import { applyOverlay, type Catalog } from '../../engine/index';
import type { Lang } from '../../engine/messages';
import { language } from './language.svelte';

class CatalogStore {
  catalog = $state.raw<Catalog | null>(null);
  status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  error = $state('');

  /** the language of `catalog` */
  lang: Lang | undefined;

  async load(force = false): Promise<void> {
    const lang = language.current;
    if (!force && this.lang === lang && (this.status === 'loading' || this.status === 'ready')) return;
    this.lang = lang;
    this.status = 'loading';
    this.error = '';
    try {
      const [{ default: base }, overlay] = await Promise.all([
        import('virtual:terway-catalog'),
        language.catalogOverlay(),
      ]);
      if (this.lang !== lang) return; // another language was asked for meanwhile
      this.catalog = overlay ? applyOverlay(base, overlay) : base;
      this.status = 'ready';
    } catch (e) {
      this.status = 'failed';
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Dev only: the fixture catalog, to work on the view before the engine is wired. */
  use(catalog: Catalog) {
    this.catalog = catalog;
    this.status = 'ready';
    this.error = '';
  }
}

export const catalogStore = new CatalogStore();
