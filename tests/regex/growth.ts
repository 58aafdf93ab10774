// Time growth of a function over input size, the dynamic half of the linear-time tests: from one
// size to ten times it, linear work grows ~10x and quadratic work ~100x. Tests assert on that ratio
// (with a generous bound), never on an absolute time.

/** linear is ~10; quadratic ~100. Generous for noisy, shared CI machines. */
export const MAX_RATIO = 35;

export function fill(unit: string, size: number): string {
  if (unit.length === 0) return '';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Milliseconds of one call, the best of three (a cheap reading, without batching). */
export function bestOfThree(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Milliseconds per call: the best of three batches, each running for at least `budget` ms. */
function timePerCall(run: () => unknown, budget: number): number {
  let best = Infinity;
  for (let b = 0; b < 3; b++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    do {
      run();
      n++;
      t = performance.now();
    } while (t - t0 < budget);
    best = Math.min(best, (t - t0) / n);
  }
  return best;
}

/** How much longer `fn(make(large))` takes than `fn(make(small))`, after warming both up. */
export function growth<T>(
  fn: (input: T) => unknown,
  make: (n: number) => T,
  small: number,
  large: number,
  budget = 0.4,
): number {
  const a = make(small);
  const b = make(large);
  for (let i = 0; i < 3; i++) {
    fn(a); // warm up (V8 tiers code and regexps up from the interpreter)
    fn(b);
  }
  const ta = timePerCall(() => fn(a), budget);
  const tb = timePerCall(() => fn(b), budget);
  return tb / Math.max(ta, 1e-6);
}

/**
 * Growth measured again, at twice both sizes, when the first reading is above the bound. A second
 * reading at the same sizes absorbs GC or scheduling noise; shifted sizes also absorb V8's
 * performance cliffs (a literal search over 10 KB can run several times faster per byte than over
 * 100 KB, then grow ~10x again from 100 KB to 1 MB), while quadratic work stays ~100x at any size.
 */
export function steadyGrowth<T>(
  fn: (input: T) => unknown,
  make: (n: number) => T,
  small: number,
  large: number,
): number {
  const first = growth(fn, make, small, large);
  return first <= MAX_RATIO ? first : Math.min(first, growth(fn, make, small * 2, large * 2));
}
