// Golden fixtures: tests/fixtures/parse/<NN-name>.txt (or .bin for raw bytes) with hand-checked expectations in
// <NN-name>.expect.json. Every collection listed in the expectation is compared in full length, each record with
// toMatchObject on the fields that matter.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseText } from '../../../src/engine/parse/index';
import type { ParsedInput } from '../../../src/engine/records';
import { recordRanges } from './helpers';

const DIR = join(import.meta.dirname, '../../fixtures/parse');
const COLLECTIONS = ['documents', 'events', 'logs', 'pods', 'objects', 'configs', 'inspects'] as const;

interface Expectation extends Partial<Record<(typeof COLLECTIONS)[number], unknown[]>> {
  lineCount?: number;
  /** collections compared by their first N items only (long logs) */
  prefix?: Partial<Record<(typeof COLLECTIONS)[number], number>>;
}

const inputs = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.bin'))
  .sort();

describe('parse fixtures', () => {
  it('has a fixture corpus', () => {
    expect(inputs.length).toBeGreaterThan(0);
  });

  for (const file of inputs) {
    const base = file.replace(/\.(txt|bin)$/, '');
    it(base, () => {
      const expectPath = join(DIR, `${base}.expect.json`);
      expect(existsSync(expectPath), `missing ${base}.expect.json`).toBe(true);
      const exp = JSON.parse(readFileSync(expectPath, 'utf8')) as Expectation;
      const raw = readFileSync(join(DIR, file));
      const got: ParsedInput = file.endsWith('.bin')
        ? parseBytes(new Uint8Array(raw))
        : parseText(raw.toString('utf8'));
      if (exp.lineCount !== undefined) expect(got.lineCount).toBe(exp.lineCount);
      for (const key of COLLECTIONS) {
        const want = exp[key];
        if (want === undefined) continue;
        const n = exp.prefix?.[key];
        const have = n !== undefined ? got[key].slice(0, n) : got[key];
        if (n === undefined) expect(have, `${key} count`).toHaveLength(want.length);
        want.forEach((w, i) => expect(have[i], `${key}[${i}]`).toMatchObject(w as object));
      }
      for (const r of recordRanges(got)) {
        expect(r.start).toBeGreaterThanOrEqual(1);
        expect(r.end).toBeGreaterThanOrEqual(r.start);
        expect(r.end).toBeLessThanOrEqual(got.lineCount);
      }
    });
  }
});
