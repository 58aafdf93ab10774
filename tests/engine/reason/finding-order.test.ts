// The engine's one reading order: root cause, other causes, consequences; severity within each;
// otherwise the reasoning's rank order (the sort is stable).
import { describe, it, expect } from 'vitest';
import { readingOrder } from '../../../src/engine/reason/finding-order';
import type { Finding } from '../../../src/engine/report';

const f = (id: string, severity: Finding['severity'], symptomOf?: string): Finding => ({
  id,
  title: id,
  signal: id,
  kind: 'event',
  category: 'configuration',
  severity,
  sopStep: 2,
  count: 1,
  captures: {},
  origin: '',
  explanation: '',
  fix: '',
  evidence: [],
  evidenceTotal: 0,
  ...(symptomOf ? { symptomOf } : {}),
});

describe('readingOrder', () => {
  it.each([
    [
      'root first, symptoms last, severity within',
      [f('sym', 'error', 'root'), f('note', 'info'), f('other', 'warning'), f('root', 'warning')],
      'root',
      ['root', 'other', 'note', 'sym'],
    ],
    [
      'keeps the rank order among equals',
      [f('b', 'error'), f('a', 'error'), f('c', 'error')],
      undefined,
      ['b', 'a', 'c'],
    ],
    ['no root: causes before consequences', [f('s', 'error', 'x'), f('x', 'warning')], undefined, ['x', 's']],
  ])('%s', (_, findings, root, want) => {
    expect(readingOrder(findings, root).map((x) => x.id)).toEqual(want);
  });
});
