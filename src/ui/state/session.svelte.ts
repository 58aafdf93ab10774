// Everything the user gave us and what the engine said about it. App.svelte owns the one session of
// the page, so it outlives view components: switching to the reference view, re-analysing, cancelling or a
// worker crash never loses a paste. Components reach it through context (./context.ts), so a component
// test can pass a session of its own, with a stand-in for the worker. Nothing here is ever written to
// storage or to the URL.
import { proxy } from 'comlink';
import type { AnalyzeInput, Progress } from '../../worker/api';
import type { EngineHandle } from '../../worker/client';
import type { EngineStatus } from './engine.svelte';
import {
  stripAnsiText,
  trimEndMatching,
  withCatalogProse,
  type Catalog,
  type Report,
  type ReportInput,
} from '../../engine/index';
import { isLargePaste } from './large-paste';
import { language } from './language.svelte';
import type { MessageKey } from '../../engine/messages';

const PASTE_DEBOUNCE_MS = 300;
const TYPING_DEBOUNCE_MS = 800;
/** one drop or pick brings all its files in one event: nothing more is coming to wait for */
const FILES_DEBOUNCE_MS = 0;
/** Progress appears only for analyses that take longer than this (no flicker on small pastes). */
const PROGRESS_DELAY_MS = 150;

export interface Chip {
  id: number;
  name: string;
  size: number;
  blob: Blob;
  origin: 'file' | 'paste';
  /** a large paste keeps its text, so the viewer can show it */
  text?: string;
}

export type SourceRef = { type: 'text' } | { type: 'chip'; id: number; name: string };

export interface Failure {
  kind: 'worker' | 'analysis';
  message: string;
}

export interface EvidenceLocation {
  source: SourceRef;
  /** 1-based line within that input */
  localLine: number;
}

interface Snapshot {
  text: string;
  chips: Chip[];
}

/** A request to show an input line: scroll to it, highlight it, bring the signal into view. */
export interface HighlightRequest {
  line: number;
  /** re-triggers the same line */
  seq: number;
  /** text worth showing on that line, most specific first (the finding's signal, its captured values) */
  terms: readonly string[];
  /** id of the element that asked (an evidence line), for "back to the finding" */
  from?: string;
  /** the line is in this chip's text (a large paste), shown in the viewer rather than the editor */
  chip?: number;
}

/** The worker's owner, as the session uses it (./engine.svelte.ts). */
export interface EngineOwner {
  readonly status: EngineStatus;
  readonly error: string;
  get(): Promise<EngineHandle>;
  restart(): void;
}

/** Where the whole catalog comes from, for the full explanations and fixes (./catalog.svelte.ts). */
export interface CatalogSource {
  readonly catalog: Catalog | null;
  load(): Promise<void>;
}

/**
 * The engine's own failures (the worker client's error classes), told apart from the analysis failing. By
 * name: the session imports the worker client for its types only, so a component test needs no Worker.
 */
const WORKER_ERRORS = new Set(['WorkerStartError', 'WorkerLostError']);

export class Session {
  text = $state('');
  chips = $state.raw<Chip[]>([]);
  report = $state.raw<Report | null>(null);
  /** the inputs in the order the report numbers them */
  sources = $state.raw<SourceRef[]>([]);
  running = $state(false);
  progress = $state.raw<Progress | null>(null);
  showProgress = $state(false);
  failure = $state.raw<Failure | null>(null);
  /** a request to scroll the editor to a line and highlight it */
  highlight = $state.raw<HighlightRequest | null>(null);
  /** the large-paste chip open in the viewer */
  viewing = $state<number | null>(null);
  /** what "Try an example" or "Clear" replaced, so it can be restored */
  previous = $state.raw<Snapshot | null>(null);
  /** the example last loaded into the editor (its title and exact text) */
  sample = $state.raw<{ title: MessageKey; text: string } | null>(null);

  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;
  #pending = false;
  #chipSeq = 0;
  #pasteSeq = 0;
  #highlightSeq = 0;

  constructor(
    readonly engine: EngineOwner,
    private readonly catalogs: CatalogSource,
  ) {}

  get hasInput(): boolean {
    return this.text.trim().length > 0 || this.chips.length > 0;
  }

  /** The editor holds an example exactly as loaded: the user's own input replaces it instead of joining it. */
  get holdsSample(): boolean {
    return this.sample !== null && this.text === this.sample.text;
  }

  // ---- input ------------------------------------------------------------------------------------

  /** Text typed or pasted into the editor (the editor already holds it). */
  edited(text: string, how: 'paste' | 'typing') {
    this.text = text;
    this.schedule(how === 'paste' ? PASTE_DEBOUNCE_MS : TYPING_DEBOUNCE_MS);
  }

  /**
   * Text pasted anywhere: appended to the editor (replacing an untouched example), or a chip when it is large.
   * The editor shows it without terminal colours; a large paste goes to the worker as it is.
   */
  pasteText(text: string) {
    if (!text) return;
    this.#dropSample();
    if (isLargePaste(text, this.text)) {
      this.addLargePaste(text);
      return;
    }
    const shown = stripAnsiText(text);
    this.text = this.text.trim() ? `${trimEndMatching(this.text, /\n/)}\n${shown}` : shown;
    this.schedule(PASTE_DEBOUNCE_MS);
  }

  addLargePaste(text: string) {
    const blob = new Blob([text], { type: 'text/plain' });
    const n = ++this.#pasteSeq;
    this.#addChip({ name: n === 1 ? 'pasted text' : `pasted text ${n}`, size: blob.size, blob, origin: 'paste', text });
  }

  addFiles(files: Iterable<File>) {
    this.#dropSample();
    for (const f of files) this.#addChip({ name: f.name || 'file', size: f.size, blob: f, origin: 'file' });
    this.schedule(FILES_DEBOUNCE_MS);
  }

  removeChip(id: number) {
    this.chips = this.chips.filter((c) => c.id !== id);
    if (this.viewing === id) this.viewing = null;
    this.schedule(PASTE_DEBOUNCE_MS);
  }

  #addChip(chip: Omit<Chip, 'id'>) {
    this.chips = [...this.chips, { ...chip, id: ++this.#chipSeq }];
    this.schedule(PASTE_DEBOUNCE_MS);
  }

  /** Replaces the input with a sample; what was there can be restored. */
  loadSample(text: string, title: MessageKey) {
    if (!this.holdsSample) this.#remember();
    this.text = text;
    this.chips = [];
    this.sample = { title, text };
    void this.analyze();
  }

  /**
   * The user brings their own input while an untouched example fills the editor: the example goes
   * (it stays one click away in "Try an example"), so its pod and node names never mix into the
   * user's report. What the example replaced stays restorable.
   */
  #dropSample() {
    if (!this.holdsSample) return;
    this.text = '';
    this.sample = null;
  }

  clear() {
    // an untouched example is not worth restoring; what it replaced still is
    if (!this.holdsSample) this.#remember();
    this.sample = null;
    this.text = '';
    this.chips = [];
    this.viewing = null;
    this.cancel();
    this.report = null;
    this.sources = [];
    this.failure = null;
  }

  restorePrevious() {
    const p = this.previous;
    if (!p) return;
    this.previous = null;
    this.sample = null;
    this.text = p.text;
    this.chips = p.chips;
    void this.analyze();
  }

  #remember() {
    if (this.hasInput) this.previous = { text: this.text, chips: this.chips };
  }

  // ---- analysis ---------------------------------------------------------------------------------

  schedule(delay: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.analyze(), delay);
  }

  async analyze(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.running) {
      this.#pending = true;
      return;
    }
    const sources: SourceRef[] = [];
    const inputs: AnalyzeInput[] = [];
    if (this.text.trim()) {
      sources.push({ type: 'text' });
      inputs.push({ name: 'pasted text', text: this.text });
    }
    for (const c of this.chips) {
      sources.push({ type: 'chip', id: c.id, name: c.name });
      // the File/Blob handle is posted, never read on the main thread
      inputs.push({ name: c.name, file: c.blob });
    }
    if (inputs.length === 0) {
      this.report = null;
      this.sources = [];
      this.failure = null;
      return;
    }
    const generation = ++this.#generation;
    this.running = true;
    this.failure = null;
    this.progress = null;
    this.showProgress = false;
    const progressTimer = setTimeout(() => {
      if (generation === this.#generation) this.showProgress = true;
    }, PROGRESS_DELAY_MS);
    try {
      const h = await this.engine.get();
      if (generation !== this.#generation) return;
      const onProgress = proxy((p: Progress) => {
        if (generation === this.#generation) this.progress = p;
      });
      // the full explanations and fixes come with the whole catalog, loaded while the worker runs
      const prose = this.catalogs.load();
      const lang = await language.forWorker();
      const report = await Promise.race([h.api.analyze(inputs, onProgress, lang), h.lost]);
      await prose;
      if (generation !== this.#generation) return;
      this.report = this.catalogs.catalog ? withCatalogProse(report, this.catalogs.catalog) : report;
      this.sources = sources;
    } catch (e) {
      if (generation !== this.#generation) return;
      this.failure = {
        kind: e instanceof Error && WORKER_ERRORS.has(e.name) ? 'worker' : 'analysis',
        message: e instanceof Error ? e.message : String(e),
      };
    } finally {
      clearTimeout(progressTimer);
      if (generation === this.#generation) {
        this.running = false;
        this.showProgress = false;
        // a newer request waited for this run; after a failure the user decides (Retry)
        if (this.#pending && !this.failure) {
          this.#pending = false;
          void this.analyze();
        }
        this.#pending = false;
      }
    }
  }

  /** Stops the running analysis at once; the input stays, the worker is replaced. */
  cancel() {
    clearTimeout(this.#timer);
    this.#pending = false;
    if (!this.running) return;
    this.#generation++;
    this.running = false;
    this.progress = null;
    this.showProgress = false;
    this.engine.restart();
  }

  /** After a failure: a fresh worker when the worker was at fault, then analyse again. */
  retry() {
    if (this.failure?.kind === 'worker' || this.engine.status === 'failed') this.engine.restart();
    this.failure = null;
    void this.analyze();
  }

  // ---- report ↔ input ---------------------------------------------------------------------------

  /** Maps a report line (1-based over all inputs) to the input holding it. */
  locate(line: number): EvidenceLocation | null {
    const report = this.report;
    if (!report) return null;
    const i = report.inputs.findIndex((inp) => line >= inp.startLine && line <= inp.endLine);
    const input = report.inputs[i];
    const source = this.sources[i];
    if (!input || !source) return null;
    return { source, localLine: line - input.startLine + 1 };
  }

  /** How the last report saw a chip (or, without an id, the editor's text): kinds, and why it was skipped. */
  inputOf(chipId?: number): ReportInput | undefined {
    const i = this.sources.findIndex((s) =>
      chipId === undefined ? s.type === 'text' : s.type === 'chip' && s.id === chipId,
    );
    return i === -1 ? undefined : this.report?.inputs[i];
  }

  /** Lines of the chips as the last report read them (a chip not analysed yet counts none). */
  get chipLines(): number {
    let n = 0;
    for (const c of this.chips) {
      const input = this.inputOf(c.id);
      if (input) n += input.endLine - input.startLine + 1;
    }
    return n;
  }

  /** Detected document kinds of a chip, from the last report. */
  kindsOf(chipId: number): string[] {
    return this.inputOf(chipId)?.kinds.filter((k) => k !== 'prompt') ?? [];
  }

  /** A chip whose text the viewer can show (a large paste). */
  viewable(chipId: number): boolean {
    return this.chips.some((c) => c.id === chipId && c.text !== undefined);
  }

  /** Opens a large paste in the viewer, or closes the viewer. */
  view(chipId: number | null) {
    this.viewing = chipId;
  }

  /** Shows a line of the editor's text, or of a large paste's (`chip`) in the viewer. */
  highlightLine(localLine: number, terms: readonly string[] = [], from?: string, chip?: number) {
    if (chip !== undefined) this.viewing = chip;
    this.highlight = {
      line: localLine,
      seq: ++this.#highlightSeq,
      terms,
      ...(from ? { from } : {}),
      ...(chip !== undefined ? { chip } : {}),
    };
  }
}
