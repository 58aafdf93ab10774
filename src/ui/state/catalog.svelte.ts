// The catalog for the reference view, fetched once from the worker (it is compiled into the worker
// bundle, never fetched from the network) and kept on the page, so a worker restart does not lose it.
import type { Catalog } from '../../engine/catalog/types';
import { engine } from './engine.svelte';

class CatalogStore {
  catalog = $state.raw<Catalog | null>(null);
  status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  error = $state('');

  async load(force = false): Promise<void> {
    if (!force && (this.status === 'loading' || this.status === 'ready')) return;
    this.status = 'loading';
    this.error = '';
    try {
      const h = await engine.get();
      const catalog = await Promise.race([h.api.catalog(), h.lost]);
      this.catalog = catalog;
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
