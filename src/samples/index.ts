// Built-in sample incidents for "Try an example". Realistic kubectl/log output, bundled as text.
import vswitchIpNotEnough from './vswitch-ip-not-enough.txt?raw';
import exclusiveEniModeChanged from './exclusive-eni-mode-changed.txt?raw';
import cniNotInitialized from './cni-not-initialized.txt?raw';
import noVswitchForZone from './no-vswitch-for-zone.txt?raw';
import calicoCluster from './calico-cluster.txt?raw';
import healthyPod from './healthy-pod.txt?raw';

export interface Sample {
  id: string;
  title: string;
  /** what the sample shows, for the picker */
  description: string;
  text: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'vswitch-ip-not-enough',
    title: 'vSwitch out of IPs (centralized IPAM)',
    description: 'Pod stuck in ContainerCreating; the Node CR shows CreateENIFailed InvalidVSwitchId.IpNotEnough.',
    text: vswitchIpNotEnough,
  },
  {
    id: 'exclusive-eni-mode-changed',
    title: 'terway-eniip in Init:CrashLoopBackOff',
    description: 'terway-init fails with "exclusive eni mode changed" after a node label edit.',
    text: exclusiveEniModeChanged,
  },
  {
    id: 'cni-not-initialized',
    title: 'cni plugin not initialized',
    description: 'kubelet reports NetworkPluginNotReady and cannot dial /var/run/eni/eni.socket.',
    text: cniNotInitialized,
  },
  {
    id: 'no-vswitch-for-zone',
    title: 'No vSwitch for the zone (PodNetworking)',
    description:
      'PodCreateFailed "can not found available vSwitch for zone": the PodNetworking has no vSwitch in the pod zone.',
    text: noVswitchForZone,
  },
  {
    id: 'calico-cluster',
    title: 'A Calico cluster (not Terway)',
    description: 'Sandbox failures from the calico plugin: Terway is not involved.',
    text: calicoCluster,
  },
  {
    id: 'healthy-pod',
    title: 'A healthy pod',
    description: 'Running and Ready, AllocIPSucceed: nothing to fix.',
    text: healthyPod,
  },
];
