// Recognising Terway's own pods (DaemonSet terway-eniip / terway-eni / terway, Deployment
// terway-controlplane) and judging their health from `get pods` rows or describe output.
import type { DescribedObject, PodRow } from '../records';

const DAEMON_POD = /^terway(?:-eniip|-eni)?-[a-z0-9]{4,6}$/;
const CONTROLPLANE_POD = /^terway-controlplane-[a-z0-9]+-[a-z0-9]+$/;

export function isTerwayDaemonPod(name: string): boolean {
  return DAEMON_POD.test(name);
}

export function isTerwayPod(name: string): boolean {
  return DAEMON_POD.test(name) || CONTROLPLANE_POD.test(name);
}

export interface TerwayPodHealth {
  name: string;
  node?: string;
  status: string;
  healthy: boolean;
  line: number;
  text: string;
}

/** Running with every container ready is healthy; anything else (Init:Error, CrashLoopBackOff, 1/2…) is not. */
export function rowHealth(row: PodRow): TerwayPodHealth {
  const [ready, total] = (row.ready ?? '').split('/').map(Number);
  const allReady = ready === undefined || total === undefined || Number.isNaN(ready) || ready === total;
  return {
    name: row.name,
    ...(row.node && row.node !== '<none>' ? { node: row.node } : {}),
    status: row.status,
    healthy: row.status === 'Running' && allReady,
    line: row.lines.start,
    text: `${row.name} ${row.ready ?? ''} ${row.status} ${row.restarts ?? ''}`.trim(),
  };
}

export function objectHealth(obj: DescribedObject): TerwayPodHealth {
  const broken = obj.containers.find(
    (c) =>
      (c.state && c.state !== 'Running' && !(c.init && c.state === 'Terminated' && c.reason === 'Completed')) ||
      c.ready === false,
  );
  const status = broken
    ? `${broken.init ? 'Init:' : ''}${broken.reason ?? broken.state ?? 'NotReady'}`
    : (obj.fields['Status'] ?? 'Running');
  const node = obj.fields['Node']?.split('/')[0];
  return {
    name: obj.name,
    ...(node && node !== '<none>' ? { node } : {}),
    status,
    healthy: !broken && (obj.fields['Status'] ?? 'Running') === 'Running',
    line: obj.lines.start,
    text: `${obj.name}: ${status}`,
  };
}
