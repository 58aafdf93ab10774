// Typed records produced by the front half (decode → split → parse) and consumed by the back half.
// Line numbers are 1-based and always refer to the user's original input lines.

export interface LineRange {
  /** first line, 1-based, inclusive */
  start: number;
  /** last line, 1-based, inclusive */
  end: number;
}

export type DocumentKind =
  | 'prompt' // a shell prompt line such as `$ kubectl describe pod x`
  | 'describe-pod'
  | 'describe-node'
  | 'describe-node-cr' // nodes.network.alibabacloud.com
  | 'describe-podeni'
  | 'describe-podnetworking'
  | 'describe-networkinterface'
  | 'describe-other'
  | 'get-events'
  | 'kubectl-events'
  | 'events-json'
  | 'events-yaml'
  | 'get-pods'
  | 'configmap'
  | 'inspect-cluster'
  | 'inspect-node'
  | 'inspect-pod'
  | 'log-klog'
  | 'log-terway-legacy' // Terway v1.3–v1.11 klog look-alike (logrus custom formatter)
  | 'log-logrus'
  | 'log-json'
  | 'log-controller-runtime'
  | 'log-journal'
  | 'log-felix'
  | 'text';

export interface InputDocument {
  kind: DocumentKind;
  lines: LineRange;
  /** the command that produced it, when a prompt line preceded it */
  command?: string;
  /** a short label, e.g. the object name of a describe */
  title?: string;
  /** the YAML or JSON document reached MAX_DOCUMENT_CHARS: the parser stopped buffering it, the rest is plain text */
  capped?: 'yaml' | 'json';
}

export interface ObjectRef {
  /** Kubernetes kind as written (`Pod`, `Node`, ...); for Terway CRs use `Node.network.alibabacloud.com` style when known */
  kind?: string;
  apiGroup?: string;
  name?: string;
  namespace?: string;
  fieldPath?: string;
}

/** One Kubernetes event from any layout (describe table, get events, kubectl events, JSON/YAML). */
export interface EventRecord {
  type: string; // Normal | Warning (anything kubectl printed)
  reason: string;
  message: string;
  /** describe `From` / get events SOURCE: component, or reportingController */
  source?: string;
  /** host part of legacy `kubelet, node-1` */
  sourceHost?: string;
  reportingController?: string;
  action?: string;
  object?: ObjectRef;
  related?: ObjectRef;
  /** count from `(xN over M)`, COUNT column, series.count, count; 1 when unknown */
  count: number;
  /** relative age text as printed (`5m`, `<unknown>`), when that is all we have */
  age?: string;
  firstSeenAge?: string;
  /** absolute ISO timestamps, when the input had them (JSON/YAML) */
  firstTimestamp?: string;
  lastTimestamp?: string;
  /** message was cut by kubectl (`...`) or the console (`…`) */
  truncated?: boolean;
  /** the message carried client-go's `(combined from similar events): ` prefix (removed from `message`) */
  combined?: boolean;
  lines: LineRange;
}

export type LogLevel = 'trace' | 'debug' | 'info' | 'warning' | 'error' | 'fatal' | 'panic';

export interface LogRecord {
  format: 'klog' | 'terway-legacy' | 'logrus' | 'json' | 'controller-runtime' | 'felix' | 'journal' | 'plain';
  /** ISO-ish time when the line has one (klog has no year: `MM-DDTHH:MM:SS.ffffff`) */
  time?: string;
  level?: LogLevel;
  /** e.g. `kubelet`, `containerd`, `terway`, logger name, `[pod/x/terway-init]` container */
  component?: string;
  /** `file.go:123` */
  caller?: string;
  pid?: number;
  /** pod of a `kubectl logs --prefix` line (`[pod/<pod>/<container>]`) */
  pod?: string;
  /** container from `--prefix`, `-c`, or kubectl's `Defaulted container "x"` line */
  container?: string;
  message: string;
  fields: Record<string, string>;
  lines: LineRange;
}

export interface PodRow {
  namespace?: string;
  name: string;
  ready?: string; // `1/2`
  status: string; // `Init:Error`, `CrashLoopBackOff`, ...
  restarts?: string;
  age?: string;
  ip?: string;
  node?: string;
  lines: LineRange;
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export interface ContainerState {
  name: string;
  init: boolean;
  state?: string; // Running | Waiting | Terminated
  reason?: string;
  message?: string;
  exitCode?: number;
  lastState?: string;
  lastReason?: string;
  lastExitCode?: number;
  lastMessage?: string;
  ready?: boolean;
  restartCount?: number;
  image?: string;
}

/** A `kubectl describe` object of any kind. */
export interface DescribedObject {
  kind: string; // Pod | Node | Node.network.alibabacloud.com | PodENI | PodNetworking | NetworkInterface | <Kind>
  apiVersion?: string;
  name: string;
  namespace?: string;
  /** top-level `Key: value` fields as printed (`Node`, `Status`, `IP`, ...) */
  fields: Record<string, string>;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  conditions: Condition[];
  containers: ContainerState[];
  /** the object's Events table; each of these is also passed to `RecordSink.event` (do not count them twice) */
  events: EventRecord[];
  lines: LineRange;
}

/** Terway settings from `eni-config` (ConfigMap YAML/JSON, embedded `eni_conf`) or a node-level terway-config. */
export interface ConfigRecord {
  name: string; // eni-config | terway-config name
  /**
   * flattened settings: ipam_type, vswitches, security_groups, enable_eni_trunking, ... Strings as they are
   * (`crd`), numbers, booleans, arrays and objects as JSON text (`5`, `true`, `{"cn-hangzhou-k":["vsw-1"]}`).
   * `10-terway.conf` keys are prefixed `cni.`; credential values are replaced by `****** (masked)`.
   */
  settings: Record<string, string>;
  /** `access_key`/`access_secret` present with a non-empty value */
  hasCredentials: boolean;
  lines: LineRange;
}

/** Output of one of the project's inspect-terway-*.sh scripts. */
export interface InspectRecord {
  script: 'cluster' | 'node' | 'pod';
  version: string;
  /** `section.key` → value as printed */
  values: Record<string, string>;
  lines: LineRange;
}

/** Visitor that receives records as they are parsed (one-shot and streaming share it). */
export interface RecordSink {
  document(doc: InputDocument): void;
  event(ev: EventRecord): void;
  log(rec: LogRecord): void;
  pod(row: PodRow): void;
  object(obj: DescribedObject): void;
  config(cfg: ConfigRecord): void;
  inspect(rec: InspectRecord): void;
  /**
   * every normalised input line, in order, so nothing is dropped from matching; `quiet` when it holds
   * none of `scanFirst.literals`
   */
  line(lineNo: number, text: string, quiet?: boolean): void;
  /** Optional: lets the parser scan each chunk first and leave the lines that hold nothing for the sink unparsed. */
  readonly scanFirst?: ScanFirst;
}

/** Scan first, parse only what matters: what a sink offers the parser to skip work on quiet lines. */
export interface ScanFirst {
  /**
   * The literals of everything the sink looks for on a line (4 characters or more; lower case when
   * `ignoreCase`, which ignores the case of ASCII letters). The parser scans each chunk for them first: a
   * line without any is quiet, and reaches `line` with `quiet` set, or `skimmed` in place of it.
   */
  readonly literals: readonly { text: string; ignoreCase: boolean }[];
  /**
   * a quiet line the parser did not cut out: it starts a one-line log record at info level,
   * without a pod or component, which nothing needs (its text is never asked for)
   */
  skimmed(lineNo: number): void;
  /** that record, left unbuilt, in place of `log` */
  quietLog(): void;
}

/** Everything the front half found in an input, collected. */
export interface ParsedInput {
  documents: InputDocument[];
  events: EventRecord[];
  logs: LogRecord[];
  pods: PodRow[];
  objects: DescribedObject[];
  configs: ConfigRecord[];
  inspects: InspectRecord[];
  lineCount: number;
}
