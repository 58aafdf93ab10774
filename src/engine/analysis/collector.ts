// The back half's RecordSink: matches every line and record against the compiled catalog as the
// front half produces them, keeping only bounded state (aggregated groups, small collections).
// Line hits wait briefly in `pending` so that an event or log record covering those lines can
// claim them and add its context (object, count, time); unclaimed hits count as plain lines.
import type {
  ScanFirst,
  ConfigRecord,
  DescribedObject,
  EventRecord,
  InputDocument,
  InspectRecord,
  LineRange,
  LogRecord,
  PodRow,
  RecordSink,
} from '../records';
import type { CompiledCatalog, Mark, VariantHit } from '../match/compiled-catalog';
import type { ScanLiteral } from '../match/literal-scanner';
import { Aggregator, type Occurrence, type Origin } from '../match/aggregate';
import { MarkRanges, type MarkRange } from './mark-ranges';
import { lineProducer } from '../provenance/line-producer';
import {
  ERROR_MARK_LITERALS,
  errorMarkAt,
  errorMarkAtStart,
  FAILING_LEVELS,
  goCrashAt,
  MAX_TEMPLATES,
  messageTemplate,
  STOPPING_LEVELS,
} from './unrecognised';
import { namesFromCommand, withPromptObject, type CommandNames } from './command-names';
import { inspectOccurrences } from './inspect-findings';
import { CREDENTIAL_LITERALS, noteConfigCredentials, noteCredentials } from './credentials';
import { VERSION_LITERALS } from './version-sightings';
import { detached } from '../text/detached';
import { TimelineRecorder, type Recorded } from './timeline-recorder';

interface PendingLine {
  text: string;
  hits: VariantHit[];
  /** the producer the line itself names (a `line` fingerprint) */
  producer?: string;
}

/** a line with an error mark and no hit: unrecognised unless a log record with a level claims it */
interface PendingError {
  text: string;
  producer?: string;
}

/** lines a record may trail behind the text it covers before its hits are settled as plain lines */
const CLAIM_WINDOW = 50_000;
const RECENT = 4096;
const MAX_ROWS = 5000;
const MAX_OBJECTS = 500;
const MAX_DOCUMENTS = 10_000;
const MAX_LOG_SOURCES = 50;

/** notePluginType's literal */
const PLUGIN_TYPE_LITERAL = 'plugin type=';

/**
 * Besides the catalog's: the literals of every check line() makes and of the version sightings analyze()
 * taps every line for (analysis/line-tap.ts), so a line without any is quiet.
 */
const GATE_LITERALS: readonly ScanLiteral[] = [
  ...ERROR_MARK_LITERALS,
  ...CREDENTIAL_LITERALS,
  { text: PLUGIN_TYPE_LITERAL, ignoreCase: false },
  ...VERSION_LITERALS,
];

/** What a collector for `catalog` scans each chunk for (ScanFirst.literals): the same array every time. */
export function scanLiteralsOf(catalog: CompiledCatalog): readonly ScanLiteral[] {
  return catalog.scanLiterals(GATE_LITERALS);
}

export interface Collected {
  groups: ReturnType<Aggregator['all']>;
  documents: InputDocument[];
  pods: PodRow[];
  objects: DescribedObject[];
  configs: ConfigRecord[];
  inspects: InspectRecord[];
  /** every event seen (bounded), for reasoning about reasons the catalog does not know */
  events: EventRecord[];
  /** kubelet/runtime hints that name another CNI plugin type, e.g. plugin type="calico" */
  pluginTypes: Map<string, number>;
  stats: { lines: number; events: number; logLines: number; objects: number; documents: number };
  credentialLines: { line: number; key: string }[];
  /**
   * pods whose logs are in the paste (`kubectl logs <pod>` prompts, `--prefix` lines), first line of
   * each; `signal` when a catalog signal was found in that pod's lines
   */
  logSources: { pod: string; container?: string; line: number; signal?: boolean }[];
  /** where producers' fingerprints were seen (catalog/producers.yaml), as line ranges */
  marks: MarkRange[];
  /** what the timeline, the gutter marks and the grouping by object need (analysis/timeline-recorder.ts) */
  recorded?: Recorded;
}

/** What a collector holds before the first line: nothing seen, nothing counted. */
export function emptyCollected(): Collected {
  return {
    groups: [],
    documents: [],
    pods: [],
    objects: [],
    configs: [],
    inspects: [],
    events: [],
    pluginTypes: new Map(),
    stats: { lines: 0, events: 0, logLines: 0, objects: 0, documents: 0 },
    credentialLines: [],
    logSources: [],
    marks: [],
  };
}

export class Collector implements RecordSink {
  private readonly agg = new Aggregator();
  private readonly pending = new Map<number, PendingLine>();
  private readonly pendingErrors = new Map<number, PendingError>();
  private readonly recent: string[] = new Array(RECENT);
  private readonly recentNo = new Int32Array(RECENT).fill(-1);
  private readonly seenEventStarts = new Set<number>();
  private offset = 0;
  private maxLine = 0;
  readonly out: Collected = emptyCollected();
  private readonly marks = new MarkRanges();
  private readonly recorder = new TimelineRecorder();
  /** recent Go crash lines already reported as unrecognised, so their log record does not repeat them */
  private readonly crashLines = new Set<number>();
  /** recent lines whose own fingerprint names their producer, for the records that cover them */
  private readonly lineProducers = new Map<number, string>();
  private readonly templates = new Set<string>();
  private readonly logSourceKeys = new Set<string>();
  /** names from the prompt line above the document being read; the prompt is emitted before its output */
  private prompt: { names: CommandNames; line: number } | undefined;

  /** scan first: lines without a literal of the catalog or of look()'s checks are quiet */
  readonly scanFirst: ScanFirst | undefined;

  /** `scanFirst: false` looks at every line in full (the same result, slower: for tests and benchmarks) */
  constructor(
    private readonly catalog: CompiledCatalog,
    { scanFirst = true }: { scanFirst?: boolean } = {},
  ) {
    if (!scanFirst) return;
    this.scanFirst = {
      literals: scanLiteralsOf(catalog),
      skimmed: (lineNo) => this.every1024(this.arrive(lineNo)),
      // one quiet line at info level: nothing on it to claim, nothing failing, nothing for the timeline
      quietLog: () => void this.out.stats.logLines++,
    };
  }

  /** Lines of the next input are numbered after everything read so far. */
  startInput(): number {
    this.offset = this.maxLine;
    return this.offset + 1;
  }

  get linesSoFar(): number {
    return this.maxLine;
  }

  get findingsSoFar(): number {
    return this.agg.size;
  }

  line(lineNo: number, line: string, quiet = false): void {
    const text = detached(line);
    const n = this.arrive(lineNo);
    const slot = n % RECENT;
    this.recent[slot] = text;
    this.recentNo[slot] = n;
    // a quiet line holds no literal of the catalog or of the checks in look(): only its start can matter
    if (!quiet || errorMarkAtStart(text)) this.look(n, text);
    this.every1024(n);
  }

  /** A line's number over all inputs, counted. */
  private arrive(lineNo: number): number {
    const n = lineNo + this.offset;
    if (n > this.maxLine) this.maxLine = n;
    this.out.stats.lines++;
    return n;
  }

  /** Every 1024 lines: hits no record claimed in the window become plain-line hits; old notes go. */
  private every1024(n: number): void {
    if (n % 1024 !== 0) return;
    this.settle(n - CLAIM_WINDOW);
    forgetBefore(this.crashLines, n - RECENT);
    forgetBefore(this.lineProducers, n - RECENT);
  }

  /** Matches a line against the catalog and the checks for unrecognised errors, plugin types and credentials. */
  private look(n: number, text: string): void {
    const { hits, marks } = this.catalog.scanLine(text);
    const producer = marks.length > 0 ? this.noteMarks(n, text, marks) : undefined;
    if (producer) this.lineProducers.set(n, producer);
    if (hits.length > 0) this.pending.set(n, { text, hits, ...(producer ? { producer } : {}) });
    else if (goCrashAt(text)) {
      this.crashLines.add(n);
      this.unrecognised('unrecognised-fatal-line', n, text, text, { kind: 'line' }, undefined, producer);
    } else if (errorMarkAt(text)) this.pendingErrors.set(n, { text, ...(producer ? { producer } : {}) });
    notePluginType(text, this.out.pluginTypes);
    noteCredentials(this.out.credentialLines, n, text);
  }

  document(doc: InputDocument): void {
    this.out.stats.documents++;
    const lines = this.shift(doc.lines);
    if (this.out.documents.length < MAX_DOCUMENTS) this.out.documents.push({ ...doc, lines });
    if (doc.kind !== 'prompt') {
      // a prompt speaks for the one output under it (documents arrive after their records)
      this.prompt = undefined;
      return;
    }
    const names = doc.command ? namesFromCommand(doc.command) : {};
    this.prompt = { names, line: lines.start };
    if (names.verb === 'logs' && names.kind === 'Pod' && names.name)
      this.noteLogSource(names.name, names.container, lines.start);
  }

  event(record: EventRecord): void {
    const ev = this.prompt ? withPromptObject(record, this.prompt.names) : record;
    const lines = this.shift(ev.lines);
    if (this.seenEventStarts.has(lines.start)) return;
    this.seenEventStarts.add(lines.start);
    this.out.stats.events++;
    if (this.out.events.length < MAX_ROWS) this.out.events.push({ ...ev, lines });
    const text = this.textOf(lines.start) ?? `${ev.type} ${ev.reason} ${ev.message}`;
    const origin: Origin = {
      kind: 'event',
      reason: ev.reason,
      type: ev.type,
      ...(ev.object ? { object: ev.object } : {}),
      ...((ev.source ?? ev.reportingController) ? { source: ev.source ?? ev.reportingController } : {}),
    };
    const time = ev.lastTimestamp ?? ev.firstTimestamp;
    // the producer the event's line names (a CNI inside kubelet's message), for attribution to weigh
    const producer = this.lineProducers.get(lines.start);
    const base = {
      count: Math.max(1, ev.count),
      line: lines.start,
      text,
      origin,
      ...(time ? { time } : {}),
      ...(producer ? { producer } : {}),
    };
    const r = this.catalog.reason(ev.reason);
    if (r) {
      const v = this.catalog.eventVariant(r.entry, ev.message);
      this.add({
        ...base,
        entry: r.entry,
        ...(v ? { variant: v.compiled.variant } : {}),
        captures: v?.captures ?? {},
        ...(r.alias ? { alias: r.alias } : {}),
      });
    }
    // line-level entries inside the message (OpenAPI codes, CNI and kubelet errors); the event speaks
    // for its lines' error marks
    this.claim(lines);
    for (let n = lines.start; n <= lines.end && this.pendingErrors.size > 0; n++) this.pendingErrors.delete(n);
    const inner = firstPerEntry(this.catalog.matchLine(ev.message));
    for (const hit of inner) {
      this.add({ ...base, entry: hit.compiled.entry, variant: hit.compiled.variant, captures: hit.captures });
    }
    // a Warning nothing here knows is a finding of its own, attributed to the event's source
    if (!r && inner.length === 0 && ev.type === 'Warning')
      this.unrecognised(
        'unrecognised-warning-event',
        lines.start,
        text,
        `${ev.reason}: ${ev.message}`,
        origin,
        time,
        producer,
      );
  }

  log(rec: LogRecord): void {
    this.out.stats.logLines++;
    if (rec.pod !== undefined) this.noteLogSource(rec.pod, rec.container, rec.lines.start + this.offset);
    const failing = rec.level !== undefined && FAILING_LEVELS.has(rec.level);
    if (rec.level === 'warning') this.warningLine(rec);
    // the common case on big logs: nothing matched, nothing to claim, nothing failing
    if (this.pending.size === 0 && this.pendingErrors.size === 0 && !failing) return;
    const lines = this.shift(rec.lines);
    // a record with a level speaks for its lines' error marks: at error level below, else not an error
    if (this.pendingErrors.size > 0 && rec.level !== undefined)
      for (let n = lines.start; n <= lines.end; n++) this.pendingErrors.delete(n);
    const origin: Origin = {
      kind: 'log',
      ...(rec.component ? { component: rec.component } : {}),
      ...(rec.level ? { level: rec.level } : {}),
    };
    // `kubectl logs --prefix` names the pod and container of each line
    const workload = rec.pod !== undefined ? this.catalog.producers.ofWorkload(rec.pod, rec.container)?.id : undefined;
    const claimed = this.claim(lines);
    for (const [n, p] of claimed) this.addHits(n, p, origin, rec.time, p.producer ?? workload);
    if (claimed.length > 0 && rec.pod !== undefined) {
      const source = this.out.logSources.find((x) => x.pod === rec.pod);
      if (source) source.signal = true;
    }
    if (failing && claimed.length === 0 && !this.crashLines.has(lines.start)) {
      const entry = STOPPING_LEVELS.has(rec.level!) ? 'unrecognised-fatal-line' : 'unrecognised-error-line';
      const text = this.textOf(lines.start) ?? rec.message;
      const producer = workload ?? this.lineProducers.get(lines.start);
      this.unrecognised(entry, lines.start, text, rec.message, origin, rec.time, producer);
    }
  }

  pod(row: PodRow): void {
    if (this.out.pods.length < MAX_ROWS) this.out.pods.push({ ...row, lines: this.shift(row.lines) });
  }

  object(obj: DescribedObject): void {
    this.out.stats.objects++;
    const lines = this.shift(obj.lines);
    if (this.out.objects.length < MAX_OBJECTS) this.out.objects.push({ ...obj, lines, events: [] });
    // events of a describe may or may not also arrive through event(); event() counts each once
    const self = { kind: obj.kind, name: obj.name, ...(obj.namespace ? { namespace: obj.namespace } : {}) };
    for (const e of obj.events) this.event({ ...e, object: e.object ?? self });
  }

  config(cfg: ConfigRecord): void {
    const lines = this.shift(cfg.lines);
    this.out.configs.push({ ...cfg, lines });
    noteConfigCredentials(this.out.credentialLines, lines, cfg.hasCredentials);
  }

  inspect(rec: InspectRecord): void {
    const shifted = { ...rec, lines: this.shift(rec.lines) };
    this.out.inspects.push(shifted);
    for (const o of inspectOccurrences(shifted, this.catalog, (n) => this.textOf(n))) this.add(o);
  }

  /** Settles every pending hit and returns what was collected. */
  finish(): Collected {
    this.settle(Number.MAX_SAFE_INTEGER);
    this.out.groups = this.agg.all();
    this.out.marks = this.marks.all();
    this.out.recorded = this.recorder.finish();
    return this.out;
  }

  /** Every occurrence goes to its finding's group and to the timeline recorder. */
  private add(o: Occurrence): void {
    this.agg.add(o);
    this.recorder.occurrence(o);
  }

  /** Records the line's fingerprints; returns the producer the line itself names, if any. */
  private noteMarks(n: number, text: string, marks: readonly Mark[]): string | undefined {
    for (const m of marks) this.marks.add(n, text, m);
    return lineProducer(marks);
  }

  /** An error line or Warning no entry explains: one group per message template (bounded). */
  private unrecognised(
    id: string,
    line: number,
    text: string,
    message: string,
    origin: Origin,
    time?: string,
    producer?: string,
  ): void {
    const entry = this.catalog.byId.get(id);
    if (!entry) return;
    let template = messageTemplate(message);
    if (!this.templates.has(template)) {
      if (this.templates.size >= MAX_TEMPLATES) template = '*';
      else this.templates.add(template);
    }
    this.add({
      entry,
      captures: { detail: message.replace(/\s+/g, ' ').trim().slice(0, 300) },
      count: 1,
      line,
      text,
      origin,
      identity: template,
      ...(time ? { time } : {}),
      ...(producer ? { producer } : {}),
    });
  }

  /** A warning log line without a catalog hit: the recorder marks it and puts it on the timeline. */
  private warningLine(rec: LogRecord): void {
    const n = rec.lines.start + this.offset;
    if (this.pending.has(n)) return;
    const text = this.textOf(n) ?? rec.message;
    this.recorder.warningLine(n, text, rec.time, rec.component, rec.pod);
  }

  /** called for every `--prefix` log line: a set lookup, not a scan of the sources */
  private noteLogSource(pod: string, container: string | undefined, line: number): void {
    const key = `${pod}/${container ?? ''}`;
    if (this.logSourceKeys.has(key) || this.out.logSources.length >= MAX_LOG_SOURCES) return;
    this.logSourceKeys.add(key);
    this.out.logSources.push({ pod, ...(container ? { container } : {}), line });
  }

  private addHits(n: number, p: PendingLine, origin: Origin, time?: string, producer = p.producer): void {
    for (const hit of firstPerEntry(p.hits)) {
      this.add({
        entry: hit.compiled.entry,
        variant: hit.compiled.variant,
        captures: hit.captures,
        count: 1,
        line: n,
        text: p.text,
        origin,
        ...(time ? { time } : {}),
        ...(producer ? { producer } : {}),
      });
    }
  }

  /** Removes and returns pending hits inside `lines` (already shifted). */
  private claim(lines: LineRange): [number, PendingLine][] {
    const out: [number, PendingLine][] = [];
    if (this.pending.size === 0) return out;
    if (lines.end - lines.start < this.pending.size) {
      for (let n = lines.start; n <= lines.end; n++) {
        const p = this.pending.get(n);
        if (p) {
          out.push([n, p]);
          this.pending.delete(n);
        }
      }
    } else {
      for (const [n, p] of this.pending) {
        if (n >= lines.start && n <= lines.end) {
          out.push([n, p]);
          this.pending.delete(n);
        }
      }
    }
    return out.sort((a, b) => a[0] - b[0]);
  }

  private settle(before: number): void {
    for (const [n, p] of this.pending) {
      if (n >= before) continue;
      this.pending.delete(n);
      this.addHits(n, p, { kind: 'line' });
    }
    for (const [n, e] of this.pendingErrors) {
      if (n >= before) continue;
      this.pendingErrors.delete(n);
      this.unrecognised('unrecognised-error-line', n, e.text, e.text, { kind: 'line' }, undefined, e.producer);
    }
  }

  private shift(r: LineRange): LineRange {
    return { start: r.start + this.offset, end: r.end + this.offset };
  }

  private textOf(n: number): string | undefined {
    const slot = n % RECENT;
    return this.recentNo[slot] === n ? this.recent[slot] : this.pending.get(n)?.text;
  }
}

/** One variant per entry and text: the catalog lists an entry's most specific variant first. */
function firstPerEntry(hits: VariantHit[]): VariantHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.compiled.entry.id) && seen.add(h.compiled.entry.id));
}

const PLUGIN_TYPE = /plugin type=\\*"([a-z0-9][\w.-]*)\\*"/i;

function notePluginType(text: string, into: Map<string, number>): void {
  if (!text.includes(PLUGIN_TYPE_LITERAL)) return;
  const m = PLUGIN_TYPE.exec(text);
  if (m) into.set(m[1]!.toLowerCase(), (into.get(m[1]!.toLowerCase()) ?? 0) + 1);
}

/** drops the entries of lines before `line` (keys are inserted in line order) */
function forgetBefore(lines: Set<number> | Map<number, unknown>, line: number): void {
  for (const n of lines.keys()) {
    if (n >= line) return;
    lines.delete(n);
  }
}
