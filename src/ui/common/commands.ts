// The commands that gather input, filled by the engine's one command filler with names from the
// last report (a name of the wrong shape never fills a command: see src/engine/commands/fill.ts).
import type { Report } from '../../engine/index';
import { fill, fillCommand, type FilledCommand } from '../../engine/commands/index';
import { msg, type MessageKey } from '../../engine/messages';

interface GatherTemplate {
  id: string;
  /** what the command gathers, in the page's language when the list is built */
  label: MessageKey;
  template: string;
}

export type CommandContext = Report['context'];

/** `kept`: why a placeholder stayed although the report named a value */
export type GatherCommand = { id: string; label: string } & FilledCommand;

export { fillCommand };

export function contextOf(report: Report | null): CommandContext {
  return report?.context ?? {};
}

const GATHER: GatherTemplate[] = [
  { id: 'describe-pod', label: 'gather.describePod', template: 'kubectl describe pod {pod} -n {namespace}' },
  {
    id: 'terway-pods',
    label: 'gather.terwayPods',
    template: "kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide",
  },
  {
    id: 'terway-pod-on-node',
    label: 'gather.terwayPodOnNode',
    template:
      "kubectl get pods -n kube-system -o wide -l 'app in (terway-eniip,terway-eni)' --field-selector spec.nodeName={node}",
  },
  {
    id: 'terway-init-logs',
    label: 'gather.terwayInitLog',
    template: 'kubectl logs -n kube-system {terwayPod} -c terway-init',
  },
  { id: 'terway-logs', label: 'gather.terwayLog', template: 'kubectl logs -n kube-system {terwayPod} -c terway' },
  {
    id: 'node-cr',
    label: 'gather.nodeCr',
    template: 'kubectl describe nodes.network.alibabacloud.com {node}',
  },
  { id: 'warnings', label: 'gather.warnings', template: 'kubectl get events -A --field-selector type=Warning' },
];

export function gatherCommands(ctx: CommandContext): GatherCommand[] {
  return GATHER.map(({ id, label, template }) => ({ id, label: msg(label), ...fill(template, ctx) }));
}

export interface InspectScript {
  name: string;
  label: string;
  run: string;
}

export function inspectScripts(ctx: CommandContext): InspectScript[] {
  return [
    { name: 'inspect-terway-cluster.sh', label: msg('gather.inspect.cluster'), run: 'bash inspect-terway-cluster.sh' },
    {
      name: 'inspect-terway-node.sh',
      label: msg('gather.inspect.node'),
      run: fillCommand('bash inspect-terway-node.sh {node}', ctx),
    },
    {
      name: 'inspect-terway-pod.sh',
      label: msg('gather.inspect.pod'),
      run: fillCommand('bash inspect-terway-pod.sh {namespace} {pod}', ctx),
    },
  ];
}
