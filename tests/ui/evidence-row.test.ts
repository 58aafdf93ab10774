// Evidence rows from events tables show reason, object and the message from the signal on; the age, namespace
// and type columns go. Rows come from the real fixtures so a layout change in the table parsers shows here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceRow } from '../../src/ui/triage/evidence-row';

function fixtureLine(file: string, startsWith: string): string {
  const line = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(startsWith));
  if (line === undefined) throw new Error(`no line starting ${startsWith} in ${file}`);
  return line;
}

describe('evidenceRow', () => {
  it.each<[string, string, string, string, ReturnType<typeof evidenceRow>]>([
    [
      'reads a `get events -A` row: no namespace or age, the message from the signal',
      'timeline/many-pods-events.txt',
      'shop        8m          Warning   FailedCreatePodSandBox',
      'error alloc ip',
      {
        reason: 'FailedCreatePodSandBox',
        object: 'pod/web-7d9f8c6b5-x2x9q',
        message:
          'error alloc ip rpc error: code = Unknown desc = InvalidVSwitchId.IpNotEnough: The specified VSwitch "vsw-bp1q2w3e4r5t6y7u8i9o0" has not enough IpAddress.',
        cut: true,
      },
    ],
    [
      'reads a describe Events row: no age or From, no object (the described one)',
      'scenarios/17-alloc-deadline-needs-daemon-log.txt',
      '  Warning  FailedCreatePodSandBox',
      'failed to do add',
      {
        reason: 'FailedCreatePodSandBox',
        message:
          'failed to do add; cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded',
        cut: true,
      },
    ],
    [
      'keeps the whole message when the signal is not in it',
      'scenarios/27-independent-causes-trunk-and-vswitch.txt',
      '3m50s       Warning   AttachENIFailed',
      'no such words',
      {
        reason: 'AttachENIFailed',
        object: 'podeni/matcher-0',
        message: 'trunk eni id not found, this may due to terway agent is not started',
        cut: false,
      },
    ],
  ])('%s', (_, file, startsWith, signal, want) => {
    expect(evidenceRow(fixtureLine(file, startsWith), signal)).toEqual(want);
  });

  it('reads a `get events` row without a namespace column', () => {
    const line = fixtureLine(
      'scenarios/27-independent-causes-trunk-and-vswitch.txt',
      '3m50s       Warning   CreateENIFailed',
    );
    const row = evidenceRow(line, 'InvalidVSwitchId.IpNotEnough');
    expect(row?.reason).toBe('CreateENIFailed');
    expect(row?.object).toBe('pod/matcher-0');
    expect(row?.message.startsWith('InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch')).toBe(true);
    expect(row?.cut).toBe(true);
  });

  it('finds a signal that still holds a format hole by the words before it', () => {
    const line = fixtureLine('scenarios/17-alloc-deadline-needs-daemon-log.txt', '  Warning  FailedCreatePodSandBox');
    expect(evidenceRow(line, 'cmdAdd: error alloc ip %w')?.message.startsWith('cmdAdd: error alloc ip rpc')).toBe(true);
  });

  it('leaves log and YAML lines to show as pasted', () => {
    expect(
      evidenceRow('E1125 12:54:03.123456  1234 server.go:88] cmdAdd: error alloc ip', 'error alloc ip'),
    ).toBeNull();
    expect(evidenceRow('  message: "failed to do add"', 'failed to do add')).toBeNull();
  });

  it('keeps markup in the message as text', () => {
    const row = evidenceRow('5m   Warning   Failed   pod/x   <img src=x onerror=alert(1)> failed to do add', 'failed');
    expect(row?.message).toBe('failed to do add');
    expect(evidenceRow('5m   Warning   Failed   pod/x   <b>boom</b>')?.message).toBe('<b>boom</b>');
  });
});
