// ReDoS safety of every catalog pattern.
// (a) Static: recheck's automaton checker proves each pattern linear-time (tests/regex/linear-time.ts,
//     the same check every regex of src/ goes through), and no quantified group contains a quantifier
//     (the `(a+)+` family, which the compiler rejects too). Both detectors are tested on bad patterns.
// (b) Dynamic: each pattern runs against adversarial inputs at 10 KB and 100 KB. Two families:
//     - generic, derived from the pattern itself (its prefilter literals and every literal run the
//       pattern requires): long runs of each of those characters; each literal repeated, alone and
//       with a gap filler; near-matches (the literal minus its last character, plus a filler)
//       repeated; the literal followed by one filler to the end of the input. Fillers are the
//       characters bounded gaps usually accept (space, letter, digit, quote, backslash, dot, dash).
//     - from the variant's first example: repeated, cut short and padded, its characters cycled.
//     Linear matching grows ~10x from 10 KB to 100 KB; quadratic ~100x. The assertion is on that
//     ratio (generous bound), never on absolute time. A cheap best-of-three ratio screens every
//     input; only a screen above the bound is re-measured with the batched timer, then once more at
//     twice both sizes (V8's cliffs are size-specific, quadratic growth is not), before it counts. A control proves the generic inputs catch a pattern the example-based
//     ones miss.
import { describe, it, expect } from 'vitest';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { nestedQuantifiers, parseRegex } from '../../src/engine/catalog/regex-lint';
import type { MatchVariant } from '../../src/engine/catalog/types';
import { linearTimeProblem } from '../regex/linear-time';
import { bestOfThree, fill, growth, MAX_RATIO, steadyGrowth } from '../regex/growth';
import { adversarial, fromExample, generic, type Input } from './adversarial-inputs';

const catalog = loadCatalogFromDir();
/** every pattern the catalog holds: entry variants, known bugs' patterns, producers' fingerprints, causes */
const asVariant = (id: string, p: { pattern: string; flags?: '' | 'i'; literals?: string[]; examples: string[] }) => ({
  id,
  v: { id, pattern: p.pattern, flags: p.flags ?? '', literals: p.literals ?? [], examples: p.examples } as MatchVariant,
});
const variants: { id: string; v: MatchVariant }[] = [
  ...catalog.entries.flatMap((e) => e.match.map((v) => ({ id: `${e.id}/${v.id}`, v }))),
  ...catalog.knownBugs.flatMap((b) =>
    b.pattern ? [asVariant(`known-bug ${b.id}`, { ...b, pattern: b.pattern })] : [],
  ),
  ...catalog.producers.flatMap((p) => p.fingerprints.map((f) => asVariant(`producer ${p.id}/${f.id}`, f))),
  ...catalog.causes.map((c) => asVariant(`cause ${c.id}`, c)),
];

const SMALL = 10_000;
const LARGE = 100_000;

/** Cheap screen: best of three single runs at each size. Only a screen above the bound is re-measured. */
function quickGrowth(re: RegExp, a: string, b: string): number {
  re.exec(a); // warm up
  re.exec(b);
  return (
    bestOfThree(() => re.exec(b)) /
    Math.max(
      bestOfThree(() => re.exec(a)),
      1e-4,
    )
  );
}

/** Worst growth over the inputs, screened cheaply and confirmed with the batched timer. */
function slowInputs(re: RegExp, inputs: Input[], small = SMALL, large = LARGE): string[] {
  const slow: string[] = [];
  for (const { name, make } of inputs) {
    const a = make(small);
    const b = make(large);
    if (quickGrowth(re, a, b) <= MAX_RATIO) continue;
    const ratio = steadyGrowth((x: string) => re.exec(x), make, small, large);
    if (ratio > MAX_RATIO) slow.push(`${name}: ${large / 1000}KB/${small / 1000}KB time ratio ${ratio.toFixed(1)}`);
  }
  return slow;
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

  it('recheck tells linear patterns from super-linear ones', () => {
    expect(linearTimeProblem('errCode: Throttling[.A-Za-z]{0,24}, msg: [^\\n]{0,300}?requestID', '')).toBeNull();
    expect(linearTimeProblem('(a+)+b', '')).toMatch(/exponential/);
    // no nested quantifier, yet two adjacent runs of spaces split one run n ways
    expect(linearTimeProblem('tok:[ ]*[ ]*!', '')).toMatch(/polynomial/);
    // an unbounded lookahead is not guessed
    expect(linearTimeProblem('a(?=b*c)', '')).toMatch(/lookaround/);
    expect(linearTimeProblem('(?<![a-z])key=', 'i')).toBeNull();
  }, 120_000);

  it.each(variants.map(({ id, v }) => [id, v] as const))(
    'recheck proves %s linear',
    (_id, v) => {
      expect(linearTimeProblem(v.pattern, v.flags ?? '')).toBeNull();
    },
    120_000,
  );

  it('no catalog pattern has a quantified group containing a quantifier', () => {
    const bad = variants.filter(({ v }) => nestedQuantifiers(parseRegex(v.pattern)) > 0).map(({ id }) => id);
    expect(variants.length).toBeGreaterThan(250);
    expect(bad).toEqual([]);
  });
});

describe('ReDoS (b): time grows linearly on adversarial 100 KB inputs', () => {
  it('the measurement tells linear from quadratic', () => {
    const linearRe = /errCode: Throttling[.A-Za-z]{0,24}, msg: /;
    const linear = growth(
      (s: string) => linearRe.exec(s),
      (n) => fill('errCode: Throttling', n),
      SMALL,
      LARGE,
    );
    // a lazy gap between two literals restarts at every occurrence of the first: quadratic
    const quadraticRe = /a[^\n]*?b/;
    const quadratic = growth(
      (s: string) => quadraticRe.exec(s),
      (n) => fill('a', n),
      2_000,
      20_000,
    );
    expect(linear).toBeLessThan(MAX_RATIO);
    expect(quadratic).toBeGreaterThan(MAX_RATIO);
  });

  it('the generic inputs catch a pattern that the example-based inputs miss', () => {
    // no nested quantifier, so the static check passes; two adjacent unbounded runs of spaces
    // backtrack quadratically after `tok:`. The example puts the literal in its last third, so the
    // cut example never contains it, and the literal is never followed by a long run of spaces.
    const v: MatchVariant = {
      id: 'control',
      pattern: 'tok:[ ]*[ ]*!',
      literals: ['tok:'],
      examples: ['E0612 08:14:03.551203       1 main.go:73] the request failed, tok: !'],
    };
    expect(nestedQuantifiers(parseRegex(v.pattern))).toBe(0);
    const re = new RegExp(v.pattern);
    expect(slowInputs(re, fromExample(v), 1_000, 10_000)).toEqual([]);
    const caught = slowInputs(re, generic(v), 1_000, 10_000);
    expect(caught.some((m) => m.startsWith('literal "tok:" then " " to the end'))).toBe(true);
  }, 60_000);

  it.each(variants.map(({ id, v }) => [id, v] as const))(
    '%s',
    (id, v) => {
      const re = new RegExp(v.pattern, v.flags ?? '');
      const inputs = adversarial(v);
      // every variant but an event catch-all has literal text to build generic inputs from
      if (v.literals.length > 0) expect(generic(v).length).toBeGreaterThan(8);
      expect(slowInputs(re, inputs), id).toEqual([]);
    },
    60_000,
  );
});
