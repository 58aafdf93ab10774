// Facts the SOP wants on the table before judging: Terway version, ENI mode, the pod's config
// source, hostNetwork… gathered from the inspect scripts' output and describe fields.
import type { Collected } from '../analysis/collector';
import type { Fact } from '../report';
import { msg } from '../messages';
import { compareVersions } from '../version';
import { shownVersion, versionsDiffer, type SeenVersion, type TerwayVersions } from './version-facts';

/** the release that renamed the controlplane's Cni* event reasons */
const RENAME_VERSION = 'v1.17.2';

const set = (v: string | undefined): v is string => !!v && v !== 'not set' && v !== 'not found';

/** Which event names the version uses: the legacy ones before the rename, the current ones from it on. */
function versionNote(v: SeenVersion): string {
  if (v.range) return msg('fact.version.rangeNote', { name: v.eventName ?? '' });
  return msg(compareVersions(v.value, RENAME_VERSION) < 0 ? 'fact.version.legacyNote' : 'fact.version.currentNote');
}

export function gatherFacts(c: Collected, versions: TerwayVersions): Fact[] {
  const facts: Fact[] = [];
  const cluster = c.inspects.find((i) => i.script === 'cluster');
  const node = c.inspects.find((i) => i.script === 'node');
  const pod = c.inspects.find((i) => i.script === 'pod');
  const version = shownVersion(versions);
  if (version)
    facts.push({
      label: msg('fact.version.label'),
      value: version.value,
      note: versionNote(version),
      line: version.line,
    });
  if (versionsDiffer(versions))
    facts.push({
      label: msg('fact.controlplaneVersion.label'),
      value: versions.controlplane!.value,
      line: versions.controlplane!.line,
    });
  if (cluster) {
    const flags = [
      'enable_eni_trunking',
      'enable_erdma',
      'ip_stack',
      'vswitch_selection_policy',
      'max_pool_size',
      'min_pool_size',
    ]
      .map((k) => [k, cluster.values[`eni-config.${k}`]] as const)
      .filter(([, v]) => set(v))
      .map(([k, v]) => `${k}=${v}`);
    if (flags.length > 0) facts.push({ label: 'eni-config', value: flags.join(', '), line: cluster.lines.start });
    const cp = cluster.values['terway.controlplane'];
    if (set(cp)) facts.push({ label: 'terway-controlplane', value: cp, line: cluster.lines.start });
  }
  if (node) {
    const mode = node.values['node.eni_mode'];
    if (set(mode))
      facts.push({
        label: msg('fact.eniMode.label'),
        value: mode,
        note: msg(mode === 'exclusive' ? 'fact.eniMode.exclusiveNote' : 'fact.eniMode.sharedNote'),
        line: node.lines.start,
      });
    for (const [k, label] of [
      ['node.terway_config', 'fact.nodeTerwayConfig.label'],
      ['node.ignore_by_terway', 'fact.ignoreByTerway.label'],
      ['node.lingjun', 'fact.lingjun.label'],
      ['node.sufficient_ip', 'fact.sufficientIp.label'],
    ] as const) {
      const v = node.values[k];
      if (set(v)) facts.push({ label: msg(label), value: v, line: node.lines.start });
    }
  }
  if (pod) {
    const hostNetwork = pod.values['pod.host_network'];
    if (hostNetwork === 'true')
      facts.push({
        label: 'hostNetwork',
        value: 'true',
        note: msg('fact.hostNetwork.note'),
        line: pod.lines.start,
      });
    const source = pod.values['pod.config_source'];
    if (set(source))
      facts.push({
        label: msg('fact.configSource.label'),
        value: source,
        // the script explains its choice (the webhook writes pod-networks from a PodNetworking too)
        note: set(pod.values['pod.config_source_note'])
          ? pod.values['pod.config_source_note']!
          : msg('fact.configSource.note'),
        line: pod.lines.start,
      });
    const podEni = pod.values['pod.pod_eni'];
    if (set(podEni))
      facts.push({
        label: 'k8s.aliyun.com/pod-eni',
        value: podEni,
        note: msg('fact.podEni.note'),
        line: pod.lines.start,
      });
  }
  // where the credentials come from is worth knowing, and a path is no secret (no credential warning)
  const credentialFile = c.configs.find((cfg) => cfg.settings['credential_path']);
  if (credentialFile)
    facts.push({
      label: msg('fact.credentialPath.label'),
      value: credentialFile.settings['credential_path']!,
      note: msg('fact.credentialPath.note'),
      line: credentialFile.lines.start,
    });
  return facts;
}
