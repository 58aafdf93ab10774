// Time to parse each hostile line (hostile-cases.ts) must grow linearly with its length: the ratio
// from one size to ten times it (see growth.ts), whatever the absolute speed.
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from './hostile-cases';
import { MAX_RATIO, steadyGrowth } from './growth';

const SMALL = 4_000;
const LARGE = 40_000;

describe('hostile lines: parse time grows linearly', () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))(
    '%s',
    (_name, c) => {
      expect(steadyGrowth(c.run, c.make, SMALL, LARGE)).toBeLessThan(MAX_RATIO);
    },
    120_000,
  );
});
