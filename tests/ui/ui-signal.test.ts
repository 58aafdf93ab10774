// Evidence → editor: the span of the signal on a line, so the editor scrolls it into view.
import { describe, it, expect } from 'vitest';
import { literalPieces, signalSpan, visualColumn } from '../../src/ui/common/signal';

const LINE =
  '  Warning  CreateENIFailed  3m (x12 over 20m)  terway-controlplane/multi-ip-node  Failed to create ENI type=Secondary vsw=vsw-bp1q2w3e4r5t6y7u8i9o0: errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch has not enough IpAddress.';

describe('signalSpan', () => {
  it('finds the signal as written, case-insensitively', () => {
    const s = signalSpan(LINE, ['invalidvswitchid.ipnotenough']);
    expect(LINE.slice(s!.start, s!.end)).toBe('InvalidVSwitchId.IpNotEnough');
  });

  it('falls back to the longest literal piece of a pattern-like signal, then to captured values', () => {
    const line = 'E1125 04:51:02 1 cni.go:88] cmdAdd: error alloc ip rpc error: code = Unknown';
    const s = signalSpan(line, ['cmdAdd: error alloc ip %w']);
    expect(line.slice(s!.start, s!.end)).toBe('cmdAdd: error alloc ip');
    const v = signalSpan(LINE, ['no such signal here', 'vsw-bp1q2w3e4r5t6y7u8i9o0']);
    expect(LINE.slice(v!.start, v!.end)).toBe('vsw-bp1q2w3e4r5t6y7u8i9o0');
  });

  it('returns null when nothing is on the line', () => {
    expect(signalSpan('plain line', ['InvalidVSwitchId.IpNotEnough', 'ab'])).toBeNull();
  });

  it('splits placeholders out of a signal', () => {
    expect(literalPieces('failed to get pod <ns>/<name>: %v')).toEqual(['failed to get pod']);
  });
});

describe('visualColumn', () => {
  it('expands tabs to the next multiple of 4', () => {
    expect(visualColumn('ab\tc', 3)).toBe(4);
    expect(visualColumn('abc', 2)).toBe(2);
  });
});
