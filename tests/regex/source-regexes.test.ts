// Every regex in src/ runs in linear time: each one is read from the source (source-regexes.ts) and
// judged statically (linear-time.ts). A regex whose pattern only exists at run time cannot be read;
// it must be listed below with the reason it is safe, and the list must hold nothing that is gone.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { sourceRegexes } from './source-regexes';
import { linearTimeProblem } from './linear-time';
import { signalRegex } from '../../src/engine/reason/signal-text';
import { loadCatalogFromDir } from '../../src/node/load-catalog';

/** `file` → the constructions as written (whitespace collapsed) → why they are safe. */
const DYNAMIC: Record<string, Record<string, string>> = {
  'src/engine/catalog/pattern-check.ts': {
    "new RegExp(pattern, ignoreCase ? 'i' : '')": 'a catalog pattern: tests/catalog/redos.test.ts judges every one',
  },
  'src/engine/catalog/compile-known-bugs.ts': {
    "new RegExp(v.pattern, v.flags ?? '')": 'a catalog pattern, judged in tests/catalog/redos.test.ts',
  },
  'src/engine/catalog/compile.ts': {
    "new RegExp(earlier.pattern, earlier.flags === 'i' ? 'i' : '')": 'a catalog pattern, as above',
    'new RegExp(`(^|[^A-Za-z])${nm}([^A-Za-z]|$)`)':
      'an event reason or alias of the catalog (letters only) between two single-character classes',
  },
  'src/engine/catalog/regex-lint.ts': {
    'new RegExp(pattern)': 'a catalog pattern, judged in tests/catalog/redos.test.ts',
  },
  'src/engine/match/compiled-catalog.ts': {
    "new RegExp(variant.pattern, variant.flags ?? '')": 'a catalog pattern, judged in tests/catalog/redos.test.ts',
    "new RegExp(cause.pattern, `g${cause.flags ?? ''}`)":
      'a catalog cause (causes.yaml), judged in tests/catalog/redos.test.ts',
    "new RegExp(fingerprint.pattern, fingerprint.flags ?? '')":
      'a producer fingerprint (producers.yaml), judged in tests/catalog/redos.test.ts',
    "new RegExp(bug.pattern, bug.flags ?? '')": 'a known bug (known-bugs.yaml), judged in tests/catalog/redos.test.ts',
  },
  'src/engine/parse/events/get-table.ts': {
    "new RegExp(src + '$')":
      'a row grammar built per header from CELL_GRAMMAR: too many cells for recheck to decide in time; ' +
      'tests/regex/hostile-lines.test.ts times a `-o wide` row with a long run of spaces in its message',
  },
  'src/engine/reason/display.ts': {
    "new RegExp(v.pattern, v.flags ?? '')": 'a catalog pattern, judged in tests/catalog/redos.test.ts',
  },
  'src/engine/reason/signal-text.ts': {
    'new RegExp(src)': "a signal's literal text with bounded holes: this test judges the regex of every catalog signal",
  },
  'src/engine/redact.ts': {
    "new RegExp(alternatives.join('|'), 'gi')":
      'escaped names behind one-character lookarounds, or RULES sources that this test judges one by one',
  },
  'src/ui/reference/search.ts': {
    'new RegExp(m.pattern, flags)': 'a catalog pattern, judged in tests/catalog/redos.test.ts',
    'new RegExp(`\\\\b${n}\\\\b`)': 'an event reason of word characters only (checked just above it) between \\b',
  },
};

const { found, dynamic } = sourceRegexes();

const signals = [
  ...new Set(loadCatalogFromDir().entries.flatMap((e) => [e.signal, ...e.match.map((v) => v.signal ?? e.signal)])),
];

describe('the extractor and the check', () => {
  const sample = sourceRegexes(join(import.meta.dirname, 'fixture'));
  const at = (r: { at: string }) => r.at.replace(/^.*fixture\//, '');

  it('read literals, folded constructions and Svelte regexes; the rest is dynamic', () => {
    expect(sample.found.map((r) => [at(r), r.source, r.flags])).toEqual([
      ['sample.ts:3', '\\s*(?:\\||;)\\s*', ''],
      ['sample.ts:4', '^x\\s*y$', 'i'],
      ['sample.ts:5', 'ab+', ''],
      ['Sample.svelte:6', '^\\d+$', ''],
      ['Sample.svelte:3', '\\n+$', ''],
    ]);
    expect(sample.dynamic.map((d) => d.code)).toEqual(['new RegExp(name)', 'text.match(pattern)']);
  });

  it('flags the super-linear ones', () => {
    const bad = sample.found.filter((r) => linearTimeProblem(r.source, r.flags) !== null).map(at);
    expect(bad).toEqual(['sample.ts:3', 'Sample.svelte:3']);
  }, 120_000);
});

describe('every regex in src/ is linear-time', () => {
  it('reads the regexes of src/', () => {
    expect(found.length).toBeGreaterThan(200);
    expect(new Set(found.map((r) => r.at.split(':')[0])).size).toBeGreaterThan(40);
  });

  it.each(found.map((r) => [`${r.at} /${r.source}/${r.flags}`, r] as const))(
    '%s',
    (_name, r) => {
      expect(linearTimeProblem(r.source, r.flags)).toBeNull();
    },
    120_000,
  );

  it('finds the signals with holes', () => {
    expect(signals.filter((s) => signalRegex(s) !== null).length).toBeGreaterThan(50);
  });

  it.each(signals.filter((s) => signalRegex(s) !== null))(
    'the regex that fills signal `%s`',
    (signal) => {
      const re = signalRegex(signal)!;
      expect(linearTimeProblem(re.source, re.flags)).toBeNull();
    },
    120_000,
  );

  it('lists every regex it cannot read, with a reason', () => {
    const unlisted = dynamic.filter((d) => DYNAMIC[d.file]?.[d.code] === undefined);
    expect(unlisted.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
  });

  it('lists nothing that is gone from the source', () => {
    const present = new Set(dynamic.map((d) => `${d.file} ${d.code}`));
    const stale = Object.entries(DYNAMIC).flatMap(([file, codes]) =>
      Object.keys(codes)
        .filter((code) => !present.has(`${file} ${code}`))
        .map((code) => `${file} ${code}`),
    );
    expect(stale).toEqual([]);
  });
});
