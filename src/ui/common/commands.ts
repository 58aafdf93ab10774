// The commands that gather input, pre-filled with names found in the paste.
import type { Report } from '../../engine/report';

export interface CommandContext {
  namespace?: string;
  pod?: string;
  node?: string;
  terwayPod?: string;
}

export interface GatherCommand {
  id: string;
  label: string;
  command: string;
}

const PLACEHOLDERS: Record<string, keyof CommandContext> = {
  namespace: 'namespace',
  ns: 'namespace',
  pod: 'pod',
  node: 'node',
  terwayPod: 'terwayPod',
  'terway-pod': 'terwayPod',
};

/** Replaces `{pod}` / `<pod>` style placeholders with names from the paste; unknown ones stay visible. */
export function fillCommand(command: string, ctx: CommandContext): string {
  return command.replace(/[{<]([A-Za-z-]+)[}>]/g, (whole, name: string) => {
    const key = PLACEHOLDERS[name];
    const value = key ? ctx[key] : undefined;
    return value && /^[A-Za-z0-9._:/-]+$/.test(value) ? value : whole.startsWith('{') ? `<${name}>` : whole;
  });
}

export function contextOf(report: Report | null): CommandContext {
  return report?.context ?? {};
}

export function gatherCommands(ctx: CommandContext): GatherCommand[] {
  const list: GatherCommand[] = [
    { id: 'describe-pod', label: 'The failing pod', command: 'kubectl describe pod <pod> -n <namespace>' },
    {
      id: 'terway-pods',
      label: 'Terway pods (SOP step 1): DaemonSet terway-eniip, or terway-eni in exclusive-ENI clusters',
      command: "kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide",
    },
    {
      id: 'terway-pod-on-node',
      label: 'The Terway pod on the failing pod’s node: its name goes into the log commands below',
      command:
        "kubectl get pods -n kube-system -o wide -l 'app in (terway-eniip,terway-eni)' --field-selector spec.nodeName=<node>",
    },
    {
      id: 'terway-init-logs',
      label: 'terway-init log',
      command: 'kubectl logs -n kube-system <terway-pod> -c terway-init',
    },
    { id: 'terway-logs', label: 'terway daemon log', command: 'kubectl logs -n kube-system <terway-pod> -c terway' },
    {
      id: 'node-cr',
      label: 'Terway Node CR (centralized IPAM)',
      command: 'kubectl describe nodes.network.alibabacloud.com <node>',
    },
    { id: 'warnings', label: 'Warning events', command: 'kubectl get events -A --field-selector type=Warning' },
  ];
  return list.map((c) => ({ ...c, command: fillCommand(c.command, ctx) }));
}

export interface InspectScript {
  name: string;
  label: string;
  run: string;
}

export function inspectScripts(ctx: CommandContext): InspectScript[] {
  return [
    { name: 'inspect-terway-cluster.sh', label: 'Cluster', run: 'bash inspect-terway-cluster.sh' },
    { name: 'inspect-terway-node.sh', label: 'Node', run: fillCommand('bash inspect-terway-node.sh <node>', ctx) },
    {
      name: 'inspect-terway-pod.sh',
      label: 'Pod',
      run: fillCommand('bash inspect-terway-pod.sh <namespace> <pod>', ctx),
    },
  ];
}
