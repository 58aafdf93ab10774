// Table tests of the verdict rules: for each rule, contexts where it must answer (with the category,
// confidence and a phrase of the summary) and contexts where it must leave the verdict to a later rule.
import { describe, it, expect } from 'vitest';
import type { ReasonContext, VerdictRule } from '../../../src/engine/reason/types';
import type { Verdict } from '../../../src/engine/report';
import { VERDICT_RULES, decideVerdict } from '../../../src/engine/reason/verdicts';
import { notTerwayRule } from '../../../src/engine/reason/verdicts/not-terway';
import { chainedCiliumRule } from '../../../src/engine/reason/verdicts/chained-cilium';
import { rootCauseRule } from '../../../src/engine/reason/verdicts/root-cause';
import { opaqueRule } from '../../../src/engine/reason/verdicts/opaque';
import { unhealthyRule } from '../../../src/engine/reason/verdicts/unhealthy';
import { nothingRecognisedRule } from '../../../src/engine/reason/verdicts/nothing-recognised';
import { foreignWarningsRule } from '../../../src/engine/reason/verdicts/foreign-warnings';
import { noneRule } from '../../../src/engine/reason/verdicts/none';
import { collected, event, eventGroup, group, pod, reasonContext, variant } from './builders';

type Want = Pick<Verdict, 'category' | 'confidence'> & { says?: string; rootCause?: string };
type Row = [name: string, ctx: ReasonContext, want: Want | undefined];

function table(rule: VerdictRule, rows: Row[]) {
  it.each(rows)('%s', (_, ctx, want) => {
    const v = rule.decide(ctx);
    if (!want) {
      expect(v).toBeUndefined();
      return;
    }
    expect(v).toBeDefined();
    expect({ category: v!.category, confidence: v!.confidence }).toEqual({
      category: want.category,
      confidence: want.confidence,
    });
    if (want.says) expect(v!.summary).toContain(want.says);
    if (want.rootCause) expect(v!.rootCause).toBe(want.rootCause);
  });
}

const calico = { terway: 'not-involved' as const, foreign: ['calico'], why: 'only calico signals' };
const cilium = group({
  entry: { id: 'foreign-cilium', kind: 'foreign-cni', signal: 'cilium-cni' },
  variant: variant({ id: 'daemon' }),
});
const vswitch = group({
  entry: {
    id: 'openapi-vswitch-ip-not-enough',
    kind: 'openapi-error',
    title: 'vSwitch has no free IP',
    category: 'resource-exhaustion',
    signal: 'InvalidVSwitchId.IpNotEnough',
  },
  evidence: [{ line: 1, text: 'InvalidVSwitchId.IpNotEnough' }],
  captures: { vsw: 'vsw-bp1abc' },
  count: 3,
});
const opaqueLead = group({
  entry: {
    id: 'cni-alloc',
    title: 'AllocIP call to terwayd failed',
    kind: 'cni-error',
    component: 'cni-via-daemon',
    category: 'terway-bug',
  },
  variant: variant({ opaque: true }),
  objects: ['shop/web-1'],
});
const sick = pod({ healthy: false, status: 'CrashLoopBackOff', restarts: 7 });
const withEvents = (...events: ReturnType<typeof event>[]) =>
  collected({ events, stats: { lines: 5, events: events.length, logLines: 0, objects: 0, documents: 1 } });

describe('not Terway', () => {
  table(notTerwayRule, [
    [
      'another CNI and no Terway evidence',
      reasonContext({ involvement: calico }),
      { category: 'unknown', confidence: 'high', says: 'what fails is calico' },
    ],
    ['Terway involved', reasonContext(), undefined],
  ]);
});

describe("Terway's chained cilium-cni", () => {
  const chained = { terway: 'involved' as const, foreign: ['cilium-cni'], why: 'terway pods', chainedCilium: true };
  table(chainedCiliumRule, [
    [
      'cilium-cni cannot reach the agent, Terway involved, the pod is sick',
      reasonContext({ involvement: chained, lead: cilium, terwayPods: [sick] }),
      { category: 'environment', confidence: 'medium', says: 'most likely `policy`', rootCause: 'foreign-cilium' },
    ],
    [
      'on an ACK node without Terway evidence',
      reasonContext({ involvement: { ...chained, terway: 'unknown' }, lead: cilium }),
      { category: 'unknown', confidence: 'low', says: 'Terway is not confirmed' },
    ],
    ['a standalone cilium (not chained)', reasonContext({ lead: cilium }), undefined],
  ]);
});

describe('a named root cause', () => {
  table(rootCauseRule, [
    [
      'an OpenAPI code with a consequence',
      reasonContext({ root: vswitch, lead: vswitch, problems: [vswitch], symptoms: [eventGroup('AllocIPFailed')] }),
      {
        category: 'resource-exhaustion',
        confidence: 'high',
        says: 'Root cause: vSwitch has no free IP (InvalidVSwitchId.IpNotEnough; vSwitch vsw-bp1abc), exhausted capacity or quota.',
      },
    ],
    [
      'names the IPAM mode when known',
      reasonContext({ root: vswitch, problems: [vswitch], ipam: { mode: 'crd', evidence: '' } }),
      { category: 'resource-exhaustion', confidence: 'high', says: 'IPAM is centralized (crd).' },
    ],
    ['no root', reasonContext({ lead: opaqueLead }), undefined],
  ]);
});

describe('a failure whose cause is in a log', () => {
  table(opaqueRule, [
    [
      'an opaque CNI error on a known node',
      reasonContext({
        lead: opaqueLead,
        context: { node: 'cn-hangzhou.10.0.3.19' },
        names: { node: 'cn-hangzhou.10.0.3.19' },
      }),
      { category: 'unknown', confidence: 'low', says: 'the terway daemon log on cn-hangzhou.10.0.3.19 has it' },
    ],
    ['a root exists', reasonContext({ root: vswitch, lead: vswitch }), undefined],
  ]);
});

describe('unhealthy pods without a cause', () => {
  table(unhealthyRule, [
    [
      'a crashing terway pod',
      reasonContext({ terwayPods: [sick] }),
      { category: 'unknown', confidence: 'medium', says: 'CrashLoopBackOff with 7 restarts' },
    ],
    ['healthy pods', reasonContext({ terwayPods: [pod()] }), undefined],
  ]);
});

describe('nothing recognisable', () => {
  table(nothingRecognisedRule, [
    [
      'an empty paste',
      reasonContext({
        collected: collected({ stats: { lines: 0, events: 0, logLines: 0, objects: 0, documents: 0 } }),
      }),
      { category: 'unknown', confidence: 'low', says: 'Nothing recognisable' },
    ],
    ['prose without any Kubernetes output', reasonContext(), { category: 'unknown', confidence: 'low' }],
    ['events were read', reasonContext({ collected: withEvents(event()) }), undefined],
  ]);
});

describe("other components' warnings", () => {
  table(foreignWarningsRule, [
    [
      'a BackOff warning',
      reasonContext({ collected: withEvents(event({ type: 'Warning', reason: 'BackOff' })) }),
      { category: 'unknown', confidence: 'low', says: 'The Warning events (BackOff) are outside Terway’s scope' },
    ],
    ['only Normal events', reasonContext({ collected: withEvents(event()) }), undefined],
  ]);
});

describe('nothing wrong', () => {
  table(noneRule, [
    [
      'AllocIPSucceed and Running pods',
      reasonContext({ terwayPods: [pod()], collected: withEvents(event({ reason: 'AllocIPSucceed' })) }),
      { category: 'none', confidence: 'high', says: 'Terway allocated the pod IP (AllocIPSucceed)' },
    ],
  ]);
});

describe('the verdict registry', () => {
  it('tries the rules in order and always answers', () => {
    expect(VERDICT_RULES.map((r) => r.id)).toEqual([
      'not-terway',
      'chained-cilium',
      'root-cause',
      'opaque',
      'unrecognised-errors',
      'unhealthy-without-cause',
      'nothing-recognised',
      'foreign-warnings',
      'none',
    ]);
    expect(decideVerdict(reasonContext({ involvement: calico, root: vswitch })).summary).toContain('calico');
    expect(() => decideVerdict(reasonContext(), [])).toThrow(/no verdict rule answered/);
  });
});
