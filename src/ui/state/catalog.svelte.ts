// The catalog for the reference view: the whole catalog, compiled at build time into a lazy chunk of
// the app (same origin, never fetched from the network at run time beyond that chunk) and kept on the
// page. The worker carries only the slimmer part the engine needs, keeping the first load small.
import type { Catalog } from '../../engine/index';

class CatalogStore {
  catalog = $state.raw<Catalog | null>(null);
  status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  error = $state('');

  async load(force = false): Promise<void> {
    if (!force && (this.status === 'loading' || this.status === 'ready')) return;
    this.status = 'loading';
    this.error = '';
    try {
      this.catalog = (await import('virtual:terway-catalog')).default;
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
