import { describe, expect, it } from 'vitest';
import { anchoredText, parseAge, parseStamp, withYear } from '../../src/engine/analysis/timestamps';

describe('timestamps', () => {
  it('reads full dates with their zone, without inventing digits', () => {
    const utc = parseStamp('2024-05-14T02:03:15.123456Z')!;
    expect(utc).toMatchObject({ kind: 'absolute', text: '2024-05-14T02:03:15.123456Z' });
    const east = parseStamp('2024-01-08T03:25:42.100000000+08:00')!;
    expect(east.key).toBe(Date.UTC(2024, 0, 7, 19, 25, 42, 100));
    expect(parseStamp('2024-05-03T10:00:00+0800')!.key).toBe(Date.UTC(2024, 4, 3, 2, 0, 0));
    // felix and logrus's text format: a space instead of T, no zone
    expect(parseStamp('2022-07-14 10:18:23.273')!.text).toBe('2022-07-14T10:18:23.273');
  });

  it('keeps a klog or journald stamp year-less until a year is given', () => {
    const s = parseStamp('07-22T15:19:07.402187')!;
    expect(s.kind).toBe('no-year');
    expect(withYear(s, 2024)).toEqual({
      key: Date.UTC(2024, 6, 22, 15, 19, 7, 402),
      text: '2024-07-22T15:19:07.402187',
    });
    expect(parseStamp('13-40T99:00:00')).toBeUndefined();
    expect(parseStamp('yesterday')).toBeUndefined();
  });

  it('reads kubectl ages and their unit', () => {
    expect(parseAge('5m40s')).toEqual({ seconds: 340, unit: 1 });
    expect(parseAge('3d4h')).toEqual({ seconds: 3 * 86400 + 4 * 3600, unit: 3600 });
    expect(parseAge('0s')).toEqual({ seconds: 0, unit: 1 });
    for (const bad of ['<unknown>', '<invalid>', '', '5 m', 'm']) expect(parseAge(bad)).toBeUndefined();
  });

  it('prints an anchored age only to its own unit', () => {
    const anchor = Date.UTC(2025, 10, 25, 4, 55, 12);
    expect(anchoredText(anchor, parseAge('5m')!).text).toBe('2025-11-25T04:50Z');
    expect(anchoredText(anchor, parseAge('5m40s')!).text).toBe('2025-11-25T04:49:32Z');
    expect(anchoredText(anchor, parseAge('2h')!).text).toBe('2025-11-25T02Z');
    expect(anchoredText(anchor, parseAge('3d')!).text).toBe('2025-11-22');
  });
});
