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
