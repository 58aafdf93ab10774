// Names found in the paste, used to fill commands: the problem pod, its node, the terway pod on
// that node and the Terway version.
import type { Collected } from '../analysis/collector';
import type { Report } from '../report';
import { isTerwayDaemonPod, isTerwayPod, objectHealth, rowHealth, type TerwayPodHealth } from './terway-pods';

export type Context = Report['context'];

const IMAGE_TAG = /\/terway(?:-controlplane)?:(v\d+\.\d+\.\d+[\w.-]*)/;

export function terwayPodHealth(c: Collected): TerwayPodHealth[] {
  const out = c.pods.filter((r) => isTerwayPod(r.name)).map(rowHealth);
  for (const o of c.objects) if (o.kind === 'Pod' && isTerwayPod(o.name)) out.push(objectHealth(o));
  return out;
}

export function deriveContext(c: Collected): Context {
  const ctx: Context = {};
  const pod = c.objects.find((o) => o.kind === 'Pod' && !isTerwayPod(o.name));
  if (pod) {
    ctx.pod = pod.name;
    if (pod.namespace) ctx.namespace = pod.namespace;
    const node = pod.fields['Node']?.split('/')[0];
    if (node && node !== '<none>') ctx.node = node;
  }
  if (!ctx.pod) {
    const ev = c.events.find(
      (e) =>
        e.type === 'Warning' &&
        e.object?.name &&
        (e.object.kind ?? 'Pod').toLowerCase() === 'pod' &&
        !isTerwayPod(e.object.name),
    );
    if (ev?.object?.name) {
      ctx.pod = ev.object.name;
      const ns = ev.object.namespace ?? namespaceFromCommand(c, ev.lines.start);
      if (ns) ctx.namespace = ns;
    }
  }
  if (!ctx.pod) {
    const row = c.pods.find((r) => !isTerwayPod(r.name) && r.status !== 'Running' && r.status !== 'Completed');
    if (row) {
      ctx.pod = row.name;
      if (row.namespace) ctx.namespace = row.namespace;
      if (row.node && row.node !== '<none>') ctx.node = row.node;
    }
  }
  const inspectPod = c.inspects.find((i) => i.script === 'pod');
  if (inspectPod) {
    ctx.pod ??= known(inspectPod.values['pod.name']);
    ctx.namespace ??= known(inspectPod.values['pod.namespace']);
    ctx.node ??= known(inspectPod.values['pod.node']);
  }
  if (!ctx.node) {
    const node =
      c.objects.find((o) => o.kind === 'Node') ??
      c.objects.find((o) => o.kind.startsWith('Node.') || o.kind === 'NodeCR');
    if (node) ctx.node = node.name;
  }
  ctx.node ??= known(c.inspects.find((i) => i.script === 'node')?.values['node.name']);
  ctx.node ??= c.events.find((e) => e.type === 'Warning' && /^node/i.test(e.object?.kind ?? '') && e.object?.name)
    ?.object?.name;
  if (ctx.pod && !ctx.node) ctx.node = c.pods.find((r) => r.name === ctx.pod && r.node && r.node !== '<none>')?.node;
  if (!ctx.node) delete ctx.node;

  const terway = terwayPodHealth(c).filter((h) => isTerwayDaemonPod(h.name));
  const onNode = ctx.node ? terway.filter((h) => h.node === ctx.node) : [];
  const pick = onNode[0] ?? terway.find((h) => !h.healthy) ?? (ctx.node ? undefined : terway[0]);
  if (pick) ctx.terwayPod = pick.name;
  ctx.terwayPod ??= known(c.inspects.find((i) => i.script === 'node')?.values['terway-pod.name']);
  if (!ctx.terwayPod) delete ctx.terwayPod;

  const version =
    known(c.inspects.find((i) => i.script === 'cluster')?.values['terway.version']) ??
    c.objects
      .filter((o) => o.kind === 'Pod' && isTerwayPod(o.name))
      .flatMap((o) => o.containers.map((x) => x.image ?? ''))
      .map((img) => IMAGE_TAG.exec(img)?.[1])
      .find((v) => v);
  if (version) ctx.terwayVersion = version;
  return ctx;
}

const NS_FLAG = /(?:^|\s)(?:-n|--namespace)[= ]([a-z0-9][a-z0-9-]*)/;

/** `kubectl get events -n team-a`: the namespace a table without a NAMESPACE column belongs to */
function namespaceFromCommand(c: Collected, line: number): string | undefined {
  const doc = c.documents.find((d) => d.command && d.lines.start <= line && line <= d.lines.end);
  return doc?.command ? NS_FLAG.exec(doc.command)?.[1] : undefined;
}

function known(v: string | undefined): string | undefined {
  return v && v !== 'not set' && v !== 'not found' ? v : undefined;
}
