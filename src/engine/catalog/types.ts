// The catalog schema: what every entry in catalog/*.yaml compiles to.

export type EntryKind =
  | 'event'
  | 'init-error'
  | 'daemon-error'
  | 'controlplane-error'
  | 'cni-error'
  | 'policy-error'
  | 'openapi-error'
  | 'kubelet-error'
  | 'condition'
  | 'foreign-cni';

export type Category = 'configuration' | 'resource-exhaustion' | 'environment' | 'terway-bug' | 'informational';
export type Severity = 'error' | 'warning' | 'info';
export type SopStep = 1 | 2 | 3 | 4 | 5;

/** Object kinds a Terway event lands on. */
export type EventObject = 'Pod' | 'Node' | 'NodeCR' | 'PodENI' | 'PodNetworking' | 'NetworkInterface';

export interface Alias {
  /** a legacy reason name or another spelling (e.g. the SOP's) */
  name: string;
  /** Terway versions that emit it, e.g. `v1.3.0–v1.17.1`; `sop` for spellings only the SOP uses */
  versions: string;
  note?: string;
}

export interface MatchVariant {
  /** stable within the entry, e.g. `ip-not-enough` */
  id: string;
  /** JavaScript regex source; named groups for values a fix needs (vsw, zone, eni, instance, pod, namespace, node, requestId, code) */
  pattern: string;
  /** `i` where Terway's callers vary in case */
  flags?: '' | 'i';
  /** literal(s) one of which every matching line contains (lower-case when flags has `i`): the prefilter */
  literals: string[];
  /** exact signal as Terway spells it, when it differs from the entry's (e.g. an OpenAPI code) */
  signal?: string;
  /** overrides the entry category for this message variant */
  category?: Category;
  severity?: Severity;
  /** realistic lines as users paste them; each must match this variant */
  examples: string[];
}

export interface CatalogEntry {
  id: string; // URL-safe, stable
  kind: EntryKind;
  title: string;
  /** events: the reason as Terway emits it today */
  reason?: string;
  type?: 'Normal' | 'Warning';
  objects?: EventObject[];
  /** terway-daemon | cni-via-daemon | terway-controlplane/<controller> | terway-init | policy | kubelet | containerd | ... */
  component: string;
  aliases: Alias[];
  versions: { first?: string; last?: string };
  /** the exact signal as Terway spells it (reason, error string, OpenAPI code) */
  signal: string;
  match: MatchVariant[];
  category: Category;
  severity: Severity;
  sopStep: SopStep;
  explanation: string;
  fix: string;
  /** commands with placeholders {namespace} {pod} {node} {terwayPod} {vsw} {eni} ... */
  nextChecks: { command: string; why: string }[];
  related: string[];
  /** `path:line@tag` in AliyunContainerService/terway (or another project for foreign/kubelet entries) */
  source: string[];
}

export interface Catalog {
  version: string;
  entries: CatalogEntry[];
}
