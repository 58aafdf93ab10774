// SOP step 4: which IPAM mode the cluster runs. Centralized (`ipam_type: crd`) moves ENI/IP
// management into terway-controlplane (Node CR, multi-ip-node controller); node-local (default)
// keeps it in each terwayd. The answer decides where the next evidence lives.
import type { Collected } from '../analysis/collector';
import type { IpamMode } from '../report';
import { msg } from '../messages';

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
    const at = { name: cfg.name, line: cfg.lines.start };
    if (v === 'crd') return { mode: 'crd', evidence: msg('ipam.config.crd', at) };
    if (v !== undefined) return { mode: 'default', evidence: msg('ipam.config.other', { ...at, value: v }) };
  }
  const inspect = c.inspects.find((i) => i.script === 'cluster');
  const t = inspect?.values['eni-config.ipam_type'];
  if (inspect && t) {
    const line = inspect.lines.start;
    // the script's own verdict: `unknown` when eni_conf is missing or not valid JSON
    const mode = inspect.values['eni-config.ipam_mode'];
    if (t === 'crd' || mode === 'centralized') return { mode: 'crd', evidence: msg('ipam.inspect.crd', { line }) };
    const conf = inspect.values['eni-config.eni_conf'];
    if (conf === 'invalid JSON' || conf === 'not set' || (t === 'unknown' && mode === 'unknown'))
      return {
        mode: 'unknown',
        unreadable: true,
        evidence: msg('ipam.inspect.unreadable', { line, conf: conf ?? msg('ipam.inspect.notJson') }),
      };
    if (t === 'not found') return { mode: 'unknown', evidence: msg('ipam.inspect.noConfigMap', { line }) };
    return { mode: 'default', evidence: msg('ipam.inspect.other', { line, value: t }) };
  }
  // the multi-ip-node controller only runs with centralized IPAM
  const centralEvent = c.events.find((e) =>
    [e.source, e.reportingController].some((s) => s?.includes('terway-controlplane/multi-ip-node')),
  );
  if (centralEvent)
    return {
      mode: 'crd',
      evidence: msg('ipam.event.central', { reason: centralEvent.reason, line: centralEvent.lines.start }),
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
      evidence: msg('ipam.event.local', { line: localEvent.lines.start }),
    };
  if (c.configs.length > 0) {
    const cfg = c.configs[0]!;
    return { mode: 'default', evidence: msg('ipam.config.absent', { name: cfg.name, line: cfg.lines.start }) };
  }
  return { mode: 'unknown', evidence: msg('ipam.unknown') };
}

function unquote(v: string): string {
  return v.trim().replace(/^"(.*)"$/, '$1');
}
