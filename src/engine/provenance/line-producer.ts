// Who wrote a line, from the producers' `line` fingerprints found on it. A relay (kubelet, the
// container runtime, an SDK's error rendering: owner `platform`) prints its own words around the
// words of whatever it relays, so another program's fingerprint wins over a relay's, and of two
// alike the innermost one (furthest right in the line) does: `kubelet[1]: … Workload=…` is Calico's,
// `containerd[9]: … subSys=terway-cni …` the Terway CNI's.
import type { Fingerprint, Producer } from '../catalog/types';

/** A producer's fingerprint found on a line (catalog/producers.yaml). */
export interface Mark {
  producer: Producer;
  fingerprint: Fingerprint;
  /** where in the line it matched */
  at: number;
}

export function lineProducer(marks: readonly Mark[]): string | undefined {
  let best: Mark | undefined;
  for (const m of marks) {
    if (m.fingerprint.scope !== 'line') continue;
    const relay = m.producer.owner === 'platform';
    const bestRelay = best?.producer.owner === 'platform';
    if (!best || (bestRelay && !relay) || (relay === bestRelay && m.at > best.at)) best = m;
  }
  return best?.producer.id;
}
