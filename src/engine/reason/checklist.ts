// The SOP's five steps, each judged ok / problem / missing / n/a from what the paste holds. A step
// that is missing asks for the artefact that would settle it, pre-filled with names from the paste.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { ChecklistItem, PasteNext } from '../report';
import type { IpamDecision } from './ipam';
import type { Involvement } from './involvement';
import type { TerwayPodHealth } from './terway-pods';
import { rootScore } from './findings';
import { fill } from '../commands/fill';
import { namesNoCause } from './causality';
import { healthStep } from './health-step';
import { display } from './display';
import { STEP_TITLES, stepItem } from './step-item';
import { concernsAllocation, isControlplanePodSide, isNodeLevel, isPodEvent, logSourceOf } from './scope';

export interface StepInputs {
  collected: Collected;
  problems: Group[]; // non-informational groups, highest rank first
  root?: Group;
  /** the root, or the highest-ranked signal when it names no cause */
  lead?: Group;
  symptoms: Group[];
  terwayPods: TerwayPodHealth[];
  ipam: IpamDecision;
  involvement: Involvement;
  names: Record<string, string | undefined>;
}

export type StepPasteNext = PasteNext & { step: ChecklistItem['sopStep'] };
/** `values` fill placeholders the step knows better than the paste-wide names (a given terway pod) */
export type Ask = (
  step: ChecklistItem['sopStep'],
  what: string,
  command: string,
  why: string,
  values?: Record<string, string>,
) => void;

const LOG_ASK = {
  daemon: [
    'terway daemon log',
    'kubectl logs -n kube-system {terwayPod} -c terway --since=1h',
    'use the event time as an index: the daemon logs the OpenAPI or datapath error behind it',
  ],
  controlplane: [
    'terway-controlplane log',
    'kubectl logs -n kube-system deploy/terway-controlplane --since=1h',
    'the controllers log the error behind the event (pod, PodENI, Node CR and PodNetworking controllers)',
  ],
  policy: [
    'terway policy container log',
    'kubectl logs -n kube-system {terwayPod} -c policy --since=1h',
    'in datapath v2 cilium-agent runs in the policy container; its log says why it is down',
  ],
} as const;

export function buildChecklist(s: StepInputs): { checklist: ChecklistItem[]; pasteNext: StepPasteNext[] } {
  const c = s.collected;
  const pasteNext: StepPasteNext[] = [];
  // the same log with another --since/--tail/--previous is the same request
  const key = (command: string) => command.replace(/\s--(?:since|tail)=\S+|\s--previous\b/g, '');
  const ask: Ask = (step, what, command, why, values) => {
    const { command: filled, kept } = fill(command, { ...s.names, ...values });
    if (!pasteNext.some((p) => key(p.command) === key(filled)))
      pasteNext.push({ step, what, command: filled, why, ...(kept.length ? { unfilled: kept } : {}) });
  };
  if (s.involvement.terway === 'not-involved') {
    const note = `Terway is not the CNI in this paste (${s.involvement.why}).`;
    const steps = Object.keys(STEP_TITLES).map((k) => Number(k) as ChecklistItem['sopStep']);
    return { checklist: steps.map((step) => stepItem(step, 'n/a', note)), pasteNext };
  }
  const focus = s.root ?? s.lead;
  const step1 = healthStep(s, ask);

  // 2 pod events; a health root's echoes on the pod (FailedCreatePodSandBox) are step 1's business
  const podProblems = s.problems.filter(isPodEvent);
  const healthRoot = focus?.entry.sopStep === 1;
  // with a health root, other step-1 echoes and bare wrappers are not pod problems of their own
  const own = healthRoot
    ? podProblems.filter(
        (g) =>
          g !== focus &&
          !s.symptoms.includes(g) &&
          g.entry.sopStep !== 1 &&
          !(g.entry.kind !== 'event' && namesNoCause(g)),
      )
    : podProblems;
  const hasPodEvents =
    c.events.some((e) => (e.object?.kind ?? 'Pod').toLowerCase() === 'pod') || c.objects.some((o) => o.kind === 'Pod');
  const reasons = (gs: Group[]) => [
    ...new Set(gs.map((g) => (g.origin.kind === 'event' ? g.origin.reason : g.entry.signal))),
  ];
  let step2: ChecklistItem;
  if (own.length > 0) {
    step2 = stepItem(2, 'problem', `Warning events: ${reasons(own).join(', ')}.`);
  } else if (podProblems.length > 0 || (step1.status === 'problem' && !hasPodEvents)) {
    const echoes = reasons(podProblems);
    const echo =
      echoes.length > 0 ? `${echoes.join(', ')} only repeat${echoes.length === 1 ? 's' : ''} step 1's failure. ` : '';
    step2 = stepItem(
      2,
      'n/a',
      `${echo}Fix step 1 first: while Terway on the node is down or unreachable the CNI cannot report AllocIPFailed or other Terway pod events.`,
    );
  } else if (hasPodEvents) {
    step2 = stepItem(2, 'ok', 'Pod events hold no Terway warning.');
  } else {
    step2 = stepItem(2, 'missing', 'No pod describe or events in the paste.');
    ask(
      2,
      'The failing pod',
      'kubectl describe pod {pod} -n {namespace}',
      'its Events name the Terway reason (AllocIPFailed, PodCreateFailed…) and message',
    );
  }

  // 3 node and Node CR: only when the failure is about ENI/IP allocation
  const nodeProblems = s.problems.filter(isNodeLevel);
  const hasNode =
    c.objects.some((o) => /^node/i.test(o.kind)) || c.events.some((e) => /^node/i.test(e.object?.kind ?? ''));
  const allocation = focus
    ? concernsAllocation(focus) || (namesNoCause(focus) && podProblems.some(concernsAllocation))
    : podProblems.some(concernsAllocation);
  let step3: ChecklistItem;
  if (nodeProblems.length > 0) {
    const parts = nodeProblems
      .slice(0, 4)
      .map((g) => `${display(g)}${g.objects[0] ? ` on ${g.objects[0]}` : ''} (line ${g.firstLine})`);
    step3 = stepItem(3, 'problem', [...new Set(parts)].join('; '));
  } else if (hasNode) {
    step3 = stepItem(3, 'ok', 'Node / Node CR shows no ENI or IPAM failure.');
  } else if (allocation) {
    step3 = stepItem(
      3,
      'missing',
      'The failure involves IP/ENI allocation; node-level events would show whether capacity or configuration is behind it.',
    );
    const command =
      s.ipam.mode === 'default'
        ? 'kubectl describe node {node}'
        : 'kubectl describe node {node} && kubectl describe nodes.network.alibabacloud.com {node}';
    ask(
      3,
      'Node and Node CR',
      command,
      'node-level AllocIPFailed/ConfigError, CreateENIFailed and the SufficientIP condition name the real layer',
    );
  } else {
    step3 = stepItem(3, 'n/a', 'Nothing in the paste points at node-level IPAM.');
  }

  const step4 = ipamStep(s, ask, focus, allocation || nodeProblems.length > 0);
  const step5 = logsStep(s, ask, focus);
  return { checklist: [step1, step2, step3, step4, step5], pasteNext };
}

function ipamStep(s: StepInputs, ask: Ask, focus: Group | undefined, needed: boolean): ChecklistItem {
  const item = (status: ChecklistItem['status'], note: string) => stepItem(4, status, note);
  if (s.ipam.mode !== 'unknown')
    return item('ok', `${s.ipam.mode === 'crd' ? 'Centralized (crd)' : 'Node-local (default)'}: ${s.ipam.evidence}.`);
  if (s.ipam.unreadable) return item('problem', s.ipam.evidence);
  if (focus && isControlplanePodSide(focus) && focus.entry.sopStep !== 1) {
    // the pod controller resolves the pod's network from PodNetworking CRs and annotations
    if (s.collected.documents.some((d) => d.kind === 'describe-podnetworking'))
      return item('ok', 'PodNetworking in the paste.');
    ask(
      4,
      'PodNetworking',
      'kubectl get podnetworking -o wide',
      'which PodNetworking the pod matched, whether it is Ready and its vSwitches',
    );
    return item('missing', `The controlplane resolves the pod's network from PodNetworking; ${s.ipam.evidence}.`);
  }
  if (needed) {
    ask(
      4,
      'Terway configuration',
      'kubectl get cm -n kube-system eni-config -o yaml',
      'ipam_type decides whether terwayd or terway-controlplane allocates ENIs and IPs (mask access_key/access_secret before sharing)',
    );
    return item('missing', s.ipam.evidence);
  }
  return item('n/a', `Not needed for this problem; ${s.ipam.evidence}.`);
}

function logsStep(s: StepInputs, ask: Ask, focus: Group | undefined): ChecklistItem {
  const item = (status: ChecklistItem['status'], note: string) => stepItem(5, status, note);
  const logGroups = s.problems.filter((g) => g.origin.kind === 'log');
  if (logGroups.length > 0)
    return item(
      'problem',
      `${logGroups.length} error signal(s) in logs, first at line ${Math.min(...logGroups.map((g) => g.firstLine))}.`,
    );
  if (s.collected.stats.logLines > 0)
    return item('ok', `${s.collected.stats.logLines} log lines read; no known error pattern.`);
  // events name what failed; only an OpenAPI code or a component's own error says why
  const explained = s.problems.some((g) =>
    ['openapi-error', 'init-error', 'daemon-error', 'controlplane-error', 'policy-error'].includes(g.entry.kind),
  );
  const category = focus ? (focus.variant?.category ?? focus.entry.category) : undefined;
  const ambiguous =
    !!focus &&
    (namesNoCause(focus) ||
      rootScore(focus) < 50 ||
      (!explained && (category === 'resource-exhaustion' || category === 'terway-bug')));
  if (focus && ambiguous && !(focus.entry.sopStep === 1 && focus.entry.kind === 'kubelet-error')) {
    const [what, command, why] = LOG_ASK[logSourceOf(focus)];
    ask(5, what, command, why);
    return item(
      'missing',
      'The events say what failed but not why: the component log has the precise error (SOP step 5).',
    );
  }
  return item('n/a', focus ? 'Events already name the cause.' : 'No failure to explain.');
}
