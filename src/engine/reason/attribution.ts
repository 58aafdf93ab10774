// Who said it: every document and every finding gets its producer before anything is judged.
// A document's producer comes from the command that printed it (`kubectl logs <pod> -c <container>`,
// `docker logs k8s_<container>_<pod>_…`) or from a fingerprint that names a whole stream (a banner, a
// stack frame, kubectl's `Defaulted container` header). A finding's producer comes from its entry's
// component when that string is only ever written by one component; for shared signals (OpenAPI
// codes, SDK renderings, Go panics) from the event's source, the line's own fingerprint, or its
// document. Ambiguous producers (felix, Cilium) are Terway's own when the paste shows Terway elsewhere.
import type { Collected } from '../analysis/collector';
import type { MarkRange } from '../analysis/mark-ranges';
import type { Group } from '../match/aggregate';
import type { ProducerIndex } from '../provenance/producer-index';
import type { Producer } from '../catalog/types';
import type { InputDocument } from '../records';
import { namesFromCommand } from '../analysis/command-names';

/** `k8s_<container>_<pod>_<namespace>_<uid>_<attempt>`, the dockershim / cri-dockerd container name */
const DOCKER_NAME = /\bk8s_([a-z0-9][a-z0-9-]{0,62})_([a-z0-9][a-z0-9.-]{0,252})_[a-z0-9-]{1,63}_/;

export interface Attribution {
  /** producer id of each document (index into collected.documents), when known */
  readonly documents: readonly (string | undefined)[];
  /** producer id of a group, when known */
  producerOf(g: Group): string | undefined;
}

export function attribute(c: Collected, producers: ProducerIndex): Attribution {
  const documents = documentProducers(c, producers);
  const starts = c.documents.map((d) => d.lines.start);
  const raw = new Map<Group, string | undefined>();
  for (const g of c.groups) raw.set(g, groupProducer(g, c, producers, documents, starts));
  // felix or Cilium are Terway's own when something else in the paste shows Terway
  const terwayElsewhere =
    [...raw.values()].some((id) => id && producers.get(id)?.owner === 'terway') ||
    documents.some((id) => id && producers.get(id)?.owner === 'terway') ||
    c.marks.some((m) => producers.get(m.producer)?.owner === 'terway');
  const resolve = (id: string | undefined) => {
    const p = id ? producers.get(id) : undefined;
    return p?.inTerway && terwayElsewhere ? p.inTerway : id;
  };
  return {
    documents: documents.map(resolve),
    producerOf: (g) => resolve(raw.get(g) ?? groupProducer(g, c, producers, documents, starts)),
  };
}

function documentProducers(c: Collected, producers: ProducerIndex): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  let prompted: string | undefined;
  for (const d of c.documents) {
    if (d.kind === 'prompt') {
      prompted = d.command ? producerOfCommand(d.command, producers)?.id : undefined;
      out.push(prompted);
      continue;
    }
    // a prompt speaks for the one output under it
    out.push(prompted ?? streamProducer(d, c.marks, producers));
    prompted = undefined;
  }
  return out;
}

/**
 * `kubectl logs terway-eniip-x -c terway-init`, `kubectl exec terway-eniip-x -c policy -- cilium status`,
 * `docker logs k8s_policy_terway-eniip-x_kube-system_…`: the container whose program printed the output
 */
export function producerOfCommand(command: string, producers: ProducerIndex): Producer | undefined {
  const docker = DOCKER_NAME.exec(command);
  if (docker) return producers.ofWorkload(docker[2]!, docker[1]!);
  const names = namesFromCommand(command);
  if ((names.verb !== 'logs' && names.verb !== 'exec') || names.kind !== 'Pod' || !names.name) return undefined;
  return producers.ofWorkload(names.name, names.container);
}

/** the stream fingerprint inside the document: Terway's own first (theirs are specific), then the earliest */
function streamProducer(d: InputDocument, marks: readonly MarkRange[], producers: ProducerIndex): string | undefined {
  let best: MarkRange | undefined;
  let bestOwn = false;
  for (const m of marks) {
    if (m.scope !== 'stream' || m.end < d.lines.start || m.start > d.lines.end) continue;
    const own = producers.get(m.producer)?.owner === 'terway';
    if (!best || (own && !bestOwn)) {
      best = m;
      bestOwn = own;
    }
  }
  return best?.producer;
}

function groupProducer(
  g: Group,
  c: Collected,
  producers: ProducerIndex,
  documents: readonly (string | undefined)[],
  starts: readonly number[],
): string | undefined {
  const e = g.entry;
  const shared = e.shared === true || g.variant?.shared === true;
  // a string only one component writes names its producer
  if (e.kind !== 'unrecognised' && !shared) {
    const p = producers.ofComponent(e.component);
    if (p && !p.shared) return p.id;
  }
  if (g.origin.kind === 'event') {
    const bySource = producers.ofEventSource(g.origin.source);
    if (bySource) return bySource.id;
  }
  if (g.producer) return g.producer;
  const doc = documentAt(g.firstLine, c.documents, starts);
  const byDocument = doc === undefined ? undefined : documents[doc];
  if (byDocument) return byDocument;
  // the SDK's rendering at least says some program called the cloud
  const fallback = e.kind === 'unrecognised' ? undefined : producers.ofComponent(e.component);
  return fallback?.id;
}

/** the innermost non-prompt document holding the line (documents are in line order) */
function documentAt(line: number, docs: readonly InputDocument[], starts: readonly number[]): number | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // documents may nest (a describe's events): look back a little for the one that holds the line
  for (let i = found; i >= 0 && i > found - 50; i--) {
    const d = docs[i]!;
    if (d.kind !== 'prompt' && d.lines.start <= line && line <= d.lines.end) return i;
  }
  return undefined;
}
