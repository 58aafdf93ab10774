// The SOP's words and commands live in catalog/sop.yaml; the step judges refer to its asks by id. Every
// id a judge asks for exists, every ask is used by some judge, and the five steps are there in order.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { compileCatalog } from '../../src/engine/catalog/compile';

const STEPS_DIR = join(import.meta.dirname, '../../src/engine/reason/steps');
/** ask ids as the judges write them: the literals of an `ask(…)` line (not a value compared with ===), or a LOG_ASK row */
const LITERAL = /(?<!=== )'([a-z0-9]+(?:-[a-z0-9]+)*)'/g;
const askLines = (text: string) => text.split('\n').filter((l) => l.includes('ask(') || /^\s+\w+: 'log-/.test(l));

const sop = loadCatalogFromDir().sop;
const asked = new Set(
  readdirSync(STEPS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => askLines(readFileSync(join(STEPS_DIR, f), 'utf8')))
    .flatMap((line) => [...line.matchAll(LITERAL)].map((m) => m[1]!)),
);

describe('catalog/sop.yaml', () => {
  it('has the five steps in order', () => {
    expect(sop.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5]);
    expect(sop.steps[0]!.title).toBe('Terway component health');
  });

  it('has every ask a step judge uses, and no ask nobody uses', () => {
    const ids = new Set(sop.asks.map((a) => a.id));
    expect([...asked].filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !asked.has(id))).toEqual([]);
    expect(asked.size).toBeGreaterThan(10);
  });

  it('rejects a step out of order, an unknown placeholder and a non-kubectl command', () => {
    const bad = `steps:
  - { step: 2, title: Pod events }
asks:
  - { id: x, step: 1, what: 'w', command: 'kubectl logs {terwayPod} -c {nope}', why: 'y' }
  - { id: y, step: 1, what: 'w', command: 'rm -rf /', why: 'y {pod}' }
`;
    expect(() => compileCatalog([{ path: 'catalog/sop.yaml', text: bad }])).toThrow(
      /steps\[0\].*\n(?:.*\n)*.*unknown placeholder \{nope\}(?:.*\n)*.*must be a kubectl command(?:.*\n)*.*unknown hole \{pod\}/,
    );
  });
});
