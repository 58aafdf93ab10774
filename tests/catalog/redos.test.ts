// ReDoS safety of every catalog pattern.
// (a) Static: no quantified group contains a quantifier (the `(a+)+` family). The compiler enforces
//     this too; here it is asserted directly and the detector itself is tested on bad patterns.
// (b) Dynamic: each pattern runs against adversarial inputs at 10 KB and 100 KB - runs of a
//     character, each prefilter literal repeated, an example repeated, an example cut short and
//     padded, and the example's own characters cycled. Linear matching grows ~10x from 10 KB to
//     100 KB; quadratic ~100x. The assertion is on that ratio (generous bound), not on absolute
//     time, and a slow measurement is repeated before it counts as a failure.
import { describe, it, expect } from 'vitest';
import { loadCatalogFromDir } from '../../src/engine/catalog/load-node';
import { nestedQuantifiers, parseRegex } from '../../src/engine/catalog/regex-lint';
import type { MatchVariant } from '../../src/engine/catalog/types';

const catalog = loadCatalogFromDir();
const variants = catalog.entries.flatMap((e) => e.match.map((v) => ({ id: `${e.id}/${v.id}`, v })));

const SMALL = 10_000;
const LARGE = 100_000;
/** linear is ~10; quadratic ~100. Generous for noisy CI machines. */
const MAX_RATIO = 35;

function fill(unit: string, size: number): string {
  if (unit.length === 0) return '';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Adversarial inputs for a variant, as functions of the target size. */
function adversarial(v: MatchVariant): { name: string; make: (n: number) => string }[] {
  const out: { name: string; make: (n: number) => string }[] = [
    { name: "'a'*n", make: (n) => fill('a', n) },
    { name: "' '*n", make: (n) => fill(' ', n) },
    { name: "'\\\\'*n", make: (n) => fill('\\', n) },
  ];
  for (const lit of v.literals) {
    out.push({ name: `literal ${JSON.stringify(lit)} repeated`, make: (n) => fill(lit, n) });
    out.push({ name: `literal ${JSON.stringify(lit)} + space repeated`, make: (n) => fill(`${lit} `, n) });
  }
  const ex = v.examples[0] ?? '';
  out.push({ name: 'example repeated', make: (n) => fill(`${ex} `, n) });
  const cut = ex.slice(0, Math.max(1, Math.floor((ex.length * 2) / 3)));
  out.push({ name: 'near-miss example + a-padding', make: (n) => cut + fill('a', n - cut.length) });
  out.push({ name: 'near-miss example + space-padding', make: (n) => cut + fill(' ', n - cut.length) });
  const chars = [...new Set(ex)].join('');
  out.push({ name: "example's characters cycled", make: (n) => fill(chars, n) });
  return out;
}

/** Milliseconds per exec: the best of three batches, each running for at least `budget` ms. */
function timePerExec(re: RegExp, s: string, budget = 0.4): number {
  let best = Infinity;
  for (let b = 0; b < 3; b++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    do {
      re.exec(s);
      n++;
      t = performance.now();
    } while (t - t0 < budget);
    best = Math.min(best, (t - t0) / n);
  }
  return best;
}

function growth(re: RegExp, make: (n: number) => string, small = SMALL, large = LARGE): number {
  const a = make(small);
  const b = make(large);
  for (let i = 0; i < 3; i++) {
    re.exec(a); // warm up (V8 tiers regexps up from the interpreter)
    re.exec(b);
  }
  const ta = timePerExec(re, a);
  const tb = timePerExec(re, b);
  return tb / Math.max(ta, 1e-6);
}

describe('ReDoS (a): static shape', () => {
  it('the detector flags nested quantifiers', () => {
    expect(nestedQuantifiers(parseRegex('(a+)+'))).toBe(1);
    expect(nestedQuantifiers(parseRegex('(?:x|y*){2,}z'))).toBe(1);
    expect(nestedQuantifiers(parseRegex('foo(?:\\s*bar)?'))).toBe(1);
    expect(nestedQuantifiers(parseRegex('(?<a>(?:b+c)*)'))).toBe(1);
    expect(nestedQuantifiers(parseRegex('foo (?<vsw>vsw-[0-9a-z]{8,40}) bar'))).toBe(0);
    expect(nestedQuantifiers(parseRegex('(?:alpha|beta)?x{1,4}'))).toBe(0);
  });

  it('no catalog pattern has a quantified group containing a quantifier', () => {
    const bad = variants.filter(({ v }) => nestedQuantifiers(parseRegex(v.pattern)) > 0).map(({ id }) => id);
    expect(variants.length).toBeGreaterThan(250);
    expect(bad).toEqual([]);
  });
});

describe('ReDoS (b): time grows linearly on adversarial 100 KB inputs', () => {
  it('the measurement tells linear from quadratic', () => {
    const linear = growth(/errCode: Throttling[.A-Za-z]{0,24}, msg: /, (n) => fill('errCode: Throttling', n));
    // a lazy gap between two literals restarts at every occurrence of the first: quadratic
    const quadratic = growth(/a[^\n]*?b/, (n) => fill('a', n), 2_000, 20_000);
    expect(linear).toBeLessThan(MAX_RATIO);
    expect(quadratic).toBeGreaterThan(MAX_RATIO);
  });

  it.each(variants.map(({ id, v }) => [id, v] as const))('%s', (id, v) => {
    const re = new RegExp(v.pattern, v.flags ?? '');
    const slow: string[] = [];
    for (const { name, make } of adversarial(v)) {
      let ratio = growth(re, make);
      if (ratio > MAX_RATIO) ratio = Math.min(ratio, growth(re, make)); // re-measure once: GC or scheduling noise
      if (ratio > MAX_RATIO) slow.push(`${name}: 100KB/10KB time ratio ${ratio.toFixed(1)}`);
    }
    expect(slow, id).toEqual([]);
  }, 30_000);
});
