// When a paste goes to a chip instead of the editor: past 2 MB, or past 50,000 lines together with
// what the editor already holds, counted no further than the limit.
import { describe, it, expect } from 'vitest';
import { isLargePaste, LARGE_PASTE_CHARS, LARGE_PASTE_LINES } from '../../src/ui/state/large-paste';

describe('isLargePaste', () => {
  it('takes short pastes and refuses long ones by size or by line count', () => {
    expect(isLargePaste('kubectl describe pod web-1\n'.repeat(100))).toBe(false);
    expect(isLargePaste('x'.repeat(LARGE_PASTE_CHARS + 1))).toBe(true);
    // 1M lines of 2 characters: under the size limit, far over the line limit
    expect(isLargePaste('x\n'.repeat(1_000_000))).toBe(true);
    expect(isLargePaste('x\n'.repeat(LARGE_PASTE_LINES))).toBe(false);
    expect(isLargePaste('x\n'.repeat(LARGE_PASTE_LINES + 1))).toBe(true);
  });

  it('counts what the editor already holds', () => {
    const half = 'x\n'.repeat(LARGE_PASTE_LINES / 2);
    expect(isLargePaste(half, half)).toBe(false);
    expect(isLargePaste(`${half}x\n`, half)).toBe(true);
    expect(isLargePaste('y', 'x'.repeat(LARGE_PASTE_CHARS))).toBe(true);
  });
});
