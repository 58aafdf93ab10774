// Built-in sample incidents for "Try an example". Realistic kubectl/log output, bundled as text in
// a lazy chunk: only the titles are part of the first load, a sample's text comes when it is picked.
const TEXTS = import.meta.glob<string>('./*.txt', { query: '?raw', import: 'default' });

/** The text of a sample (a lazy same-origin chunk, or inlined in the single-file build). */
export async function sampleText(id: string): Promise<string> {
  const load = TEXTS[`./${id}.txt`];
  if (!load) throw new Error(`unknown sample ${id}`);
  return load();
}

export interface Sample {
  id: string;
  title: string;
  /** what the sample shows, for the picker */
  description: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'vswitch-ip-not-enough',
    title: 'vSwitch out of IPs (centralized IPAM)',
    description:
      'Pod stuck in ContainerCreating; the Node CR shows CreateENIFailed InvalidVSwitchId.IpNotEnough and the daemon log allocate IP timeout.',
  },
  {
    id: 'exclusive-eni-mode-changed',
    title: 'terway-eniip in Init:CrashLoopBackOff',
    description: 'terway-init fails with "exclusive eni mode changed" after a node label edit.',
  },
  {
    id: 'cni-not-initialized',
    title: 'cni plugin not initialized',
    description: 'kubelet reports NetworkPluginNotReady and cannot dial /var/run/eni/eni.socket.',
  },
  {
    id: 'no-vswitch-for-zone',
    title: 'No vSwitch for the zone (PodNetworking)',
    description:
      'PodCreateFailed "can not found available vSwitch for zone": the PodNetworking has no vSwitch in the pod zone.',
  },
  {
    id: 'calico-cluster',
    title: 'A Calico cluster (not Terway)',
    description: 'Sandbox failures from the calico plugin: Terway is not involved.',
  },
  {
    id: 'healthy-pod',
    title: 'A healthy pod',
    description: 'Running and Ready, AllocIPSucceed: nothing to fix.',
  },
];
