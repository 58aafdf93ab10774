// Lookups over catalog/producers.yaml: which producer writes a catalog component, reports an event
// source, runs in a pod's container, writes a kind of document. Built once with the compiled catalog.
import { componentMatches, type Producer } from '../catalog/types';
import type { DocumentKind } from '../records';

export class ProducerIndex {
  readonly all: readonly Producer[];
  private readonly byId = new Map<string, Producer>();
  private readonly byComponent = new Map<string, Producer | undefined>();
  private readonly byDocumentKind = new Map<DocumentKind, Producer>();

  constructor(producers: readonly Producer[]) {
    this.all = producers;
    for (const p of producers) {
      this.byId.set(p.id, p);
      for (const k of p.documentKinds) this.byDocumentKind.set(k, p);
    }
  }

  get(id: string): Producer | undefined {
    return this.byId.get(id);
  }

  /** the producer that writes a catalog entry's component (`terway-controlplane/pod` → terway-controlplane) */
  ofComponent(component: string): Producer | undefined {
    if (!this.byComponent.has(component))
      this.byComponent.set(
        component,
        this.all.find((p) => p.components.some((c) => componentMatches(c, component))),
      );
    return this.byComponent.get(component);
  }

  /** the producer a kind of document always comes from (`describe-podeni`: the controlplane writes PodENIs) */
  ofDocumentKind(kind: DocumentKind): Producer | undefined {
    return this.byDocumentKind.get(kind);
  }

  /** an event's `From` / source / reportingController: `terway-daemon`, `kubelet, node-1`, `terway-controlplane/pod` */
  ofEventSource(source: string | undefined): Producer | undefined {
    if (!source) return undefined;
    const s = source.trim();
    return this.all.find((p) => p.eventSources.some((x) => s === x || s.startsWith(`${x}/`) || s.startsWith(`${x},`)));
  }

  /** the container of a pod; without a container, the pod's default one (what `kubectl logs <pod>` shows) */
  ofWorkload(pod: string, container?: string): Producer | undefined {
    let best: { p: Producer; len: number } | undefined;
    for (const p of this.all)
      for (const w of p.workloads) {
        if (!pod.startsWith(w.pod)) continue;
        const fits =
          container === undefined
            ? (w.default ?? false) || w.container === undefined
            : w.container === undefined || w.container === container;
        // the longest pod prefix wins: terway-controlplane- over terway-
        if (fits && (!best || w.pod.length > best.len)) best = { p, len: w.pod.length };
      }
    return best?.p;
  }
}
