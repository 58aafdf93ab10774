// The slowest catalog patterns: each variant runs once on each of its adversarial 100 KB inputs
// (tests/catalog/adversarial-inputs.ts, best of three runs), and the variants whose worst input takes longest
// are printed. Linear growth is asserted in tests/catalog/redos.test.ts; this prints the constant.
// Run: npx tsx bench/catalog-regex.bench.ts [count]   (not a timed test)

import { loadCatalogFromDir } from '../src/node/load-catalog';
import { adversarial } from '../tests/catalog/adversarial-inputs';
import { bestOfThree } from '../tests/regex/growth';

const SIZE = 100_000;
const SLOW_MS = 10;
const shown = Number(process.argv[2] ?? 15);

const rows: { id: string; ms: number; input: string }[] = [];
for (const e of loadCatalogFromDir().entries)
  for (const v of e.match) {
    const re = new RegExp(v.pattern, v.flags ?? '');
    let worst = { ms: 0, input: '' };
    for (const { name, make } of adversarial(v)) {
      const input = make(SIZE);
      const ms = bestOfThree(() => re.exec(input));
      if (ms > worst.ms) worst = { ms, input: name };
    }
    rows.push({ id: `${e.id}/${v.id}`, ...worst });
  }
rows.sort((a, b) => b.ms - a.ms);
console.log(
  `catalog variants: ${rows.length}; over ${SLOW_MS} ms on a ${SIZE / 1000} KB input: ${rows.filter((r) => r.ms > SLOW_MS).length}`,
);
for (const r of rows.slice(0, shown)) console.log(`${r.ms.toFixed(1).padStart(8)} ms  ${r.id}  (${r.input})`);
