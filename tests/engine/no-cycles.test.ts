// No import cycle anywhere in src/: a cycle means two files are one concept split in two, and it
// makes the layer order meaningless. Imports are read from the source text (`from './x'` and
// `import('./x')`), resolved to files, and searched depth-first.
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../src');
const IMPORT = /(?:from\s+|import\()'(\.{1,2}\/[^']{1,200})'/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(f) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files(root)) {
    const deps: string[] = [];
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      // type-only imports vanish at run time but still tie the modules' meanings together
      for (const m of line.matchAll(IMPORT)) {
        const to = resolveImport(f, m[1]!);
        if (to) deps.push(to);
      }
    }
    graph.set(f, deps);
  }
  return graph;
}

export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return cycles;
}

describe('imports', () => {
  it('form no cycle in src/', () => {
    const cycles = findCycles(importGraph(SRC)).map((c) => c.map((f) => relative(SRC, f)).join(' → '));
    expect(cycles).toEqual([]);
  });

  it('control: a cycle is found when there is one', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(g)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
