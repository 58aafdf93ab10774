// Reference search per keystroke, in Node on the whole catalog in each language: every prefix of an
// English error line and of each Chinese query of the e2e list is searched as if typed, and the
// median and p90 are printed (target: median ≤ 5 ms). Run: npm run bench:search (a benchmark, not a timed test).
import { loadCatalogFromDir } from '../src/node/load-catalog';
import { CatalogSearch } from '../src/ui/reference/search';
import { CHINESE_QUERIES } from '../tests/i18n/chinese-queries';

const ENGLISH = 'errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1x9" has not enough';

function perKeystroke(search: CatalogSearch, queries: readonly string[]): number[] {
  const times: number[] = [];
  for (const q of queries)
    for (let i = 1; i <= q.length; i++) {
      const t0 = performance.now();
      search.search(q.slice(0, i));
      times.push(performance.now() - t0);
    }
  return times.sort((a, b) => a - b);
}

const fmt = (t: number[]) =>
  `median ${t[Math.floor(t.length / 2)]!.toFixed(2)} ms, p90 ${t[Math.floor(t.length * 0.9)]!.toFixed(2)} ms (${t.length} keystrokes)`;

for (const lang of ['en', 'zh'] as const) {
  const search = new CatalogSearch(loadCatalogFromDir(undefined, lang));
  perKeystroke(search, [ENGLISH]); // warm-up: JIT and Fuse's lazily built structures
  console.log(`catalog in ${lang}: English error line  ${fmt(perKeystroke(search, [ENGLISH]))}`);
  console.log(
    `catalog in ${lang}: Chinese queries     ${fmt(
      perKeystroke(
        search,
        CHINESE_QUERIES.map(([q]) => q),
      ),
    )}`,
  );
}
