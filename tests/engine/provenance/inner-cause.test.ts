// The innermost cause decides a wrapper's category: of the cause words in a line (catalog/causes.yaml)
// the last one wins, only for signals that wrap an error they do not name, never for an opaque one.
import { describe, it, expect, beforeAll } from 'vitest';
import { CompiledCatalog } from '../../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';
import { categoryWith, innerCauses, wrapsAnError } from '../../../src/engine/reason/inner-cause';
import type { Group } from '../../../src/engine/match/aggregate';
import { group, variant } from '../reason/builders';

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

describe('innerCause', () => {
  it.each<[string, string | undefined]>([
    [
      'failed to do add; cmdAdd: error alloc ip: Aliyun API Error: RequestId: 1 Status Code: 403 Code: Forbidden.RAM Message: denied',
      'ram-forbidden',
    ],
    // the permission error wraps the timeout that caused it: the timeout is innermost
    [
      'error get eni: Forbidden.RAM: retry failed: Get "http://100.100.100.200/latest/meta-data/mac": dial tcp 100.100.100.200:80: i/o timeout',
      'timeout',
    ],
    // and the other way round
    [
      'dial tcp 10.0.0.1:443: i/o timeout; then: nodes "n1" is forbidden: User "system:serviceaccount:kube-system:terway" cannot get resource "nodes"',
      'rbac-forbidden',
    ],
    ['mkdir /var/lib/cni/networks: no space left on device', 'disk-full'],
    ['attachENI: failed to attach ENI: AttachmentLimitExceeded: Interface count 9 exceeds the limit', 'quota'],
    ['ErrorCode: InvalidAccessKeyId.NotFound', 'credentials'],
    ['connect: connection refused', 'unreachable'],
    ['failed to do add; something went wrong', undefined],
  ])('%s → %s', (line, want) => {
    expect(catalog.innerCause(line)?.id).toBe(want);
  });

  it('finds the innermost cause however many times the line repeats an earlier one', () => {
    const line = `${'i/o timeout; '.repeat(20)}is forbidden: User "u" cannot list`;
    expect(catalog.innerCause(line)?.id).toBe('rbac-forbidden');
    // asked twice: the global regexes do not keep state between lines
    expect(catalog.innerCause(line)?.id).toBe('rbac-forbidden');
  });
});

const wrapper = (over: Parameters<typeof group>[0] = {}) =>
  group({ evidence: [{ line: 1, text: 'plugin type="terway" failed (add): Code: Forbidden.RAM' }], ...over });

describe('wrapsAnError', () => {
  it.each<[string, Group, boolean]>([
    ['an envelope', wrapper({ variant: variant({ envelope: true }) }), true],
    ["an event's catch-all", wrapper({ entry: { kind: 'event' }, variant: variant({ catchAll: true }) }), true],
    ['an event without a variant', wrapper({ entry: { kind: 'event' } }), true],
    ['an error line no entry knows', wrapper({ entry: { kind: 'unrecognised' } }), true],
    ['a signal ending in %v', wrapper({ entry: { signal: 'error alloc ip: %v' } }), true],
    ['a signal ending in a quoted %s', wrapper({ entry: { signal: 'failed to parse "%s"' } }), true],
    ['a specific signal', wrapper({ entry: { signal: 'exclusive eni mode changed' } }), false],
    [
      'an event variant that names its cause',
      wrapper({ entry: { kind: 'event' }, variant: variant({ id: 'ip-not-enough' }) }),
      false,
    ],
    // the cause of an opaque RPC failure is in the daemon's log, whatever its timeout says
    [
      'an opaque variant',
      wrapper({ entry: { signal: 'error alloc ip: %v' }, variant: variant({ opaque: true }) }),
      false,
    ],
  ])('%s → %s', (_, g, want) => {
    expect(wrapsAnError(g)).toBe(want);
  });
});

describe('innerCauses and categoryWith', () => {
  const envelope = wrapper({ variant: variant({ envelope: true }) });
  const opaque = group({
    entry: { signal: 'error alloc ip: %v', category: 'terway-bug' },
    variant: variant({ opaque: true }),
    evidence: [{ line: 2, text: 'cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = i/o timeout' }],
  });
  const specific = group({
    entry: { signal: 'exclusive eni mode changed', category: 'configuration' },
    evidence: [{ line: 3, text: 'task: eniOnlyerror: exclusive eni mode changed: i/o timeout' }],
  });
  const quiet = wrapper({
    variant: variant({ envelope: true, category: 'environment' }),
    evidence: [{ line: 4, text: 'failed (add): oops' }],
  });

  it('reads only wrappers, and only their cause words', () => {
    const inner = innerCauses([envelope, opaque, specific, quiet], catalog);
    expect([...inner.keys()]).toEqual([envelope]);
    expect(inner.get(envelope)?.category).toBe('configuration');
  });

  it("takes the inner cause's category, else the variant's, else the entry's", () => {
    const inner = innerCauses([envelope, opaque, specific, quiet], catalog);
    expect(categoryWith(inner, envelope)).toBe('configuration');
    expect(categoryWith(inner, quiet)).toBe('environment');
    expect(categoryWith(inner, opaque)).toBe('terway-bug');
    expect(categoryWith(inner, specific)).toBe('configuration');
  });
});
