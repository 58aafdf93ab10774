// The Reference's search in Chinese: each query of chinese-queries.ts finds its entry in the top 3,
// on the catalog in either language (the search terms work without the overlays; the overlays'
// keywords and titles add to them); the terms file names only entries that exist.
import { describe, it, expect } from 'vitest';
import { CatalogSearch } from '../../src/ui/reference/search';
import { PhraseIndex, latinPart } from '../../src/ui/reference/phrase-index';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import terms from '../../catalog/i18n/search-terms.json';
import { CHINESE_QUERIES } from './chinese-queries';

const catalog = loadCatalogFromDir();

describe('Chinese search', () => {
  for (const lang of ['en', 'zh'] as const) {
    const search = new CatalogSearch(lang === 'en' ? catalog : loadCatalogFromDir(undefined, 'zh'));
    it(`finds each Chinese query's entry in the top 3 (catalog in ${lang})`, () => {
      const misses = CHINESE_QUERIES.flatMap(([q, id]) => {
        const top = search
          .search(q)
          .slice(0, 3)
          .map((h) => h.entry.id);
        return top.includes(id) ? [] : [`${q} → ${top.join(', ')}`];
      });
      expect(misses).toEqual([]);
    });
  }

  it('names only entries that exist in the search terms', () => {
    const ids = new Set(catalog.entries.map((e) => e.id));
    expect(
      Object.entries(terms).flatMap(([t, list]) => list.filter((id) => !ids.has(id)).map((id) => `${t}: ${id}`)),
    ).toEqual([]);
  });

  it('reads an overlay keyword with or without spaces, and an unrelated Chinese word finds nothing', () => {
    const e = { ...catalog.entries.find((x) => x.id === 'openapi-throttling')!, keywords: ['接口 调用 太频繁'] };
    const index = new PhraseIndex([e], {});
    expect(index.score('接口调用太频繁').get('openapi-throttling')).toBeGreaterThan(0);
    expect(index.score('接口 调用').get('openapi-throttling')).toBeGreaterThan(0);
    expect(index.score('天气很好').size).toBe(0);
  });

  it('keeps the codes and English words of a mixed query for the other tiers', () => {
    expect(latinPart('容器一直 ContainerCreating，交换机 vsw-123 满了')).toBe('ContainerCreating vsw-123');
  });

  it('leaves English queries to the English tiers', () => {
    const search = new CatalogSearch(catalog);
    expect(search.search('InvalidVSwitchId.IpNotEnough')[0]!.entry.id).toBe('openapi-vswitch-ip-not-enough');
    expect(
      search
        .search('ContainerCreating')
        .slice(0, 3)
        .map((h) => h.entry.id),
    ).toContain('sandbox-terway-add-failed');
  });
});
