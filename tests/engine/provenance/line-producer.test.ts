// Who wrote a line, of the producers whose `line` fingerprints it carries: a relay (platform) gives
// way to the program whose words it carries, and of two alike the innermost (rightmost) wins.
import { describe, it, expect } from 'vitest';
import { lineProducer, type Mark } from '../../../src/engine/provenance/line-producer';
import { CAST, mark } from './build';

const { kubelet, containerd, crio, sdk, calico, terwayCni, ccm, terwayd } = CAST;

describe('lineProducer', () => {
  it.each<[string, Mark[], string | undefined]>([
    ['nothing marked', [], undefined],
    ['one relay', [mark(kubelet, 'line', 16)], 'kubelet'],
    // `kubelet[2194]: time=… level=error msg="Error creating veth…" Workload=kube-system.x`
    ['a CNI inside kubelet’s journal line', [mark(kubelet, 'line', 16), mark(calico, 'line', 140)], 'calico'],
    ['a CNI printed before the relay’s words', [mark(calico, 'line', 0), mark(containerd, 'line', 90)], 'calico'],
    // `containerd[9]: I0913 … subSys=terway-cni ip link add …`
    [
      'Terway’s CNI inside containerd’s journal',
      [mark(containerd, 'line', 16), mark(terwayCni, 'line', 80)],
      'terway-cni',
    ],
    // `Failed to create pod sandbox: … failed to create pod network sandbox k8s_…` (kubelet around CRI-O)
    ['of two relays the inner one', [mark(kubelet, 'line', 0), mark(crio, 'line', 60)], 'cri-o'],
    ['of two relays the inner one, listed first', [mark(crio, 'line', 60), mark(kubelet, 'line', 0)], 'cri-o'],
    // the CCM's klog line around the SDK's `Aliyun API Error:`
    ['a program around an SDK rendering', [mark(ccm, 'line', 30), mark(sdk, 'line', 120)], 'ccm'],
    [
      'stream and mention marks do not say who wrote the line',
      [mark(terwayd, 'stream', 0), mark(terwayCni, 'mention', 40)],
      undefined,
    ],
    ['a stream mark beside a line mark', [mark(terwayd, 'stream', 50), mark(kubelet, 'line', 0)], 'kubelet'],
  ])('%s', (_, marks, want) => {
    expect(lineProducer(marks)).toBe(want);
  });
});
