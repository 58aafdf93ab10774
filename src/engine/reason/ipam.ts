// SOP step 4: which IPAM mode the cluster runs. Centralized (`ipam_type: crd`) moves ENI/IP
// management into terway-controlplane (Node CR, multi-ip-node controller); node-local (default)
// keeps it in each terwayd. The answer decides where the next evidence lives.
import type { Collected } from '../analysis/collector';
import type { IpamMode } from '../report';

export interface IpamDecision {
  mode: IpamMode;
  evidence: string;
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
    if (t === 'crd')
      return { mode: 'crd', evidence: `inspect-terway-cluster.sh: ipam_type crd (line ${inspect.lines.start})` };
    return {
      mode: 'default',
      evidence: `inspect-terway-cluster.sh: ipam_type ${t} (line ${inspect.lines.start}): node-local IPAM`,
    };
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
