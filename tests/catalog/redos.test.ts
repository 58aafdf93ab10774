// ReDoS safety of every catalog pattern.
// (a) Static: no quantified group contains a quantifier (the `(a+)+` family). The compiler enforces
//     this too; here it is asserted directly and the detector itself is tested on bad patterns.
// (b) Dynamic: each pattern runs against adversarial inputs at 10 KB and 100 KB. Two families:
//     - generic, derived from the pattern itself (its prefilter literals and every literal run the
//       pattern requires): long runs of each of those characters; each literal repeated, alone and
//       with a gap filler; near-matches (the literal minus its last character, plus a filler)
//       repeated; the literal followed by one filler to the end of the input. Fillers are the
//       characters bounded gaps usually accept (space, letter, digit, quote, backslash, dot, dash).
//     - from the variant's first example: repeated, cut short and padded, its characters cycled.
//     Linear matching grows ~10x from 10 KB to 100 KB; quadratic ~100x. The assertion is on that
//     ratio (generous bound), never on absolute time. A cheap best-of-three ratio screens every
//     input; only a screen above the bound is re-measured with the batched timer, twice, before it
//     counts as a failure. A control proves the generic inputs catch a pattern the example-based
//     ones miss.
import { describe, it, expect } from 'vitest';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { nestedQuantifiers, parseRegex, requiredRuns } from '../../src/engine/catalog/regex-lint';
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

type Input = { name: string; make: (n: number) => string };

/** characters that bounded gaps (`[^\n]{0,300}?`, `[\w.-]{1,253}`, `\\{0,3}"`) typically accept */
const FILLERS = [' ', 'a', '0', '"', '\\', '.', '-'];
/** the cheaper repeated shapes use the two fillers nearly every gap accepts */
const SHORT_FILLERS = [' ', 'a'];
const MAX_TEXTS = 4;
const MAX_CHARS = 16;

/** The literal text every match must contain: the prefilter literals and the pattern's required runs. */
function literalTexts(v: MatchVariant): string[] {
  const runs = new Set<string>(v.literals);
  try {
    for (const alt of requiredRuns(parseRegex(v.pattern))) for (const r of alt) if (r.trim().length >= 2) runs.add(r);
  } catch {
    // the static test reports unparsable patterns
  }
  return [...runs].slice(0, MAX_TEXTS);
}

/** Generic adversarial inputs derived from the pattern's literal text, not from its examples. */
function generic(v: MatchVariant): Input[] {
  const out: Input[] = [];
  const texts = literalTexts(v);
  const chars = [...new Set(texts.join(''))].slice(0, MAX_CHARS);
  for (const c of chars) out.push({ name: `run of ${JSON.stringify(c)}`, make: (n) => fill(c, n) });
  for (const lit of texts) {
    const cut = lit.length > 1 ? lit.slice(0, -1) : lit;
    out.push({ name: `literal ${JSON.stringify(lit)} repeated`, make: (n) => fill(lit, n) });
    for (const f of SHORT_FILLERS) {
      out.push({ name: `literal ${JSON.stringify(lit)} + ${JSON.stringify(f)} repeated`, make: (n) => fill(lit + f, n) });
      out.push({ name: `literal ${JSON.stringify(lit)} + 32x${JSON.stringify(f)} repeated`, make: (n) => fill(lit + f.repeat(32), n) });
      out.push({ name: `near-match ${JSON.stringify(cut)} + ${JSON.stringify(f)} repeated`, make: (n) => fill(cut + f, n) });
    }
    for (const f of FILLERS)
      out.push({ name: `literal ${JSON.stringify(lit)} then ${JSON.stringify(f)} to the end`, make: (n) => lit + fill(f, n - lit.length) });
  }
  return out;
}

/** Inputs built from the variant's first example (what the catalog author had in mind). */
function fromExample(v: MatchVariant): Input[] {
  const out: Input[] = [
    { name: "'a'*n", make: (n) => fill('a', n) },
    { name: "' '*n", make: (n) => fill(' ', n) },
    { name: "'\\\\'*n", make: (n) => fill('\\', n) },
  ];
  const ex = v.examples[0] ?? '';
  out.push({ name: 'example repeated', make: (n) => fill(`${ex} `, n) });
  const cut = ex.slice(0, Math.max(1, Math.floor((ex.length * 2) / 3)));
  out.push({ name: 'near-miss example + a-padding', make: (n) => cut + fill('a', n - cut.length) });
  out.push({ name: 'near-miss example + space-padding', make: (n) => cut + fill(' ', n - cut.length) });
  const chars = [...new Set(ex)].join('');
  out.push({ name: "example's characters cycled", make: (n) => fill(chars, n) });
  return out;
}

/** Adversarial inputs for a variant, as functions of the target size. */
function adversarial(v: MatchVariant): Input[] {
  return [...generic(v), ...fromExample(v)];
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

/** Cheap screen: best of three single runs at each size. Only a screen above the bound is re-measured. */
function quickGrowth(re: RegExp, a: string, b: string): number {
  re.exec(a); // warm up
  re.exec(b);
  const best = (s: string): number => {
    let t = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      re.exec(s);
      t = Math.min(t, performance.now() - t0);
    }
    return t;
  };
  return best(b) / Math.max(best(a), 1e-4);
}

/** Worst growth over the inputs, screened cheaply and confirmed with the batched timer. */
function slowInputs(re: RegExp, inputs: Input[], small = SMALL, large = LARGE): string[] {
  const slow: string[] = [];
  for (const { name, make } of inputs) {
    const a = make(small);
    const b = make(large);
    if (quickGrowth(re, a, b) <= MAX_RATIO) continue;
    let ratio = growth(re, make, small, large);
    if (ratio > MAX_RATIO) ratio = Math.min(ratio, growth(re, make, small, large)); // GC or scheduling noise
    if (ratio > MAX_RATIO) slow.push(`${name}: ${large / 1000}KB/${small / 1000}KB time ratio ${ratio.toFixed(1)}`);
  }
  return slow;
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

  it.each(variants.map(({ id, v }) => [id, v] as const))('%s', (id, v) => {
    const re = new RegExp(v.pattern, v.flags ?? '');
    const inputs = adversarial(v);
    // every variant but an event catch-all has literal text to build generic inputs from
    if (v.literals.length > 0) expect(generic(v).length).toBeGreaterThan(8);
    expect(slowInputs(re, inputs), id).toEqual([]);
  }, 60_000);
});
