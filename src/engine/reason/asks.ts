// What the SOP asks for when a step cannot be judged from the paste: the artefact, the command that
// produces it (placeholders as in catalog nextChecks, filled by the one command filler) and why it
// settles the step. `{terwayPod}`, `{container}`, `{status}` in `what`/`why` are filled as text.
import type { ChecklistItem } from '../report';

type SopStep = ChecklistItem['sopStep'];

export interface AskData {
  step: SopStep;
  what: string;
  command: string;
  why: string;
}

export const ASKS = {
  'terway-pods': {
    step: 1,
    what: 'Terway pods',
    command: "kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide",
    why: 'step 1 of the SOP: Terway must be Running on the node before pod events mean anything',
  },
  'terway-pods-for-socket': {
    step: 1,
    what: 'Terway pods',
    command: "kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide",
    why: 'the CNI reaches terwayd through /var/run/eni/eni.socket; see whether the terway pod on {node} runs',
  },
  'controlplane-pods': {
    step: 1,
    what: 'terway-controlplane pods',
    command: 'kubectl get pods -n kube-system -l app=terway-controlplane -o wide',
    why: 'the pod controller and the webhook run in terway-controlplane; it must be Running',
  },
  'controlplane-pod-log': {
    step: 1,
    what: '{terwayPod} log',
    command: 'kubectl logs -n kube-system {terwayPod} --previous',
    why: 'why terway-controlplane exits',
  },
  'terway-pod-containers': {
    step: 1,
    what: '{terwayPod} containers',
    command: 'kubectl describe pod -n kube-system {terwayPod}',
    why: 'which container is not ready, and its last exit reason',
  },
  'terway-pod-log': {
    step: 1,
    what: '{terwayPod} log',
    command: 'kubectl logs -n kube-system {terwayPod} -c terway --previous',
    why: 'the daemon log of its last run',
  },
  'terway-container-log': {
    step: 1,
    what: '{terwayPod} {container} log',
    command: 'kubectl logs -n kube-system {terwayPod} -c {container} --previous',
    why: 'why {container} fails ({status})',
  },
  'terway-init-log': {
    step: 1,
    what: '{terwayPod} {container} log',
    command: 'kubectl logs -n kube-system {terwayPod} -c {container}',
    why: 'why {container} fails ({status})',
  },
  'describe-pod': {
    step: 2,
    what: 'The failing pod',
    command: 'kubectl describe pod {pod} -n {namespace}',
    why: 'its Events name the Terway reason (AllocIPFailed, PodCreateFailed…) and message',
  },
  'node-and-node-cr': {
    step: 3,
    what: 'Node and Node CR',
    command: 'kubectl describe node {node} && kubectl describe nodes.network.alibabacloud.com {node}',
    why: 'node-level AllocIPFailed/ConfigError, CreateENIFailed and the SufficientIP condition name the real layer',
  },
  'node-only': {
    step: 3,
    what: 'Node and Node CR',
    command: 'kubectl describe node {node}',
    why: 'node-level AllocIPFailed/ConfigError, CreateENIFailed and the SufficientIP condition name the real layer',
  },
  podnetworking: {
    step: 4,
    what: 'PodNetworking',
    command: 'kubectl get podnetworking -o wide',
    why: 'which PodNetworking the pod matched, whether it is Ready and its vSwitches',
  },
  'eni-config': {
    step: 4,
    what: 'Terway configuration',
    command: 'kubectl get cm -n kube-system eni-config -o yaml',
    why: 'ipam_type decides whether terwayd or terway-controlplane allocates ENIs and IPs (mask access_key/access_secret before sharing)',
  },
  'log-daemon': {
    step: 5,
    what: 'terway daemon log',
    command: 'kubectl logs -n kube-system {terwayPod} -c terway --since=1h',
    why: 'use the event time as an index: the daemon logs the OpenAPI or datapath error behind it',
  },
  'log-controlplane': {
    step: 5,
    what: 'terway-controlplane log',
    command: 'kubectl logs -n kube-system deploy/terway-controlplane --since=1h',
    why: 'the controllers log the error behind the event (pod, PodENI, Node CR and PodNetworking controllers)',
  },
  'log-policy': {
    step: 5,
    what: 'terway policy container log',
    command: 'kubectl logs -n kube-system {terwayPod} -c policy --since=1h',
    why: 'in datapath v2 cilium-agent runs in the policy container; its log says why it is down',
  },
} as const satisfies Record<string, AskData>;

export type AskId = keyof typeof ASKS;
