import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { LiteralScanner, type ScanLiteral } from '../../src/engine/match/literal-scanner';

function found(scanner: LiteralScanner, line: string): number[] {
  const ids: number[] = [];
  scanner.scan(line, (id) => ids.push(id));
  return ids.sort((a, b) => a - b);
}

describe('LiteralScanner', () => {
  const lits: ScanLiteral[] = [
    { text: 'InvalidVSwitchId.IpNotEnough', ignoreCase: false },
    { text: 'eth0 config is missing', ignoreCase: true },
    { text: 'cni plugin not initialized', ignoreCase: false },
    { text: 'eni', ignoreCase: false }, // shorter than the gram
  ];
  const scanner = new LiteralScanner(lits);

  it('finds literals anywhere in a line, once each', () => {
    const line =
      'Warning AllocIPFailed errCode: InvalidVSwitchId.IpNotEnough, msg: x InvalidVSwitchId.IpNotEnough requestID: 1';
    expect(found(scanner, line)).toEqual([0]);
  });

  it('honours case sensitivity per literal', () => {
    expect(found(scanner, 'ETH0 CONFIG IS MISSING')).toEqual([1]);
    expect(found(scanner, 'invalidvswitchid.ipnotenough')).toEqual([]);
    expect(found(scanner, 'CNI PLUGIN NOT INITIALIZED')).toEqual([]);
  });

  it('checks short literals too', () => {
    expect(found(scanner, 'attach eni-2ze1 failed')).toEqual([3]);
  });

  it('finds a literal at the very start and end of the line', () => {
    expect(found(scanner, 'cni plugin not initialized')).toEqual([2]);
    expect(found(scanner, 'x: eth0 config is missing')).toEqual([1]);
  });

  it('agrees with a naive includes() scan on arbitrary lines', () => {
    const words = ['eth0 config is missing', 'cni plugin', 'InvalidVSwitchId.IpNotEnough', 'Eth0 Config', 'abc'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 8 }),
        (parts) => {
          const line = parts.join('');
          const naive = lits
            .map((l, id) => ((l.ignoreCase ? line.toLowerCase() : line).includes(l.text) ? id : -1))
            .filter((id) => id >= 0);
          expect(found(scanner, line)).toEqual(naive);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
