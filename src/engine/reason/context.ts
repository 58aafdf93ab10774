// Names found in the paste, used to fill commands: the problem pod, its node and the terway pod on
// that node (the Terway version comes from version-facts.ts). Every place a name can hide counts:
// describe output, event objects, the scheduler's `Successfully assigned ns/pod to node`, the
// prompt's own command, `kubectl logs --prefix` lines and the NODE column of `get pods -o wide`.
import type { Collected } from '../analysis/collector';
import { namesFromCommand, type CommandNames } from '../analysis/command-names';
import type { Report } from '../report';
import {
  isControlplanePod,
  isTerwayDaemonPod,
  isTerwayPod,
  objectHealth,
  rowHealth,
  type TerwayPodHealth,
} from './terway-pods';

export type Context = Report['context'];

const SCHEDULED = /^Successfully assigned ([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9.-]*) to (\S+)$/;

/** One entry per terway pod: a describe (names the failing container) completes its `get pods` row. */
export function terwayPodHealth(c: Collected): TerwayPodHealth[] {
  const out = c.pods.filter((r) => isTerwayPod(r.name)).map(rowHealth);
  for (const o of c.objects) {
    if (o.kind !== 'Pod' || !isTerwayPod(o.name)) continue;
    const described = objectHealth(o);
    const i = out.findIndex((h) => h.name === o.name);
    if (i < 0) out.push(described);
    else out[i] = { ...out[i]!, ...described, healthy: out[i]!.healthy && described.healthy };
  }
  return out;
}

interface Assignment {
  namespace: string;
  pod: string;
  node: string;
}

function assignments(c: Collected): Assignment[] {
  const out: Assignment[] = [];
  for (const e of c.events) {
    if (e.reason !== 'Scheduled') continue;
    const m = SCHEDULED.exec(e.message.trim());
    if (m) out.push({ namespace: m[1]!, pod: m[2]!, node: m[3]! });
  }
  return out;
}

function promptNames(c: Collected): CommandNames[] {
  return c.documents.filter((d) => d.kind === 'prompt' && d.command).map((d) => namesFromCommand(d.command!));
}

const isPodKind = (k: string | undefined) => (k ?? 'Pod').toLowerCase() === 'pod';
const realNode = (n: string | undefined) => (n && n !== '<none>' ? n : undefined);

/** `prefer`: the pod the root cause was seen on, when the paste names several failing pods */
export function deriveContext(c: Collected, prefer?: { name: string; namespace?: string }): Context {
  const ctx: Context = {};
  const scheduled = assignments(c).filter((a) => !isTerwayPod(a.pod));
  const prompts = promptNames(c);
  const setPod = (pod: string | undefined, namespace?: string) => {
    if (!pod || ctx.pod) return;
    ctx.pod = pod;
    if (namespace) ctx.namespace = namespace;
  };

  // the failing pod: its describe, a Warning event on it, the command that showed it, the scheduler
  const described = c.objects.find((o) => o.kind === 'Pod' && !isTerwayPod(o.name));
  if (described) {
    setPod(described.name, described.namespace);
    ctx.node = realNode(described.fields['Node']?.split('/')[0]);
  }
  const onPod = c.events.filter(
    (e) => e.type === 'Warning' && e.object?.name && isPodKind(e.object.kind) && !isTerwayPod(e.object.name),
  );
  const warning =
    onPod.find(
      (e) => e.object?.name === prefer?.name && (!prefer?.namespace || e.object?.namespace === prefer.namespace),
    ) ?? onPod[0];
  setPod(warning?.object?.name, warning?.object?.namespace);
  const named = prompts.find((p) => p.kind === 'Pod' && p.name && !isTerwayPod(p.name) && p.verb !== 'logs');
  setPod(named?.name, named?.namespace);
  setPod(scheduled.at(-1)?.pod, scheduled.at(-1)?.namespace);
  const row = c.pods.find((r) => !isTerwayPod(r.name) && r.status !== 'Running' && r.status !== 'Completed');
  setPod(row?.name, row?.namespace);
  const inspectPod = c.inspects.find((i) => i.script === 'pod');
  setPod(known(inspectPod?.values['pod.name']), known(inspectPod?.values['pod.namespace']));

  if (ctx.pod) {
    const mine = scheduled.find((a) => a.pod === ctx.pod && (!ctx.namespace || a.namespace === ctx.namespace));
    const cmd = prompts.find((p) => p.name === ctx.pod && p.namespace);
    ctx.namespace ??= mine?.namespace ?? cmd?.namespace;
    ctx.node ??= mine?.node ?? realNode(c.pods.find((r) => r.name === ctx.pod)?.node);
    if (inspectPod && known(inspectPod.values['pod.name']) === ctx.pod)
      ctx.node ??= known(inspectPod.values['pod.node']);
  }

  // the node: a described Node or Node CR, the command that described one, the inspect script
  ctx.node ??=
    c.objects.find((o) => o.kind === 'Node')?.name ??
    c.objects.find((o) => o.kind.startsWith('Node.') || o.kind === 'NodeCR')?.name ??
    prompts.find((p) => (p.kind === 'Node' || p.kind === 'NodeCR') && p.name)?.name ??
    known(c.inspects.find((i) => i.script === 'node')?.values['node.name']) ??
    c.events.find((e) => e.type === 'Warning' && /^node/i.test(e.object?.kind ?? '') && e.object?.name)?.object?.name;

  const health = terwayPodHealth(c).filter((h) => isTerwayDaemonPod(h.name));
  // no failing pod at all: the sick terway pod's node is the node in question
  if (!ctx.pod) ctx.node ??= health.find((h) => !h.healthy && h.node)?.node;

  ctx.terwayPod = pickTerwayPod(c, ctx.node, health);
  ctx.terwayPod ??= known(c.inspects.find((i) => i.script === 'node')?.values['terway-pod.name']);
  const cp = c.pods.find((r) => isControlplanePod(r.name)) ?? c.objects.find((o) => isControlplanePod(o.name));
  if (cp) ctx.controlplanePod = cp.name;

  for (const k of Object.keys(ctx) as (keyof Context)[]) if (ctx[k] === undefined) delete ctx[k];
  return ctx;
}

/** The terway pod serving the failing pod's node; without a node, the sick one or the one whose logs were pasted. */
function pickTerwayPod(c: Collected, node: string | undefined, health: TerwayPodHealth[]): string | undefined {
  const nodeOf = new Map(health.filter((h) => h.node).map((h) => [h.name, h.node!]));
  // a pod whose pasted log shows a Terway error is the one being debugged
  const logged = c.logSources
    .filter((s) => isTerwayDaemonPod(s.pod))
    .sort((a, b) => Number(!!b.signal) - Number(!!a.signal))
    .map((s) => s.pod);
  if (node) {
    return (
      health.find((h) => h.node === node)?.name ??
      logged.find((p) => !nodeOf.has(p) || nodeOf.get(p) === node) ??
      promptPod(c, (p) => !nodeOf.has(p) || nodeOf.get(p) === node)
    );
  }
  return health.find((h) => !h.healthy)?.name ?? logged[0] ?? promptPod(c, () => true) ?? health[0]?.name ?? undefined;
}

/** `kubectl describe pod terway-eniip-x -n kube-system`, `kubectl exec terway-eniip-x …` */
function promptPod(c: Collected, ok: (pod: string) => boolean): string | undefined {
  return promptNames(c).find((p) => p.kind === 'Pod' && p.name && isTerwayDaemonPod(p.name) && ok(p.name))?.name;
}

function known(v: string | undefined): string | undefined {
  return v && v !== 'not set' && v !== 'not found' && v !== 'unknown' ? v : undefined;
}
