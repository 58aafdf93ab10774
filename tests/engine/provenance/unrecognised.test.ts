// What makes a line an error nobody explains: a Go runtime crash after any prefix, or an error mark
// in a fixed form (level words, bracketed levels, gRPC status, an SDK's block, Go's logger); prose
// that only mentions an error is not one. Repeats with other numbers and ids share one template.
import { describe, it, expect } from 'vitest';
import { errorMarkAt, goCrashAt, messageTemplate } from '../../../src/engine/analysis/unrecognised';

// each judge of a line, with lines it takes (true) and leaves (false)
describe.each<[string, (line: string) => boolean, [string, boolean][]]>([
  [
    'goCrashAt',
    goCrashAt,
    [
      ['panic: runtime error: invalid memory address or nil pointer dereference', true],
      ['fatal error: concurrent map writes', true],
      ['Apr 01 11:13:08 host dockerd[1234]: panic: runtime error: index out of range', true],
      ['2024-05-01T10:00:00Z | panic: assignment to entry in nil map', true],
      ['\tpanic: close of closed channel', true],
      ['<3>panic: send on closed channel', true],
      // prose and field names that contain the words
      ['the handler recovered from a panic: see above', true],
      ['nopanic: nothing', false],
      ['panic: ', false],
      ['fatal errors: 0', false],
      ['level=info msg="no panic here"', false],
    ],
  ],
  [
    'errorMarkAt',
    errorMarkAt,
    [
      ['2020-03-16T15:02:38.124Z [ERROR] Failed CNI request', true],
      ['2022-10-27T20:37:30Z [error] Error assigning IP', true],
      ['ERRO[0000] Error creating veth', true],
      ['FATA[0001] cannot start', true],
      ['time="2024-01-01T00:00:00Z" level=error msg="x"', true],
      ['stderr: "time=\\"2024\\" level=fatal msg=\\"boom\\""', true],
      ['desc = rpc error: code = Unavailable desc = connection error', true],
      ['SDKError:', true],
      ['ERROR: SDK.ServerError', true],
      ['http: panic serving 10.0.0.1:443: runtime error: slice bounds out of range', true],
      ['error: failed process input: open /etc/eni/10-terway.conf', true],
      ['Error: pod_vswitch_ids: attribute supports 10 item maximum', true],
      ['fatal: not a git repository', true],
      ['2016-02-02 10:41:07,791 3359 [default/web-1] ERROR No IPv6 address returned', true],
      ['2016-04-01T21:38:27Z master confd[58]: ERROR 100: Key not found', true],
      ['2019/07/31 10:04:35 Failed to initialize key-value store', true],
      // prose that mentions errors, and lower-case words between separators
      ['the error budget is fine', false],
      ['I0101 00:00:00.000000 1 x.go:1] no errors found', false],
      ['level=info msg="retrying after error"', false],
      ['ERRORS: 0', false],
      ['2019/07/31 10:04:35 Started', false],
    ],
  ],
])('%s', (_, judge, lines) => {
  it.each(lines)('%s → %s', (line, want) => {
    expect(judge(line)).toBe(want);
  });
});

describe('messageTemplate', () => {
  it.each([
    [
      'failed to attach eni-bp1a2b3c4d5e6f7g8h9i to i-bp1aaaa: timeout after 30s',
      'failed to attach eni-bp#a#b#c#d#e#f#g#h#i to i-bp#aaaa: timeout after #s',
    ],
    ['pod  0xc000a3c1e0   crashed\tat 12', 'pod # crashed at #'],
    ['request 3B6D3C7A-0F1E-5C8B-9A2D-6E4F1B2C3D4E refused', 'request #-#F#E-#C#B-#A#D-# refused'],
  ])('%s', (message, want) => {
    expect(messageTemplate(message)).toBe(want);
  });

  it('folds repeats with other numbers and ids into one template', () => {
    expect(messageTemplate('allocate 10.0.1.17 for pod web-7 failed after 3 tries')).toBe(
      messageTemplate('allocate 10.0.4.250 for pod web-12 failed after 11 tries'),
    );
    expect(messageTemplate('attach deadbeef00 failed')).toBe(messageTemplate('attach 0x12345678aa failed'));
  });

  it('keeps different messages apart and stays short', () => {
    expect(messageTemplate('no route to host')).not.toBe(messageTemplate('connection refused'));
    expect(messageTemplate('x'.repeat(5000)).length).toBeLessThanOrEqual(160);
  });
});
