// The worker's slim catalog leaves the prose out; the page fills it back by entry id. Both halves
// are checked on a real scenario, so the browser shows and exports the CLI's explanations and fixes.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { engineCatalog } from '../../src/engine/catalog/engine-catalog';
import { withCatalogProse } from '../../src/engine/report-prose';
import { reportToMarkdown } from '../../src/engine/report-markdown';

const full = loadCatalogFromDir();
const slimCatalog = engineCatalog(full);
const text = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/01-vswitch-exhausted-crd.txt'), 'utf8');

describe('prose of the slim catalog', () => {
  it('keeps one sentence of explanation and of fix, which is smaller', () => {
    for (const e of slimCatalog.entries) {
      const whole = full.entries.find((f) => f.id === e.id)!;
      expect(whole.fix.replace(/\s+/g, ' ').startsWith(e.fix)).toBe(true);
      expect(e.fix.length).toBeLessThan(whole.fix.length + 1);
      expect(e.fix).toMatch(/[.!?]$|^[^.!?]*$/);
      expect(e.explanation.length).toBeLessThanOrEqual(full.entries.find((f) => f.id === e.id)!.explanation.length);
      expect(e.explanation).toMatch(/[.!?]$|^[^.!?]*$/);
    }
  });

  it('is filled back from the whole catalog so findings read like the CLI report', async () => {
    const fromFull = await analyze([{ name: 'p', text }], new CompiledCatalog(full));
    const fromSlim = await analyze([{ name: 'p', text }], new CompiledCatalog(slimCatalog));
    expect(fromSlim.findings.length).toBeGreaterThan(1);
    expect(fromSlim.findings.some((f) => f.fix !== fromFull.findings.find((x) => x.id === f.id)!.fix)).toBe(true);
    const filled = withCatalogProse(fromSlim, full);
    expect(filled.findings.map((f) => [f.id, f.explanation, f.fix])).toEqual(
      fromFull.findings.map((f) => [f.id, f.explanation, f.fix]),
    );
    expect(filled.verdict).toEqual(fromFull.verdict);
    expect(reportToMarkdown(filled, { redact: false }).markdown).toContain(
      `Fix: ${fromFull.findings[0]!.fix.slice(0, 40)}`,
    );
  });
});
