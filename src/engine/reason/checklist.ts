// The SOP's five steps, each judged ok / problem / missing / n/a from what the paste holds.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { ChecklistItem, PasteNext } from '../report';
import type { IpamDecision } from './ipam';
import type { Involvement } from './involvement';
import type { TerwayPodHealth } from './terway-pods';
import { isCatchAll, rootScore } from './findings';
import { fillCommand } from './fill';

export interface StepInputs {
  collected: Collected;
  problems: Group[]; // non-informational groups, root first
  root?: Group;
  terwayPods: TerwayPodHealth[];
  ipam: IpamDecision;
  involvement: Involvement;
  names: Record<string, string | undefined>;
}

const isNodeLevel = (g: Group) =>
  (g.origin.kind === 'event' && /^node/i.test(g.origin.object?.kind ?? '')) || g.entry.kind === 'condition';
/** kubelet- or CNI-side echo of a daemon that cannot be reached */
export const isIndirect = (g: Group) => g.entry.kind === 'kubelet-error' || g.entry.kind === 'cni-error';
const isPodEvent = (g: Group) => g.origin.kind === 'event' && !/^node/i.test(g.origin.object?.kind ?? '');

export function buildChecklist(s: StepInputs): { checklist: ChecklistItem[]; pasteNext: PasteNext[] } {
  const c = s.collected;
  const pasteNext: PasteNext[] = [];
  const ask = (what: string, command: string, why: string) =>
    pasteNext.push({ what, command: fillCommand(command, s.names), why });
  const notTerway = s.involvement.terway === 'not-involved';
  const na = (step: string, sopStep: ChecklistItem['sopStep']): ChecklistItem => ({
    step,
    sopStep,
    status: 'n/a',
    note: `Terway is not the CNI in this paste (${s.involvement.why}).`,
  });
  if (notTerway) {
    return {
      checklist: [
        na('1 Terway component health', 1),
        na('2 Pod events', 2),
        na('3 Node and Node CR', 3),
        na('4 IPAM mode', 4),
        na('5 Logs', 5),
      ],
      pasteNext,
    };
  }

  // 1 health
  const sick = s.terwayPods.filter((p) => !p.healthy);
  const healthSignals = s.problems.filter((g) => g.entry.sopStep === 1);
  let step1: ChecklistItem;
  if (sick.length > 0 || healthSignals.some((g) => !isIndirect(g))) {
    const parts = sick.map((p) => `${p.name} is ${p.status} (line ${p.line})`);
    for (const g of healthSignals.slice(0, 3))
      parts.push(`${g.variant?.signal ?? g.entry.signal} (line ${g.firstLine})`);
    step1 = { step: '1 Terway component health', sopStep: 1, status: 'problem', note: parts.join('; ') };
  } else if (healthSignals.length > 0) {
    // kubelet/CNI side only: the daemon is unreachable, the terway pod itself says why
    const first = healthSignals[0]!;
    step1 = {
      step: '1 Terway component health',
      sopStep: 1,
      status: 'problem',
      note:
        `kubelet cannot use the Terway CNI (${first.variant?.signal ?? first.entry.signal}, line ${first.firstLine}). ` +
        (s.terwayPods.length > 0
          ? 'The terway pods look Running: check that /var/run/eni/ is shared with the host and that the pod on this node is the one listed.'
          : 'The status of the terway pod on that node has not been pasted.'),
    };
    if (s.terwayPods.length === 0)
      ask(
        'Terway pods',
        'kubectl get pods -n kube-system -l app=terway-eniip -o wide',
        'the CNI reaches terwayd through its socket; see whether the terway pod on {node} runs',
      );
  } else if (s.terwayPods.length > 0) {
    step1 = {
      step: '1 Terway component health',
      sopStep: 1,
      status: 'ok',
      note: `${s.terwayPods.length} Terway pod(s) Running and ready.`,
    };
  } else if (c.events.some((e) => (e.source ?? e.reportingController ?? '').startsWith('terway-daemon'))) {
    step1 = {
      step: '1 Terway component health',
      sopStep: 1,
      status: 'ok',
      note: 'terway-daemon is reporting events, so the daemon and its socket work.',
    };
  } else {
    step1 = {
      step: '1 Terway component health',
      sopStep: 1,
      status: 'missing',
      note: 'No Terway pod status in the paste.',
    };
    ask(
      'Terway pods',
      'kubectl get pods -n kube-system -l app=terway-eniip -o wide',
      'step 1 of the SOP: Terway must be Running on the node before pod events mean anything',
    );
  }

  // 2 pod events
  const podProblems = s.problems.filter(isPodEvent);
  const hasPodEvents =
    c.events.some((e) => (e.object?.kind ?? 'Pod').toLowerCase() === 'pod') || c.objects.some((o) => o.kind === 'Pod');
  let step2: ChecklistItem;
  if (podProblems.length > 0) {
    const reasons = [
      ...new Set(podProblems.map((g) => (g.origin.kind === 'event' ? g.origin.reason : g.entry.signal))),
    ];
    step2 = { step: '2 Pod events', sopStep: 2, status: 'problem', note: `Warning events: ${reasons.join(', ')}.` };
  } else if (step1.status === 'problem' && healthSignals.length > 0 && !hasPodEvents) {
    step2 = {
      step: '2 Pod events',
      sopStep: 2,
      status: 'n/a',
      note: 'While terwayd is unreachable the CNI cannot report AllocIPFailed or other Terway pod events: fix step 1 first.',
    };
  } else if (hasPodEvents) {
    step2 = { step: '2 Pod events', sopStep: 2, status: 'ok', note: 'Pod events hold no Terway warning.' };
  } else {
    step2 = { step: '2 Pod events', sopStep: 2, status: 'missing', note: 'No pod describe or events in the paste.' };
    ask(
      'The failing pod',
      'kubectl describe pod {pod} -n {namespace}',
      'its Events name the Terway reason (AllocIPFailed, PodCreateFailed…) and message',
    );
  }

  // 3 node and Node CR
  const nodeProblems = s.problems.filter(isNodeLevel);
  const hasNode =
    c.objects.some((o) => /^node/i.test(o.kind)) || c.events.some((e) => /^node/i.test(e.object?.kind ?? ''));
  const ipamPodIssue = podProblems.some((g) =>
    /alloc|eni|create|ip/i.test(g.origin.kind === 'event' ? g.origin.reason : ''),
  );
  let step3: ChecklistItem;
  if (nodeProblems.length > 0) {
    const parts = nodeProblems
      .slice(0, 4)
      .map(
        (g) =>
          `${g.variant?.signal ?? g.entry.signal}${g.objects[0] ? ` on ${g.objects[0]}` : ''} (line ${g.firstLine})`,
      );
    step3 = { step: '3 Node and Node CR', sopStep: 3, status: 'problem', note: [...new Set(parts)].join('; ') };
  } else if (hasNode) {
    step3 = {
      step: '3 Node and Node CR',
      sopStep: 3,
      status: 'ok',
      note: 'Node / Node CR shows no ENI or IPAM failure.',
    };
  } else if (ipamPodIssue) {
    step3 = {
      step: '3 Node and Node CR',
      sopStep: 3,
      status: 'missing',
      note: 'The pod error involves IP/ENI allocation; node-level events would show whether capacity or configuration is behind it.',
    };
    ask(
      'Node and Node CR',
      'kubectl describe node {node} && kubectl describe nodes.network.alibabacloud.com {node}',
      'node-level AllocIPFailed/ConfigError, CreateENIFailed and the SufficientIP condition name the real layer',
    );
  } else {
    step3 = {
      step: '3 Node and Node CR',
      sopStep: 3,
      status: 'n/a',
      note: 'Nothing in the paste points at node-level IPAM.',
    };
  }

  // 4 IPAM mode
  let step4: ChecklistItem;
  if (s.ipam.mode !== 'unknown') {
    step4 = {
      step: '4 IPAM mode',
      sopStep: 4,
      status: 'ok',
      note: `${s.ipam.mode === 'crd' ? 'Centralized (crd)' : 'Node-local (default)'}: ${s.ipam.evidence}.`,
    };
  } else if (ipamPodIssue || nodeProblems.length > 0) {
    step4 = { step: '4 IPAM mode', sopStep: 4, status: 'missing', note: s.ipam.evidence };
    ask(
      'Terway configuration',
      'kubectl get cm -n kube-system eni-config -o yaml',
      'ipam_type decides whether terwayd or terway-controlplane allocates ENIs and IPs (mask access_key/access_secret before sharing)',
    );
  } else {
    step4 = {
      step: '4 IPAM mode',
      sopStep: 4,
      status: 'n/a',
      note: `Not needed for this problem; ${s.ipam.evidence}.`,
    };
  }

  // 5 logs
  const logGroups = s.problems.filter((g) => g.origin.kind === 'log');
  // events name what failed; only an OpenAPI code or a component's own error says why
  const explained = s.problems.some((g) =>
    ['openapi-error', 'init-error', 'daemon-error', 'controlplane-error', 'policy-error'].includes(g.entry.kind),
  );
  const rootCategory = s.root ? (s.root.variant?.category ?? s.root.entry.category) : undefined;
  const ambiguous =
    !s.root ||
    isCatchAll(s.root) ||
    rootScore(s.root) < 50 ||
    (!explained && (rootCategory === 'resource-exhaustion' || rootCategory === 'terway-bug'));
  let step5: ChecklistItem;
  if (logGroups.length > 0) {
    step5 = {
      step: '5 Logs',
      sopStep: 5,
      status: 'problem',
      note: `${logGroups.length} error signal(s) in logs, first at line ${Math.min(...logGroups.map((g) => g.firstLine))}.`,
    };
  } else if (c.stats.logLines > 0) {
    step5 = {
      step: '5 Logs',
      sopStep: 5,
      status: 'ok',
      note: `${c.stats.logLines} log lines read; no known error pattern.`,
    };
  } else if (s.root && ambiguous) {
    step5 = {
      step: '5 Logs',
      sopStep: 5,
      status: 'missing',
      note: 'The events say what failed but not why: the daemon or controlplane log has the precise error.',
    };
    const component = s.ipam.mode === 'crd' && /controlplane/.test(s.root.entry.component) ? 'controlplane' : 'daemon';
    if (component === 'controlplane')
      ask(
        'terway-controlplane log',
        'kubectl logs -n kube-system deploy/terway-controlplane --since=1h',
        'controllers log the OpenAPI error behind the event',
      );
    else
      ask(
        'terway daemon log',
        'kubectl logs -n kube-system {terwayPod} -c terway --since=1h',
        'use the event time as an index: the daemon logs the OpenAPI or datapath error behind it',
      );
  } else {
    step5 = {
      step: '5 Logs',
      sopStep: 5,
      status: 'n/a',
      note: s.root ? 'Events already name the cause.' : 'No failure to explain.',
    };
  }
  return { checklist: [step1, step2, step3, step4, step5], pasteNext };
}
