// Table tests of the five SOP step judges: each row is a context built from small records, the
// status the judge must give, a phrase of its note and the artefacts it must ask for.
import { describe, it, expect } from 'vitest';
import type { ReasonContext, StepJudge } from '../../../src/engine/reason/types';
import type { ChecklistItem } from '../../../src/engine/report';
import { healthStep } from '../../../src/engine/reason/steps/health';
import { podEventsStep } from '../../../src/engine/reason/steps/pod-events';
import { nodeStep } from '../../../src/engine/reason/steps/node';
import { ipamModeStep } from '../../../src/engine/reason/steps/ipam-mode';
import { logsStep } from '../../../src/engine/reason/steps/logs';
import { STEP_JUDGES } from '../../../src/engine/reason/steps';
import { collected, event, eventGroup, group, pod, reasonContext, variant } from './builders';

interface Row {
  name: string;
  ctx: ReasonContext;
  earlier?: ChecklistItem[];
  status: ChecklistItem['status'];
  note?: string;
  asks?: string[];
}

function run(judge: StepJudge, row: Row) {
  const asked: { id: string; values?: Record<string, string> }[] = [];
  const item = judge.judge(
    row.ctx,
    (id, values) => asked.push({ id, ...(values ? { values } : {}) }),
    row.earlier ?? [],
  );
  return { item, asked };
}

function table(judge: StepJudge, rows: Row[]) {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_, row) => {
    const { item, asked } = run(judge, row);
    expect(item.status, item.note).toBe(row.status);
    if (row.note) expect(item.note).toContain(row.note);
    expect(asked.map((a) => a.id)).toEqual(row.asks ?? []);
  });
}

const initError = group({ entry: { kind: 'init-error', sopStep: 1, signal: 'failed init' }, origin: { kind: 'log' } });
const socket = group({ entry: { kind: 'kubelet-error', sopStep: 1, signal: 'eni.socket' }, origin: { kind: 'line' } });
const podCreate = group({
  entry: { kind: 'event', reason: 'PodCreateFailed', component: 'terway-controlplane/pod', sopStep: 2 },
  origin: { kind: 'event', reason: 'PodCreateFailed', type: 'Warning', object: { kind: 'Pod', name: 'web-1' } },
});
const allocFailed = eventGroup('AllocIPFailed', { sopStep: 2 });
/** an event whose message variant names the cause (not a catch-all) */
const namedAlloc = { ...allocFailed, variant: variant({ id: 'ip-not-enough', category: 'resource-exhaustion' }) };
const nodeAlloc = eventGroup('AllocIPFailed', { sopStep: 3 }, 'Node');
const opaque = (component: string) =>
  group({
    entry: { kind: 'cni-error', component, sopStep: 2, category: 'terway-bug' },
    variant: variant({ opaque: true }),
  });

describe('step 1: component health', () => {
  table(healthStep, [
    {
      name: 'a crashing terway pod whose failing container is unknown: its describe and its log',
      ctx: reasonContext({ terwayPods: [pod({ healthy: false, status: 'CrashLoopBackOff' })] }),
      status: 'problem',
      note: 'terway-eniip-7x9kq on cn-hangzhou.10.0.3.19 is CrashLoopBackOff',
      asks: ['terway-pod-containers', 'terway-pod-log'],
    },
    {
      name: 'terway-init failing: its log, without --previous',
      ctx: reasonContext({
        terwayPods: [pod({ healthy: false, status: 'Init:CrashLoopBackOff', container: 'terway-init' })],
      }),
      status: 'problem',
      asks: ['terway-init-log'],
    },
    {
      name: 'a crashing pod whose log is pasted asks for nothing',
      ctx: reasonContext({
        terwayPods: [pod({ healthy: false, status: 'CrashLoopBackOff' })],
        collected: collected({ logSources: [{ pod: 'terway-eniip-7x9kq', line: 3 }] }),
      }),
      status: 'problem',
    },
    {
      name: "a component's own fatal line says why: no ask",
      ctx: reasonContext({ problems: [initError] }),
      status: 'problem',
      note: 'failed init (line 1)',
    },
    {
      name: 'the CNI cannot reach terwayd and no terway pod is pasted',
      ctx: reasonContext({ problems: [socket] }),
      status: 'problem',
      note: 'has not been pasted',
      asks: ['terway-pods-for-socket'],
    },
    {
      name: 'the CNI cannot reach terwayd while the pod on the node runs: the hostPath',
      ctx: reasonContext({ problems: [socket], terwayPods: [pod()], names: { node: 'cn-hangzhou.10.0.3.19' } }),
      status: 'problem',
      note: 'terway-eniip-7x9kq on cn-hangzhou.10.0.3.19 is Running: check that the hostPath /var/run/eni',
    },
    {
      name: 'a controlplane error while the controlplane reports events',
      ctx: reasonContext({
        lead: podCreate,
        collected: collected({ events: [event({ source: 'terway-controlplane', type: 'Warning' })] }),
      }),
      status: 'ok',
      note: 'terway-controlplane is reporting events',
    },
    {
      name: 'a controlplane error and no controlplane status',
      ctx: reasonContext({ lead: podCreate }),
      status: 'missing',
      asks: ['controlplane-pods'],
    },
    {
      name: 'Running terway pods',
      ctx: reasonContext({ terwayPods: [pod(), pod()] }),
      status: 'ok',
      note: '2 Terway pod(s)',
    },
    {
      name: 'terway-daemon events prove the daemon runs',
      ctx: reasonContext({ collected: collected({ events: [event({ source: 'terway-daemon' })] }) }),
      status: 'ok',
    },
    { name: 'nothing about Terway pods', ctx: reasonContext(), status: 'missing', asks: ['terway-pods'] },
  ]);
});

describe('step 2: pod events', () => {
  const withPodEvent = collected({ events: [event({ object: { kind: 'Pod', name: 'web-1' } })] });
  table(podEventsStep, [
    {
      name: 'a Terway warning on the pod',
      ctx: reasonContext({ problems: [allocFailed] }),
      status: 'problem',
      note: 'AllocIPFailed',
    },
    {
      name: "with a health root, the pod's events only echo step 1",
      ctx: reasonContext({
        problems: [initError, eventGroup('FailedCreatePodSandBox', { sopStep: 1 })],
        root: initError,
      }),
      status: 'n/a',
      note: "FailedCreatePodSandBox only repeats step 1's failure",
    },
    {
      name: 'step 1 failed and no pod events were pasted',
      ctx: reasonContext(),
      earlier: [{ step: '1', sopStep: 1, status: 'problem', note: '' }],
      status: 'n/a',
      note: 'Fix step 1 first',
    },
    { name: 'pod events without a Terway warning', ctx: reasonContext({ collected: withPodEvent }), status: 'ok' },
    { name: 'no pod events at all', ctx: reasonContext(), status: 'missing', asks: ['describe-pod'] },
  ]);
});

describe('step 3: node and Node CR', () => {
  table(nodeStep, [
    {
      name: 'an event on the Node',
      ctx: reasonContext({ problems: [nodeAlloc] }),
      status: 'problem',
      note: 'AllocIPFailed on shop/web-1 (line 1)',
    },
    {
      name: 'a described Node without failures',
      ctx: reasonContext({
        collected: collected({
          objects: [
            {
              kind: 'Node',
              name: 'n',
              fields: {},
              labels: {},
              annotations: {},
              conditions: [],
              containers: [],
              events: [],
              lines: { start: 1, end: 2 },
            },
          ],
        }),
      }),
      status: 'ok',
    },
    {
      name: 'an allocation failure with node-local IPAM: the Node',
      ctx: reasonContext({ allocation: true, ipam: { mode: 'default', evidence: '' } }),
      status: 'missing',
      asks: ['node-only'],
    },
    {
      name: 'an allocation failure, IPAM unknown: Node and Node CR',
      ctx: reasonContext({ allocation: true }),
      status: 'missing',
      asks: ['node-and-node-cr'],
    },
    { name: 'not about allocation', ctx: reasonContext(), status: 'n/a' },
  ]);
});

describe('step 4: IPAM mode', () => {
  const podNetworkingDoc = collected({ documents: [{ kind: 'describe-podnetworking', lines: { start: 1, end: 3 } }] });
  table(ipamModeStep, [
    {
      name: 'centralized from eni-config',
      ctx: reasonContext({ ipam: { mode: 'crd', evidence: 'eni-config sets ipam_type "crd"' } }),
      status: 'ok',
      note: 'Centralized (crd)',
    },
    {
      name: 'eni_conf cannot be read',
      ctx: reasonContext({ ipam: { mode: 'unknown', evidence: 'eni_conf is invalid JSON', unreadable: true } }),
      status: 'problem',
    },
    {
      name: 'a controlplane pod error with its PodNetworking pasted',
      ctx: reasonContext({ lead: podCreate, collected: podNetworkingDoc }),
      status: 'ok',
    },
    {
      name: 'a controlplane pod error without PodNetworking',
      ctx: reasonContext({ lead: podCreate }),
      status: 'missing',
      asks: ['podnetworking'],
    },
    {
      name: 'an allocation failure: eni-config decides',
      ctx: reasonContext({ allocation: true }),
      status: 'missing',
      asks: ['eni-config'],
    },
    {
      name: 'a node-level problem: eni-config decides',
      ctx: reasonContext({ problems: [nodeAlloc] }),
      status: 'missing',
      asks: ['eni-config'],
    },
    { name: 'not needed', ctx: reasonContext(), status: 'n/a', note: 'Not needed for this problem' },
  ]);
});

describe('step 5: logs', () => {
  const withLogs = collected({ stats: { lines: 10, events: 0, logLines: 7, objects: 0, documents: 1 } });
  table(logsStep, [
    {
      name: 'an error signal in a log',
      ctx: reasonContext({ problems: [initError] }),
      status: 'problem',
      note: '1 error signal(s) in logs',
    },
    {
      name: 'logs without a known error',
      ctx: reasonContext({ collected: withLogs }),
      status: 'ok',
      note: '7 log lines read',
    },
    {
      name: 'an opaque daemon-side failure: the daemon log',
      ctx: reasonContext({ lead: opaque('cni-via-daemon') }),
      status: 'missing',
      asks: ['log-daemon'],
    },
    {
      name: 'an opaque controlplane failure: its log',
      ctx: reasonContext({ lead: opaque('terway-controlplane/pod') }),
      status: 'missing',
      asks: ['log-controlplane'],
    },
    {
      name: 'an opaque policy failure: the policy container',
      ctx: reasonContext({ lead: opaque('policy') }),
      status: 'missing',
      asks: ['log-policy'],
    },
    {
      name: 'an OpenAPI code names the cause',
      ctx: reasonContext({
        lead: namedAlloc,
        root: namedAlloc,
        problems: [group({ entry: { kind: 'openapi-error' }, origin: { kind: 'line' } }), namedAlloc],
      }),
      status: 'n/a',
      note: 'Events already name the cause',
    },
    { name: 'nothing failed', ctx: reasonContext(), status: 'n/a', note: 'No failure to explain' },
  ]);
});

describe('the step registry', () => {
  it('judges the five steps in the SOP order', () => {
    expect(STEP_JUDGES.map((j) => j.step)).toEqual([1, 2, 3, 4, 5]);
  });
});
