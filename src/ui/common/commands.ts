// The commands that gather input, filled by the engine's one command filler with names from the
// last report (a name of the wrong shape never fills a command: see src/engine/commands/fill.ts).
import type { Report } from '../../engine/index';
import { fill, fillCommand, type FilledCommand } from '../../engine/commands/index';

interface GatherTemplate {
  id: string;
  label: string;
  template: string;
}

export type CommandContext = Report['context'];

/** `kept`: why a placeholder stayed although the report named a value */
export type GatherCommand = Omit<GatherTemplate, 'template'> & FilledCommand;

export { fillCommand };

export function contextOf(report: Report | null): CommandContext {
  return report?.context ?? {};
}

const GATHER: GatherTemplate[] = [
  { id: 'describe-pod', label: 'The failing pod', template: 'kubectl describe pod {pod} -n {namespace}' },
  {
    id: 'terway-pods',
    label: 'Terway pods (SOP step 1): DaemonSet terway-eniip, or terway-eni in exclusive-ENI clusters',
    template: "kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide",
  },
  {
    id: 'terway-pod-on-node',
    label: 'The Terway pod on the failing pod’s node: its name goes into the log commands below',
    template:
      "kubectl get pods -n kube-system -o wide -l 'app in (terway-eniip,terway-eni)' --field-selector spec.nodeName={node}",
  },
  {
    id: 'terway-init-logs',
    label: 'terway-init log',
    template: 'kubectl logs -n kube-system {terwayPod} -c terway-init',
  },
  { id: 'terway-logs', label: 'terway daemon log', template: 'kubectl logs -n kube-system {terwayPod} -c terway' },
  {
    id: 'node-cr',
    label: 'Terway Node CR (centralized IPAM)',
    template: 'kubectl describe nodes.network.alibabacloud.com {node}',
  },
  { id: 'warnings', label: 'Warning events', template: 'kubectl get events -A --field-selector type=Warning' },
];

export function gatherCommands(ctx: CommandContext): GatherCommand[] {
  return GATHER.map(({ template, ...c }) => ({ ...c, ...fill(template, ctx) }));
}

export interface InspectScript {
  name: string;
  label: string;
  run: string;
}

export function inspectScripts(ctx: CommandContext): InspectScript[] {
  return [
    { name: 'inspect-terway-cluster.sh', label: 'Cluster', run: 'bash inspect-terway-cluster.sh' },
    { name: 'inspect-terway-node.sh', label: 'Node', run: fillCommand('bash inspect-terway-node.sh {node}', ctx) },
    {
      name: 'inspect-terway-pod.sh',
      label: 'Pod',
      run: fillCommand('bash inspect-terway-pod.sh {namespace} {pod}', ctx),
    },
  ];
}
