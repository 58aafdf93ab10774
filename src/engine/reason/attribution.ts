// Who said it: every document and every finding gets its producer before anything is judged.
// A document's producer comes from the command that printed it (`kubectl logs <pod> -c <container>`,
// `docker logs k8s_<container>_<pod>_…`), from its kind when one program writes that kind (a PodENI is
// the controlplane's), from a fingerprint that names a whole stream (a banner, a stack frame, kubectl's
// `Defaulted container` header), or else from its fingerprinted lines when they all name one program.
// A finding's producer comes from its entry's component when that string is only ever written by one
// component; for shared signals (OpenAPI codes, SDK renderings, Go panics) from the event's source, the
// line's own fingerprint, or its document. A relay (kubelet's or the runtime's wrapper, an envelope)
// gives way to what its line names inside it. Ambiguous producers (felix, Cilium) are Terway's own
// when the paste shows Terway elsewhere.
import type { Collected } from '../analysis/collector';
import type { MarkRange } from '../analysis/mark-ranges';
import type { Group } from '../match/aggregate';
import type { ProducerIndex } from '../provenance/producer-index';
import type { Producer } from '../catalog/types';
import type { InputDocument } from '../records';
import { namesFromCommand } from '../analysis/command-names';
import { marksByDocument } from './marks-by-document';

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
  const byDocument = marksByDocument(c.documents, c.marks);
  let prompted: string | undefined;
  c.documents.forEach((d, i) => {
    const streamMarks = byDocument?.stream[i] ?? c.marks;
    if (d.kind === 'prompt') {
      // `kubectl logs <pod> -c <container>`, or a command line that names its program (`calicoctl get …`)
      prompted =
        (d.command ? producerOfCommand(d.command, producers)?.id : undefined) ??
        streamProducer(d, streamMarks, producers);
      out.push(prompted);
      return;
    }
    // a prompt speaks for the one output under it
    out.push(
      prompted ??
        producers.ofDocumentKind(d.kind)?.id ??
        streamProducer(d, streamMarks, producers) ??
        linesProducer(d, byDocument?.line[i] ?? c.marks, producers),
    );
    prompted = undefined;
  });
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
    if (!best || (own && !bestOwn) || (own === bestOwn && m.start < best.start)) {
      best = m;
      bestOwn = own;
    }
  }
  return best?.producer;
}

/**
 * the one program whose `line` fingerprints the document holds (a range counts when a marked line of
 * it, its first or last, is inside); none when they name several, or only a shared SDK rendering
 */
function linesProducer(d: InputDocument, marks: readonly MarkRange[], producers: ProducerIndex): string | undefined {
  let found: string | undefined;
  for (const m of marks) {
    if (m.scope !== 'line' || !(within(m.start, d) || within(m.end, d))) continue;
    if (producers.get(m.producer)?.shared) continue;
    if (found && found !== m.producer) return undefined;
    found = m.producer;
  }
  return found;
}

const within = (line: number, d: InputDocument) => d.lines.start <= line && line <= d.lines.end;

function groupProducer(
  g: Group,
  c: Collected,
  producers: ProducerIndex,
  documents: readonly (string | undefined)[],
  starts: readonly number[],
): string | undefined {
  const e = g.entry;
  const shared = e.shared === true || g.variant?.shared === true;
  // what the line itself names, unless it is only an SDK's rendering (that says what, not who)
  const hint = g.producer && !producers.get(g.producer)?.shared ? producers.get(g.producer) : undefined;
  // an event record is written by its source (`From`); the words matched inside its message are not
  const source = g.origin.kind === 'event' ? producers.ofEventSource(g.origin.source) : undefined;
  if (source && e.kind === 'event') return relayed(source, g, hint, true);
  // a string only one component writes names its producer
  if (e.kind !== 'unrecognised' && !shared) {
    const p = producers.ofComponent(e.component);
    if (p && !p.shared) return relayed(p, g, hint, false);
  }
  if (source) return relayed(source, g, hint, true);
  if (hint) return hint.id;
  const doc = documentAt(g.firstLine, c.documents, starts);
  const byDocument = doc === undefined ? undefined : documents[doc];
  if (byDocument) return byDocument;
  // the SDK's rendering at least says some program called the cloud
  return e.kind === 'unrecognised' ? g.producer : producers.ofComponent(e.component)?.id;
}

/**
 * `first`, unless it only carries the words of the producer the line names: a relay (a platform
 * producer: kubelet's wrapper, the runtime) or an envelope variant carries another program's words;
 * an event's source also carries a relay's own (kubelet's event around CRI-O's sentence)
 */
function relayed(first: Producer, g: Group, hint: Producer | undefined, event: boolean): string {
  if (!hint || hint.id === first.id) return first.id;
  const carries =
    hint.owner === 'platform'
      ? event && first.owner === 'platform'
      : first.owner === 'platform' || g.variant?.envelope === true;
  return carries ? hint.id : first.id;
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
