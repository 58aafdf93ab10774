declare module 'virtual:terway-catalog' {
  import type { Catalog } from './types';
  const catalog: Catalog;
  export default catalog;
}

declare module 'virtual:terway-catalog/engine' {
  import type { Catalog } from './types';
  const catalog: Catalog;
  export default catalog;
}

declare module 'virtual:terway-catalog/zh' {
  import type { CatalogOverlay } from './overlay';
  const overlay: CatalogOverlay;
  export default overlay;
}

declare module 'virtual:terway-catalog/zh-engine' {
  import type { CatalogOverlay } from './overlay';
  const overlay: CatalogOverlay;
  export default overlay;
}
