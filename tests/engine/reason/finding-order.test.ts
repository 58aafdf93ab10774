// The engine's one reading order: root cause, other causes, consequences; known signals before
// unrecognised error lines, then severity, within each;
// otherwise the reasoning's rank order (the sort is stable).
import { describe, it, expect } from 'vitest';
import { readingOrder } from '../../../src/engine/reason/finding-order';
import type { Finding } from '../../../src/engine/report';

const f = (id: string, severity: Finding['severity'], symptomOf?: string, kind = 'event'): Finding => ({
  id,
  title: id,
  signal: id,
  kind,
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
    [
      'a known signal before an error line only its level flags',
      [f('unknown-line', 'error', undefined, 'unrecognised'), f('api', 'warning', undefined, 'openapi-error')],
      undefined,
      ['api', 'unknown-line'],
    ],
    ['no root: causes before consequences', [f('s', 'error', 'x'), f('x', 'warning')], undefined, ['x', 's']],
  ])('%s', (_, findings, root, want) => {
    expect(readingOrder(findings, root).map((x) => x.id)).toEqual(want);
  });
});
