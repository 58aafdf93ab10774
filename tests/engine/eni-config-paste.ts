// A pasted `kubectl get cm eni-config -n kube-system -o yaml`, the way the credential tests need it:
// the eni_conf JSON one field a line, so each field has a line of its own that a warning can cite.

/** The paste's lines: the prompt, then the ConfigMap whose eni_conf holds `conf` and whose data goes on with `moreData`. */
export function eniConfigPaste(conf: string[], moreData: string[] = []): string[] {
  return [
    '$ kubectl get cm eni-config -n kube-system -o yaml',
    'apiVersion: v1',
    'data:',
    '  eni_conf: |',
    '    {',
    ...conf.map((field) => `      ${field}`),
    '    }',
    ...moreData,
    'kind: ConfigMap',
    'metadata:',
    '  name: eni-config',
    '  namespace: kube-system',
  ];
}
