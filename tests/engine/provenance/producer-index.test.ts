// ProducerIndex answers attribution's four questions: who writes a catalog component, who reports an
// event source, whose program runs in a pod's container, who writes a kind of document.
import { describe, it, expect } from 'vitest';
import { index } from './build';

describe('ProducerIndex', () => {
  it.each([
    ['terway-daemon', 'terwayd'],
    ['cni-via-daemon', 'terway-cni'],
    // `terway-controlplane/*` covers the controlplane and each of its controllers
    ['terway-controlplane', 'terway-controlplane'],
    ['terway-controlplane/pod-eni', 'terway-controlplane'],
    ['terway-controlplane-extra', undefined],
    ['alibaba-cloud-openapi', 'alibaba-cloud-client'],
    ['foreign/calico', 'calico'],
    ['foreign/flannel', undefined],
  ])('component %s → %s', (component, want) => {
    expect(index.ofComponent(component)?.id).toBe(want);
    // asked again, from the cache
    expect(index.ofComponent(component)?.id).toBe(want);
  });

  it.each<[string | undefined, string | undefined]>([
    ['terway-daemon', 'terwayd'],
    // describe's `From` column: `kubelet, <node>`; a controller: `<source>/<controller>`
    ['kubelet, cn-hangzhou.10.0.3.19', 'kubelet'],
    ['terway-controlplane/multi-ip-node', 'terway-controlplane'],
    ['  route-controller  ', 'ccm'],
    ['kubelet-extra', undefined],
    ['default-scheduler', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('event source %s → %s', (source, want) => {
    expect(index.ofEventSource(source)?.id).toBe(want);
  });

  it.each<[string, string | undefined, string | undefined]>([
    ['terway-eniip-7x9kq', 'terway', 'terwayd'],
    ['terway-eniip-7x9kq', 'terway-init', 'terway-init'],
    ['terway-eni-4kq2p', 'policy', 'terway-policy'],
    // without -c, kubectl shows the default container
    ['terway-eniip-7x9kq', undefined, 'terwayd'],
    // the longest pod prefix wins: terway-controlplane- over terway-
    ['terway-controlplane-7bfc44db74-q5nw2', undefined, 'terway-controlplane'],
    ['terway-controlplane-7bfc44db74-q5nw2', 'cilium-operator', 'cilium-in-terway'],
    // a workload without a container runs one program whatever -c says
    ['cloud-controller-manager-5d8f7', 'ccm', 'ccm'],
    ['cloud-controller-manager-5d8f7', undefined, 'ccm'],
    ['terway-eniip-7x9kq', 'sidecar', undefined],
    ['nginx-6d4cf56db6-abcde', undefined, undefined],
  ])('pod %s container %s → %s', (pod, container, want) => {
    expect(index.ofWorkload(pod, container)?.id).toBe(want);
  });

  it.each([
    ['describe-podeni', 'terway-controlplane'],
    ['describe-node-cr', 'terway-controlplane'],
    ['describe-node', 'kubelet'],
    ['describe-pod', undefined],
    ['text', undefined],
  ] as const)('document kind %s → %s', (kind, want) => {
    expect(index.ofDocumentKind(kind)?.id).toBe(want);
  });

  it('finds a producer by id', () => {
    expect(index.get('felix')?.inTerway).toBe('terway-policy');
    expect(index.get('nobody')).toBeUndefined();
  });
});
