// No `{placeholder}` of a catalog or message template may survive into a report: every golden report
// (scenarios, samples, real pastes) is walked, pasted text aside (evidence lines are the input).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../fixtures');
const HOLE = /\{[A-Za-z]\w*\}/;
/** fields holding pasted text, not ours */
const PASTED = new Set(['text', 'evidence', 'terwayEvidence', 'inputs', 'documents']);

function holes(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'string') {
    if (HOLE.test(value)) out.push(`${path}: ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => holes(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!PASTED.has(k)) holes(v, `${path}.${k}`, out);
  return out;
}

const reports = ['scenarios', 'samples', 'real'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.report.json'))
    .map((f) => join(dir, f)),
);

describe('template lint over every golden report', () => {
  it('finds reports to lint', () => expect(reports.length).toBeGreaterThan(50));
  it.each(reports)('%s leaves no {placeholder}', (file) => {
    expect(holes(JSON.parse(readFileSync(join(ROOT, file), 'utf8')), '', [])).toEqual([]);
  });
});
