// Fills `{placeholder}`s of catalog commands with names from the paste; unknown ones stay visible
// as `<placeholder>` so a copied command fails loudly instead of doing something else.
export function fillCommand(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `<${key}>`);
}

/**
 * The node is known but its terway pod was not pasted: a command substitution that finds it, so
 * `kubectl logs -n kube-system {terwayPod} -c terway` is still ready to run.
 */
export function terwayPodOnNode(node: string | undefined): string | undefined {
  return node
    ? `$(kubectl get pods -n kube-system -l app=terway-eniip --field-selector spec.nodeName=${node} -o name)`
    : undefined;
}
