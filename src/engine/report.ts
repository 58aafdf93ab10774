// The report the engine produces. `toJsonContract` (src/engine/report-json.ts) turns it into the
// CLI's public JSON; the UI renders the richer object. Extend, never break.

import type { Category as EntryCategory, Severity } from './catalog/types';
import type { DocumentKind, LineRange } from './records';
import type { VersionRange } from './version';

export type VerdictCategory =
  'configuration' | 'resource-exhaustion' | 'environment' | 'terway-bug' | 'none' | 'unknown';
export type Confidence = 'high' | 'medium' | 'low';
export type TerwayInvolvement = 'involved' | 'not-involved' | 'unknown';
export type IpamMode = 'crd' | 'default' | 'unknown';
export type StepStatus = 'ok' | 'problem' | 'missing' | 'n/a';

export interface Evidence {
  /** 1-based line in the input (concatenated inputs for the CLI) */
  line: number;
  text: string;
  /** the whole record the line belongs to, when longer than one line */
  lines?: LineRange;
}

export interface Finding {
  /** catalog entry id */
  id: string;
  title: string;
  /** the exact Terway reason, error string or OpenAPI code as Terway spells it */
  signal: string;
  /** `signal` with its format holes (%s, %v, %w…) filled from the first evidence line, when it has holes */
  signalText?: string;
  kind: string;
  category: EntryCategory;
  severity: Severity;
  sopStep: 1 | 2 | 3 | 4 | 5;
  /** total occurrences, including `(xN over M)` counts */
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  /** values captured by the pattern: vsw, zone, eni, instance, requestId, pod, node, code… */
  captures: Record<string, string>;
  /** where the signal came from: event on Pod x, log of terway, kubelet line… */
  origin: string;
  /** legacy name seen and the version hint it gives */
  legacy?: { name: string; hint: string };
  explanation: string;
  fix: string;
  /** a few sample evidence lines (bounded); `evidenceTotal` counts them all */
  evidence: Evidence[];
  evidenceTotal: number;
  /** true when a root-cause finding explains this one */
  symptomOf?: string;
  /** who wrote the signal (catalog/producers.yaml id: terwayd, kubelet, cilium, ccm…); absent when the paste does not say */
  producer?: string;
  /** known bugs of Terway that show as this finding, judged on the version the paste shows */
  knownBugs?: KnownBugMatch[];
  /** the objects its events concern (bounded), each with its node when the paste names it */
  objects?: FindingObject[];
  /** distinct objects seen, also those beyond `objects` (counted up to 5,000) */
  objectsTotal?: number;
}

/** An object a finding's events concern, and the first line that shows it. */
export interface FindingObject {
  kind?: string;
  namespace?: string;
  name: string;
  /** the node a pod runs on (describe, `get pods -o wide`, the scheduler's event, the kubelet's host) */
  node?: string;
  line: number;
}

/**
 * How a timeline entry's time is known. absolute: a full date as printed; year-inferred: a year-less
 * klog or journald stamp given the year of another time in the paste; no-year: one without any;
 * anchored: a kubectl age subtracted from the anchor, printed to the age's own unit; relative: an age
 * with nothing to anchor it, ordered among the other ages only.
 */
export type TimeKind = 'absolute' | 'year-inferred' | 'no-year' | 'anchored' | 'relative';

/** One thing that happened: an event, or a log line with a time (matched, failing or warning). */
export interface TimelineEntry {
  /** the time: ISO 8601 (reduced precision for an anchored age), `MM-DDThh:mm:ss` without a year, or the age */
  at: string;
  atKind: TimeKind;
  /** the time as the paste printed it (an age such as `5m41s`, or a stamp) */
  printed: string;
  /** who said it: the event's source (`kubelet`, `terway-daemon`), the log's component, or `event` / `log` */
  source: string;
  line: number;
  /** the finding it belongs to (its catalog id) */
  findingId?: string;
  kind: 'event' | 'log';
  /** Warning / Normal for an event, the log level for a line */
  level?: string;
  /** the event's reason and message, or the log line (clipped) */
  text: string;
  /** the object an event concerns (`ns/name`), or the pod of a `kubectl logs --prefix` line */
  object?: string;
  node?: string;
  /** how often the event happened (`x2`) */
  count?: number;
  /** the first appearance of the root cause */
  rootCause?: true;
}

/** Where relative ages were anchored: the latest full time in the paste, or the time the user says they pasted. */
export interface TimelineAnchor {
  at: string;
  source: 'paste' | 'user';
  /** the line of the paste's latest time */
  line?: number;
}

/** A cause and the objects it hit, grouped by namespace, node, zone and vSwitch. */
export interface CauseGroup {
  findingId: string;
  title: string;
  rootCause?: true;
  /** distinct objects (counted up to 5,000) and pods among those kept */
  objects: number;
  pods: number;
  namespaces: GroupCell[];
  nodes: GroupCell[];
  zones: GroupCell[];
  vSwitches: GroupCell[];
}

/** One value of a group's column: how many of the group's objects have it, and the first line showing it. */
export interface GroupCell {
  value: string;
  objects: number;
  line: number;
}

/** The lines the engine used, as [start, end, code] triples over 1-based lines; `codes[code]` says what. */
export interface LineMarks {
  ranges: number[];
  codes: LineMarkCode[];
  /** 1 when exact; on inputs with more marked runs than are kept, a range may bridge up to gap − 1 unmarked lines */
  gap: number;
}

export interface LineMarkCode {
  /** root: the root cause; symptom: explained by it; finding: any other finding; unexplained: an error or warning no entry knows */
  kind: 'root' | 'symptom' | 'finding' | 'unexplained';
  findingId?: string;
  title: string;
}

/** Which Terway component a version belongs to. */
export type TerwayComponent = 'daemon' | 'controlplane';

/** A Terway version the paste shows, and where. */
export interface TerwayVersionFact {
  /** as the paste spells it (`v1.17.5`, `v1.8.14.1-a6f4b5c-aliyun`); for a range its span (`v1.3.0–v1.17.1`, `> v1.17.1`) */
  value: string;
  /** the line that shows it */
  line: number;
  /** absent when the paste does not say whose version it is (an event name's range) */
  component?: TerwayComponent;
  /** an image tag, a start-up banner, the inspect script, or an event name only some versions use */
  source: 'image' | 'banner' | 'inspect' | 'event-name';
  /** set when only a range is known */
  range?: VersionRange;
}

/** A known bug (catalog/known-bugs.yaml) whose symptom a finding shows, judged on the pasted version. */
export interface KnownBugMatch {
  /** the bug's id in known-bugs.yaml */
  id: string;
  title: string;
  /**
   * affected: the version has the bug; fixed: it has the fix; unknown: the paste cannot tell (no version, a span
   * with releases on both sides of the fix, a build before its line's fix, a version older than the bug)
   */
  verdict: 'affected' | 'fixed' | 'unknown';
  /** the first and last public release with the bug */
  affected: { first: string; last: string };
  /** the first fixed release of each release line that got the fix */
  fixedIn: string[];
  /** the version judged; absent when the paste shows none */
  version?: TerwayVersionFact;
  /** the release that brings the fix to that version */
  upgradeTo?: string;
  /** one sentence saying what this means for the pasted version */
  summary: string;
}

/** A line that shows Terway is in the paste, and why it does. */
export interface TerwayEvidenceLine {
  line: number;
  text: string;
  why: string;
}

export interface ChecklistItem {
  step: string; // '1 Terway component health' ...
  sopStep: 1 | 2 | 3 | 4 | 5;
  status: StepStatus;
  note: string;
}

export interface NextStep {
  command: string;
  why: string;
  /** why a placeholder stayed although the paste named a value: it was not a valid name for it */
  unfilled?: string[];
}

export interface PasteNext {
  what: string;
  command: string;
  why: string;
  unfilled?: string[];
}

/** Something the paste established that matters for the diagnosis (version, ENI mode, config source…). */
export interface Fact {
  label: string;
  value: string;
  note?: string;
  line?: number;
}

export interface Verdict {
  category: VerdictCategory;
  confidence: Confidence;
  summary: string;
  /** id of the finding judged to be the root cause */
  rootCause?: string;
}

export interface ReportDocument {
  kind: DocumentKind;
  startLine: number;
  endLine: number;
  /** who wrote it (the command that printed it, a banner, a stack), when the paste says */
  producer?: string;
  command?: string;
  title?: string;
  /** set when the document passed the size limit of one structured document */
  capped?: DocumentCap;
}

/** A YAML or JSON document larger than the parser buffers: part of it was read as plain text. */
export interface DocumentCap {
  format: 'yaml' | 'json';
  /** the limit (characters; about bytes for kubectl output) */
  limit: number;
  /** lines read as plain text because of it: signals matched line by line, without event counts or objects */
  textStartLine: number;
  textEndLine: number;
  message: string;
}

/** Why an input, or the rest of it, was not analysed as text. */
export interface InputSkip {
  /**
   * binary: an archive, a compressed or other binary file (never read as text); unreadable: reading it
   * failed; gzip-broken: its gzip data ends early or is damaged; empty: no text, or only whitespace.
   * The lines read before an unreadable or gzip-broken input failed (startLine..endLine) were analysed.
   */
  reason: 'binary' | 'unreadable' | 'gzip-broken' | 'empty';
  /** binary only: zip, tar, tar+gzip, zstd, xz, bzip2, 7z, rar, lz4, compress, pdf, png, jpeg, gif, elf, pcap, pcapng, sqlite, unknown */
  format?: string;
  /** what happened and what to do, naming the input */
  message: string;
}

/** One pasted text or dropped file, as the engine saw it. */
export interface ReportInput {
  name: string;
  /** size as given (compressed for gzip) */
  bytes: number;
  startLine: number;
  endLine: number;
  kinds: DocumentKind[];
  /** the input was gzip data, decompressed while it was read */
  compression?: 'gzip';
  /** the decompressed size (gzip only) */
  textBytes?: number;
  skipped?: InputSkip;
}

export interface Report {
  /** how the engine numbered lines: input i occupies startLine..endLine */
  inputs: ReportInput[];
  terway: TerwayInvolvement;
  /** the lines that show Terway is in the paste; empty when nothing Terway wrote or names is there */
  terwayEvidence: TerwayEvidenceLine[];
  ipamMode: IpamMode;
  /** the line or fact that decided the IPAM mode, or what would settle it */
  ipamEvidence: string;
  verdict: Verdict;
  findings: Finding[];
  documents: ReportDocument[];
  checklist: ChecklistItem[];
  nextSteps: NextStep[];
  pasteNext: PasteNext[];
  /** names found in the paste and used to fill commands */
  context: {
    namespace?: string;
    pod?: string;
    node?: string;
    terwayPod?: string;
    terwayVersion?: string;
    controlplanePod?: string;
    /** the vSwitch and zone the root cause concerns, from its message, eni-config, the Node CR or node labels */
    vsw?: string;
    zone?: string;
  };
  /** configuration facts established from the paste */
  facts: Fact[];
  /** the Terway version the paste shows: the daemon's, else the controlplane's, else the range an event name implies */
  terwayVersion?: TerwayVersionFact;
  /** terway-controlplane's version, when the paste shows one that differs from the daemon's */
  controlplaneVersion?: TerwayVersionFact;
  /** what was read */
  stats: { lines: number; bytes: number; documents: number; events: number; logLines: number; objects: number };
  /** secrets seen (never their values) */
  credentialWarnings: { line: number; key: string }[];
  /** what happened in order (bounded: `timelineTotal` counts every timed line and event) */
  timeline: TimelineEntry[];
  timelineTotal: number;
  timelineAnchor?: TimelineAnchor;
  /** each finding seen on several objects, grouped by namespace, node, zone and vSwitch */
  groups: CauseGroup[];
  /** the input lines each finding used, for the editor's gutter */
  lineMarks: LineMarks;
}
