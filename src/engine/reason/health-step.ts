// SOP step 1: Terway component health. The terway pods' status, the components' own fatal log
// lines, and kubelet/CNI signals that the daemon cannot be reached. For a controlplane-side error
// the controlplane's health is what matters, not the daemon's.
import type { ChecklistItem } from '../report';
import type { StepInputs, Ask } from './checklist';
import { describeHealth, isControlplanePod } from './terway-pods';
import { display } from './display';
import { stepItem } from './step-item';
import { isComponentFailure, isControlplanePodSide, isIndirect } from './scope';

export function healthStep(s: StepInputs, ask: Ask): ChecklistItem {
  const c = s.collected;
  const focus = s.root ?? s.lead;
  const sick = s.terwayPods.filter((p) => !p.healthy);
  const direct = s.problems.filter(isComponentFailure);
  const indirect = s.problems.filter((g) => g.entry.sopStep === 1 && isIndirect(g));
  const item = (status: ChecklistItem['status'], note: string) => stepItem(1, status, note);

  if (sick.length > 0 || direct.length > 0) {
    const parts = sick.map((p) => `${describeHealth(p)} (line ${p.line})`);
    for (const g of direct.slice(0, 3)) parts.push(`${display(g)} (line ${g.firstLine})`);
    // a component's own fatal line already says why; otherwise the failing container's log does
    // one pod is enough to read: the one on the node in question, else the first
    const first = sick.find((p) => p.node && p.node === s.names['node']) ?? sick[0];
    if (direct.length === 0 && first) askForLogs(s, ask, first.name, first.status, first.container);
    return item('problem', parts.join('; '));
  }
  if (indirect.length > 0) {
    const first = indirect[0]!;
    const onNode = s.terwayPods.find((p) => p.node && p.node === s.names['node']);
    const where = onNode ? `${onNode.name} on ${onNode.node} is Running` : 'The terway pods look Running';
    if (s.terwayPods.length === 0)
      ask(
        1,
        'Terway pods',
        "kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide",
        'the CNI reaches terwayd through /var/run/eni/eni.socket; see whether the terway pod on {node} runs',
      );
    return item(
      'problem',
      `kubelet cannot use the Terway CNI (${display(first)}, line ${first.firstLine}). ` +
        (s.terwayPods.length > 0
          ? `${where}: check that the hostPath /var/run/eni is mounted into it and holds eni.socket.`
          : 'The status of the terway pod on that node has not been pasted.'),
    );
  }
  if (focus && isControlplanePodSide(focus)) {
    // the pod controller and the webhook live in terway-controlplane, not in the daemon
    const cp = s.terwayPods.filter((p) => isControlplanePod(p.name));
    if (c.events.some((e) => (e.source ?? e.reportingController ?? '').startsWith('terway-controlplane')))
      return item('ok', 'terway-controlplane is reporting events, so it runs.');
    if (cp.length > 0) return item('ok', `${cp.length} terway-controlplane pod(s) Running and ready.`);
    ask(
      1,
      'terway-controlplane pods',
      'kubectl get pods -n kube-system -l app=terway-controlplane -o wide',
      'the pod controller and the webhook run in terway-controlplane; it must be Running',
    );
    return item('missing', 'No terway-controlplane status in the paste.');
  }
  if (s.terwayPods.length > 0) return item('ok', `${s.terwayPods.length} Terway pod(s) Running and ready.`);
  if (c.events.some((e) => (e.source ?? e.reportingController ?? '').startsWith('terway-daemon')))
    return item('ok', 'terway-daemon is reporting events, so the daemon and its socket work.');
  ask(
    1,
    'Terway pods',
    "kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide",
    'step 1 of the SOP: Terway must be Running on the node before pod events mean anything',
  );
  return item('missing', 'No Terway pod status in the paste.');
}

/** a terway pod that is not healthy: the log of the container that fails, unless it is pasted */
function askForLogs(s: StepInputs, ask: Ask, pod: string, status: string, known?: string): void {
  if (s.collected.logSources.some((l) => l.pod === pod)) return;
  if (isControlplanePod(pod)) {
    ask(1, `${pod} log`, 'kubectl logs -n kube-system {terwayPod} --previous', 'why terway-controlplane exits', {
      terwayPod: pod,
    });
    return;
  }
  const container =
    known ?? (status.startsWith('Init:') ? 'terway-init' : s.involvement.chainedCilium ? 'policy' : undefined);
  if (!container) {
    ask(
      1,
      `${pod} containers`,
      'kubectl describe pod -n kube-system {terwayPod}',
      'which container is not ready, and its last exit reason',
      { terwayPod: pod },
    );
    ask(
      1,
      `${pod} log`,
      'kubectl logs -n kube-system {terwayPod} -c terway --previous',
      'the daemon log of its last run',
      { terwayPod: pod },
    );
    return;
  }
  const previous = container === 'terway-init' ? '' : ' --previous';
  ask(
    1,
    `${pod} ${container} log`,
    `kubectl logs -n kube-system {terwayPod} -c {container}${previous}`,
    `why ${container} fails (${status})`,
    { terwayPod: pod, container },
  );
}
