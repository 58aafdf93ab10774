// SOP step 4: which IPAM mode the cluster runs. Centralized (`ipam_type: crd`) moves ENI/IP
// management into terway-controlplane (Node CR, multi-ip-node controller); node-local (default)
// keeps it in each terwayd. The answer decides where the next evidence lives.
import type { Collected } from '../analysis/collector';
import type { IpamMode } from '../report';

export interface IpamDecision {
  mode: IpamMode;
  evidence: string;
  /** eni-config exists but its eni_conf cannot be read: a configuration problem in itself */
  unreadable?: boolean;
}

export function detectIpam(c: Collected): IpamDecision {
  for (const cfg of c.configs) {
    const raw = cfg.settings['ipam_type'];
    const v = raw === undefined ? undefined : unquote(raw);
    if (v === 'crd') return { mode: 'crd', evidence: `${cfg.name} sets ipam_type "crd" (line ${cfg.lines.start})` };
    if (v !== undefined)
      return {
        mode: 'default',
        evidence: `${cfg.name} sets ipam_type "${v}" (line ${cfg.lines.start}): node-local IPAM`,
      };
  }
  const inspect = c.inspects.find((i) => i.script === 'cluster');
  const t = inspect?.values['eni-config.ipam_type'];
  if (inspect && t) {
    const at = `(line ${inspect.lines.start})`;
    // the script's own verdict: `unknown` when eni_conf is missing or not valid JSON
    const mode = inspect.values['eni-config.ipam_mode'];
    if (t === 'crd' || mode === 'centralized')
      return { mode: 'crd', evidence: `inspect-terway-cluster.sh: ipam_type crd ${at}` };
    const conf = inspect.values['eni-config.eni_conf'];
    if (conf === 'invalid JSON' || conf === 'not set' || (t === 'unknown' && mode === 'unknown'))
      return {
        mode: 'unknown',
        unreadable: true,
        evidence: `inspect-terway-cluster.sh could not read ipam_type ${at}: eni_conf is ${conf ?? 'not valid JSON'}, so neither terway-init nor terwayd can start until eni-config is fixed`,
      };
    if (t === 'not found')
      return {
        mode: 'unknown',
        evidence: `inspect-terway-cluster.sh found no readable eni-config ConfigMap ${at}; \`kubectl get cm -n kube-system eni-config -o yaml\` settles it`,
      };
    return { mode: 'default', evidence: `inspect-terway-cluster.sh: ipam_type ${t} ${at}: node-local IPAM` };
  }
  // the multi-ip-node controller only runs with centralized IPAM
  const centralEvent = c.events.find((e) =>
    [e.source, e.reportingController].some((s) => s?.includes('terway-controlplane/multi-ip-node')),
  );
  if (centralEvent)
    return {
      mode: 'crd',
      evidence: `event ${centralEvent.reason} from terway-controlplane/multi-ip-node (line ${centralEvent.lines.start}): that controller only runs with centralized IPAM`,
    };
  const localEvent = c.events.find(
    (e) =>
      e.reason === 'AllocIPFailed' &&
      (e.object?.kind ?? '').toLowerCase() === 'node' &&
      !e.object?.apiGroup &&
      (e.source ?? '').startsWith('terway-daemon'),
  );
  if (localEvent)
    return {
      mode: 'default',
      evidence: `terway-daemon reported AllocIPFailed on the core Node (line ${localEvent.lines.start}): the daemon's local IPAM allocates`,
    };
  if (c.configs.length > 0) {
    const cfg = c.configs[0]!;
    return {
      mode: 'default',
      evidence: `${cfg.name} has no ipam_type (line ${cfg.lines.start}): node-local IPAM is the default`,
    };
  }
  return {
    mode: 'unknown',
    evidence:
      'no eni-config, inspect-terway-cluster.sh output or controlplane multi-ip-node event in the paste; `kubectl get cm -n kube-system eni-config -o yaml` settles it',
  };
}

function unquote(v: string): string {
  return v.trim().replace(/^"(.*)"$/, '$1');
}
