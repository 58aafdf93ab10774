// The catalog schema: what every entry in catalog/*.yaml compiles to.
import type { DocumentKind } from '../records';

export type EntryKind =
  | 'event'
  | 'init-error'
  | 'daemon-error'
  | 'controlplane-error'
  | 'cni-error'
  | 'policy-error'
  | 'openapi-error'
  | 'kubelet-error'
  | 'terway-pod-error'
  | 'condition'
  | 'foreign-cni'
  | 'unrecognised';

export const ENTRY_KINDS: readonly EntryKind[] = [
  'event',
  'init-error',
  'daemon-error',
  'controlplane-error',
  'cni-error',
  'policy-error',
  'openapi-error',
  'kubelet-error',
  'terway-pod-error',
  'condition',
  'foreign-cni',
  'unrecognised',
];

/** What a kind of entry means to the reasoning: one table instead of kind tests spread through the code. */
export interface KindTraits {
  /**
   * How close to the root cause this kind of signal sits; higher wins. One kubelet line often carries
   * several layers (`FailedCreatePodSandBox … plugin type="terway" failed (add): failed to do add;
   * cmdAdd: error alloc ip rpc error: … errCode: InvalidVSwitchId.IpNotEnough …`), so one line
   * legitimately hits an entry of each layer. The engine's verdict and the reference search both rank
   * by this, so a pasted line finds first the entry the report would name as root cause. Events get a
   * finer score by the object they land on (see reason/findings.ts).
   */
  rootScore: number;
  /** can be the echo of a deeper failure, and so a symptom of it */
  echo: boolean;
  /** says why something failed (a component's own error, an OpenAPI code), not only what failed */
  namesCause: boolean;
  /** kubelet or the CNI reporting that it cannot use Terway: points at the daemon, not at itself */
  indirect: boolean;
  /** a component whose death leaves the CNI on its node without terwayd */
  daemonSide: boolean;
  /** another project's signal: never Terway's finding, and it may come from another producer */
  foreign: boolean;
  /** a wrapper other components write around Terway's or anyone's error (kubelet, containerd) */
  wrapper: boolean;
  /**
   * how a line is recognised as this kind: by its text (`pattern`), by an event's reason (`reason`),
   * or, for the unrecognised kind, by its log level alone when no entry knows it (`level`)
   */
  recognisedBy: 'pattern' | 'reason' | 'level';
}

// a table: one kind a row, its traits in columns
// prettier-ignore
export const KIND_TRAITS: Readonly<Record<EntryKind, KindTraits>> = {
  'init-error': { rootScore: 100, echo: false, namesCause: true, indirect: false, daemonSide: true, foreign: false, wrapper: false, recognisedBy: 'pattern' },
  'daemon-error': { rootScore: 95, echo: false, namesCause: true, indirect: false, daemonSide: true, foreign: false, wrapper: false, recognisedBy: 'pattern' },
  'policy-error': { rootScore: 95, echo: false, namesCause: true, indirect: false, daemonSide: false, foreign: false, wrapper: false, recognisedBy: 'pattern' },
  'controlplane-error': { rootScore: 90, echo: false, namesCause: true, indirect: false, daemonSide: false, foreign: false, wrapper: false, recognisedBy: 'pattern' },
  'openapi-error': { rootScore: 85, echo: false, namesCause: true, indirect: false, daemonSide: false, foreign: false, wrapper: false, recognisedBy: 'pattern' },
  condition: { rootScore: 60, echo: true, namesCause: false, indirect: false, daemonSide: false, foreign: false, wrapper: false, recognisedBy: 'pattern' },
  event: { rootScore: 55, echo: true, namesCause: false, indirect: false, daemonSide: false, foreign: false, wrapper: false, recognisedBy: 'reason' },
  'cni-error': { rootScore: 50, echo: true, namesCause: false, indirect: true, daemonSide: false, foreign: false, wrapper: false, recognisedBy: 'pattern' },
  'kubelet-error': { rootScore: 40, echo: true, namesCause: false, indirect: true, daemonSide: false, foreign: false, wrapper: true, recognisedBy: 'pattern' },
  // kubelet saying why one of Terway's own pods cannot run (a missing ConfigMap, an image it cannot
  // pull, the memory limit): the component is down for a named reason, like a fatal of its own
  'terway-pod-error': { rootScore: 92, echo: false, namesCause: true, indirect: false, daemonSide: true, foreign: false, wrapper: false, recognisedBy: 'pattern' },
  unrecognised: { rootScore: 5, echo: false, namesCause: false, indirect: false, daemonSide: false, foreign: false, wrapper: false, recognisedBy: 'level' },
  'foreign-cni': { rootScore: 10, echo: false, namesCause: false, indirect: false, daemonSide: false, foreign: true, wrapper: false, recognisedBy: 'pattern' },
};

/** `KIND_TRAITS[kind].rootScore`, for the reference search's ranking */
export const KIND_ROOT_SCORE: Readonly<Record<EntryKind, number>> = Object.fromEntries(
  ENTRY_KINDS.map((k) => [k, KIND_TRAITS[k].rootScore]),
) as Record<EntryKind, number>;

/** `unknown`: an error line no entry explains and whose words name no cause either */
export type Category =
  'configuration' | 'resource-exhaustion' | 'environment' | 'terway-bug' | 'informational' | 'unknown';
export const CATEGORIES: readonly Category[] = [
  'configuration',
  'resource-exhaustion',
  'environment',
  'terway-bug',
  'informational',
  'unknown',
];
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export type SopStep = 1 | 2 | 3 | 4 | 5;

/** Object kinds a Terway event lands on. */
export type EventObject = 'Pod' | 'Node' | 'NodeCR' | 'PodENI' | 'PodNetworking' | 'NetworkInterface';
export const EVENT_OBJECTS: readonly EventObject[] = [
  'Pod',
  'Node',
  'NodeCR',
  'PodENI',
  'PodNetworking',
  'NetworkInterface',
];

/**
 * Named capture groups a pattern may use. The first ten are the values fixes refer to; the rest
 * identify what a message is about (a task name, a webhook, an annotation…).
 */
export const CAPTURE_NAMES: readonly string[] = [
  'vsw',
  'zone',
  'eni',
  'instance',
  'pod',
  'namespace',
  'node',
  'requestId',
  'code',
  'ip',
  'type',
  'trunk',
  'task',
  'webhook',
  'sandbox',
  'controller',
  'annotation',
  'resource',
  'verb',
  'serviceAccount',
  'phase',
  'status',
  'cidr',
  'path',
  'value',
  'count',
  'detail',
];

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
  /**
   * literal(s) one of which every matching line contains (lower-case when flags has `i`): the
   * prefilter. Empty only for the catch-all variant of an event entry (events are found by reason).
   */
  literals: string[];
  /**
   * exact signal as Terway spells it, when it differs from the entry's (e.g. an OpenAPI code).
   * Not used on event entries: an event's signal is its reason; the cause inside the message is
   * identified by the variant (id, category) and by the line-level entries the message also hits.
   */
  signal?: string;
  /** overrides the entry category for this message variant */
  category?: Category;
  severity?: Severity;
  /**
   * The variant recognises only the wrapper another component puts around an inner error
   * (kubelet's `FailedCreatePodSandBox … failed (add): …`, the CNI's `failed to do add; …`). Lines it
   * matches usually also match the entry for the inner error, which should be ranked first.
   */
  envelope?: boolean;
  /**
   * The message names a failure but not its cause (a bare gRPC status such as `cmdAdd: error alloc
   * ip rpc error: code = DeadlineExceeded`): the cause is in a component's log (SOP step 5). The
   * engine does not turn such a variant into a verdict; it asks for that log instead. An event's
   * catch-all variant is opaque by definition and needs no flag.
   */
  opaque?: boolean;
  /**
   * Other programs write this text too (a Go runtime panic, a veth name clash any CNI can hit): the
   * line says what happened, not who said it, so its producer comes from provenance, not from the
   * entry's component.
   */
  shared?: boolean;
  /** set by the compiler: the variant matches any message (an event's last variant) */
  catchAll?: boolean;
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
  /**
   * non-event entries: the Kubernetes event reasons whose messages typically carry this text
   * (e.g. `FailedCreatePodSandBox`). Informational; matching of these kinds is by line pattern.
   */
  eventReasons?: string[];
  /** terway-daemon | cni-via-daemon | terway-controlplane/<controller> | terway-init | policy | kubelet | containerd | ... */
  component: string;
  aliases: Alias[];
  versions: { first?: string; last?: string };
  /** the exact signal as Terway spells it (reason, error string, OpenAPI code) */
  signal: string;
  /** tried in order; the first variant that matches wins, so specific variants come first */
  match: MatchVariant[];
  category: Category;
  severity: Severity;
  sopStep: SopStep;
  explanation: string;
  fix: string;
  /** commands with placeholders {namespace} {pod} {node} {terwayPod} {vsw} {eni} ... */
  nextChecks: { command: string; why: string }[];
  /** entries worth reading next (the reference shows them); never used to reason */
  seeAlso: string[];
  /** entries whose signals this entry's problem causes: the reasoning files them as its consequences */
  explains: string[];
  /** `path:line@tag` in AliyunContainerService/terway (or `owner/repo:path[:line]@ref`, or a URL, for other projects) */
  source: string[];
  /** every variant is `shared` (see MatchVariant.shared) */
  shared?: boolean;
  /** what an inspect-terway-*.sh script prints when it reads this problem from the cluster */
  inspect?: InspectReading;
  /** words users type for it in another language, from that language's overlay (the search reads them) */
  keywords?: string[];
}

/** Readings of an inspect script that show an entry's problem, without a log line of it. */
export interface InspectReading {
  script: 'cluster' | 'node' | 'pod';
  /** any of these sets of `section.key: value` readings, each read in full, shows it */
  when: Record<string, string>[];
  /** the printed lines that show it, tried in order (`eni_conf:`), for the evidence */
  lines: string[];
  /** the reading that names the detail */
  detail?: string;
}

/**
 * Which public Terway tags have a known bug and which fix it, per release line (the data
 * `knownBugVerdict` in src/engine/version.ts judges a version by).
 */
export interface KnownBugVersions {
  /** the first and the last public tag that have the bug */
  affected: { first: string; last: string };
  /**
   * per release line that got the fix: its first public tag with the fix, and the public tag
   * right before it on that line (absent when the fix opened the line)
   */
  fixedIn: { tag: string; lastAffected?: string }[];
}

/** A bug fixed in Terway's history, from catalog/known-bugs.yaml. */
export interface KnownBug extends KnownBugVersions {
  /** stable, URL-safe */
  id: string;
  title: string;
  /** the catalog entry whose signal the bug shows as; absent only on reference-only bugs */
  symptom?: string;
  /** narrower than the symptom entry: a line that shows this bug matches it (linear-time, with literals) */
  pattern?: string;
  flags?: '' | 'i';
  literals?: string[];
  /** the bug has no string of its own: listed for reference, never matched */
  referenceOnly?: boolean;
  /** what went wrong, in terms of the code */
  problem: string;
  /** what to do on an affected version short of upgrading */
  workaround: string;
  fix: {
    /** the fixing commit and its backports (8 hex) */
    commits: string[];
    /** the pull requests that merged them */
    prs: number[];
    /** `path:line@tag` of the fix in Terway */
    source: string[];
  };
  /** lines as users paste them that show the bug; each is recognised by the symptom entry and the pattern */
  examples: string[];
}

/**
 * Whose a producer is: Terway's own component (its lines are Terway evidence), the platform in front
 * of every CNI (kubelet, the runtime, the cloud SDKs: they neither prove nor rule out Terway), or
 * another program (its failure, when it explains the paste, means Terway is not involved).
 */
export type ProducerOwner = 'terway' | 'platform' | 'foreign';
export const PRODUCER_OWNERS: readonly ProducerOwner[] = ['terway', 'platform', 'foreign'];

/**
 * How far a fingerprint's line speaks: `stream` names the producer of its whole document (a banner,
 * a stack frame, a container header), `line` only of itself, `mention` names a Terway component
 * without being written by it (`plugin type="terway"`): Terway evidence, no attribution.
 */
export type FingerprintScope = 'stream' | 'line' | 'mention';
export const FINGERPRINT_SCOPES: readonly FingerprintScope[] = ['stream', 'line', 'mention'];

export interface Fingerprint {
  id: string;
  scope: FingerprintScope;
  pattern: string;
  flags?: '' | 'i';
  literals: string[];
  /** lines as pasted; each must match */
  examples: string[];
}

/** A pod name prefix and container whose logs this producer writes; `default` when `kubectl logs` without -c shows it. */
export interface Workload {
  pod: string;
  container?: string;
  default?: boolean;
}

/** `terway-controlplane/*` covers `terway-controlplane` and every `terway-controlplane/<controller>` */
export function componentMatches(pattern: string, component: string): boolean {
  if (pattern.endsWith('/*')) {
    const base = pattern.slice(0, -2);
    return component === base || component.startsWith(`${base}/`);
  }
  return pattern === component;
}

/** A component whose lines turn up in pastes, and how to recognise them (catalog/producers.yaml). */
export interface Producer {
  id: string;
  name: string;
  owner: ProducerOwner;
  title: string;
  /** catalog entry components this producer writes (`terway-controlplane/*` covers the sub-components) */
  components: string[];
  workloads: Workload[];
  /** event `From` / source / reportingController values (prefixes) */
  eventSources: string[];
  /** kinds of pasted document this producer writes, whoever prints them (`describe-podeni`: the controlplane) */
  documentKinds: DocumentKind[];
  fingerprints: Fingerprint[];
  /** the Terway component this ambiguous producer is when the paste shows Terway elsewhere */
  inTerway?: string;
  /** its signals are written by many programs: it says what was said, never who said it */
  shared?: boolean;
  explanation: string;
  nextChecks: { command: string; why: string }[];
}

/** Words inside a wrapped error that name its cause (catalog/causes.yaml). */
export interface InnerCause {
  id: string;
  category: Exclude<Category, 'informational' | 'unknown' | 'terway-bug'>;
  title: string;
  pattern: string;
  flags?: '' | 'i';
  literals: string[];
  examples: string[];
}

/** What an SOP step asks the engineer to paste when the paste cannot settle it (catalog/sop.yaml). */
export interface SopAsk {
  id: string;
  step: SopStep;
  what: string;
  command: string;
  why: string;
}

/** The SOP as data: its steps' titles in order, and what they ask for. */
export interface Sop {
  steps: { step: SopStep; title: string }[];
  asks: SopAsk[];
}

export interface Catalog {
  version: string;
  entries: CatalogEntry[];
  knownBugs: KnownBug[];
  producers: Producer[];
  causes: InnerCause[];
  sop: Sop;
}
