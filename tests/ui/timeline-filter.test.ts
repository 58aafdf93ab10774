import { describe, expect, it } from 'vitest';
import { filterOptions, filterTimeline, localToIso } from '../../src/ui/incident/timeline-filter';
import type { TimelineEntry } from '../../src/engine/report';

const entry = (line: number, extra: Partial<TimelineEntry>): TimelineEntry => ({
  at: '5m',
  atKind: 'relative',
  printed: '5m',
  source: 'kubelet',
  line,
  kind: 'event',
  text: 'x',
  ...extra,
});

const entries = [
  entry(1, { level: 'Normal', object: 'shop/web-1', node: 'node-a' }),
  entry(2, { level: 'Warning', object: 'shop/web-1', node: 'node-a' }),
  entry(3, { level: 'Warning', object: 'pay/api-1', node: 'node-b' }),
  entry(4, { kind: 'log', level: 'error' }),
  entry(5, { kind: 'log', level: 'info' }),
];

describe('timeline filters', () => {
  it('keeps warnings and errors only, of events and log lines alike', () => {
    expect(filterTimeline(entries, { where: '', onlyProblems: true }).map((t) => t.line)).toEqual([2, 3, 4]);
  });

  it('narrows to one object or one node', () => {
    expect(filterTimeline(entries, { where: 'o:shop/web-1', onlyProblems: false }).map((t) => t.line)).toEqual([1, 2]);
    expect(filterTimeline(entries, { where: 'n:node-b', onlyProblems: true }).map((t) => t.line)).toEqual([3]);
  });

  it('offers the objects and nodes named, most named first', () => {
    expect(filterOptions(entries).map((o) => o.value)).toEqual(['n:node-a', 'o:shop/web-1', 'n:node-b', 'o:pay/api-1']);
  });

  it('reads the pasted-at field as an instant, and nothing from an empty or broken one', () => {
    expect(localToIso('')).toBeUndefined();
    expect(localToIso('not a time')).toBeUndefined();
    expect(localToIso('2025-11-25T05:10:00')).toBe(new Date('2025-11-25T05:10:00').toISOString());
  });
});
