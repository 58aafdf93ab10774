// Adversarial inputs for a catalog pattern, as functions of the target size (see redos.test.ts for how
// they are used; bench/catalog-regex.bench.ts times every variant on them).
import { parseRegex, requiredRuns } from '../../src/engine/catalog/regex-lint';
import type { MatchVariant } from '../../src/engine/catalog/types';
import { fill } from '../regex/growth';

export type Input = { name: string; make: (n: number) => string };

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
export function generic(v: MatchVariant): Input[] {
  const out: Input[] = [];
  const texts = literalTexts(v);
  const chars = [...new Set(texts.join(''))].slice(0, MAX_CHARS);
  for (const c of chars) out.push({ name: `run of ${JSON.stringify(c)}`, make: (n) => fill(c, n) });
  for (const lit of texts) {
    const cut = lit.length > 1 ? lit.slice(0, -1) : lit;
    out.push({ name: `literal ${JSON.stringify(lit)} repeated`, make: (n) => fill(lit, n) });
    for (const f of SHORT_FILLERS) {
      out.push({
        name: `literal ${JSON.stringify(lit)} + ${JSON.stringify(f)} repeated`,
        make: (n) => fill(lit + f, n),
      });
      out.push({
        name: `literal ${JSON.stringify(lit)} + 32x${JSON.stringify(f)} repeated`,
        make: (n) => fill(lit + f.repeat(32), n),
      });
      out.push({
        name: `near-match ${JSON.stringify(cut)} + ${JSON.stringify(f)} repeated`,
        make: (n) => fill(cut + f, n),
      });
    }
    for (const f of FILLERS)
      out.push({
        name: `literal ${JSON.stringify(lit)} then ${JSON.stringify(f)} to the end`,
        make: (n) => lit + fill(f, n - lit.length),
      });
  }
  return out;
}

/** Inputs built from the variant's first example (what the catalog author had in mind). */
export function fromExample(v: MatchVariant): Input[] {
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
export function adversarial(v: MatchVariant): Input[] {
  return [...generic(v), ...fromExample(v)];
}
