// Recognising Terway's own pods (DaemonSet terway-eniip / terway-eni / terway, Deployment
// terway-controlplane) and judging their health from `get pods` rows or describe output.
import type { ContainerState, DescribedObject, PodRow } from '../records';
import { msg } from '../messages';

const DAEMON_POD = /^terway(?:-eniip|-eni)?-[a-z0-9]{4,6}$/;
const CONTROLPLANE_POD = /^terway-controlplane-[a-z0-9]+-[a-z0-9]+$/;

export function isTerwayDaemonPod(name: string): boolean {
  return DAEMON_POD.test(name);
}

export function isControlplanePod(name: string): boolean {
  return CONTROLPLANE_POD.test(name);
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
  /** `1/2` from `get pods` */
  ready?: string;
  restarts?: number;
  /** the container that is not ready or not running, when the paste names it */
  container?: string;
}

/** Running with every container ready is healthy; anything else (Init:Error, CrashLoopBackOff, 1/2…) is not. */
export function rowHealth(row: PodRow): TerwayPodHealth {
  const [ready, total] = (row.ready ?? '').split('/').map(Number);
  const allReady = ready === undefined || total === undefined || Number.isNaN(ready) || ready === total;
  const restarts = Number.parseInt(row.restarts ?? '', 10);
  return {
    name: row.name,
    ...(row.node && row.node !== '<none>' ? { node: row.node } : {}),
    status: row.status,
    healthy: row.status === 'Running' && allReady,
    line: row.lines.start,
    text: `${row.name} ${row.ready ?? ''} ${row.status} ${row.restarts ?? ''}`.trim(),
    ...(row.ready ? { ready: row.ready } : {}),
    ...(Number.isNaN(restarts) ? {} : { restarts }),
  };
}

/** killed at its memory limit, now or in its last run: it will be again, so it is not healthy even when Running */
const oomKilled = (c: ContainerState): boolean => c.reason === 'OOMKilled' || c.lastReason === 'OOMKilled';

export function objectHealth(obj: DescribedObject): TerwayPodHealth {
  const broken = obj.containers.find(
    (c) =>
      (c.state && c.state !== 'Running' && !(c.init && c.state === 'Terminated' && c.reason === 'Completed')) ||
      c.ready === false ||
      oomKilled(c),
  );
  // a crash loop says only that it restarts; the last exit (OOMKilled, Error) says how it died
  const lastExit =
    broken?.lastReason && broken.lastReason !== broken.reason
      ? msg('health.lastExit', { reason: broken.lastReason })
      : '';
  const status = broken
    ? `${broken.init ? 'Init:' : ''}${broken.reason ?? broken.state ?? 'NotReady'}${lastExit}`
    : (obj.fields['Status'] ?? 'Running');
  const node = obj.fields['Node']?.split('/')[0];
  return {
    name: obj.name,
    ...(node && node !== '<none>' ? { node } : {}),
    status,
    healthy: !broken && (obj.fields['Status'] ?? 'Running') === 'Running',
    line: obj.lines.start,
    text: `${obj.name}: ${status}`,
    ...(broken ? { container: broken.name } : {}),
    ...(broken?.restartCount !== undefined ? { restarts: broken.restartCount } : {}),
  };
}

/** `terway-eniip-4m9xq on cn-hangzhou.10.0.3.19 is 1/2 Running with 14 restarts (container policy not ready)` */
export function describeHealth(p: TerwayPodHealth): string {
  const partlyReady = p.status === 'Running' && p.ready && !p.healthy;
  const state = partlyReady ? msg('health.partlyReady', { ready: p.ready ?? '' }) : p.status;
  const restarts = p.restarts
    ? msg(p.restarts === 1 ? 'health.restarts.one' : 'health.restarts', { count: p.restarts })
    : '';
  const container = p.container ? msg('health.container', { container: p.container }) : '';
  const pod = p.node
    ? msg('health.podOnNode', { pod: p.name, node: p.node, state })
    : msg('health.pod', { pod: p.name, state });
  return pod + restarts + container;
}
