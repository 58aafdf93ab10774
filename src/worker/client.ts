// Page side of the worker boundary. The worker is inlined as a classic (iife) blob so that it
// inherits the page's CSP (a same-origin URL worker would not) and still runs from file://. Its code
// is a lazily loaded chunk (inline-worker.ts), so it never delays the page's first paint.
// For a big dropped file the engine gets helpers: more workers of the same code, one fewer than the
// machine has cores (at most 4), connected to it by message ports; they decode and scan segments of the
// file while it parses (engine/analysis/segments.ts). They start with the first big file, which does not wait
// for them, and go with the engine.
import { transfer, wrap, type Remote } from 'comlink';
import type { Report } from '../engine/index';
import type { Api, AnalyzeInput, Language, Progress } from './api';

export const HANDSHAKE_TIMEOUT_MS = 5000;
/** a file this big gets helpers (the engine still checks that it is plain text it can cut: canSplit) */
const HELPERS_FROM_BYTES = 16 << 20;
const MAX_HELPERS = 4;

/**
 * Test hook, harmless by design: when a page script sets `window.__terwayTriageFailNextWorker = true`,
 * the next worker construction fails once (as a CSP or memory failure would), so the recovery path
 * can be exercised end to end. It can only break the page's own next worker, never reach data.
 */
export const FAIL_NEXT_WORKER_FLAG = '__terwayTriageFailNextWorker';

export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

/** The worker died after it had started (uncaught error, unreadable message, or terminate()). */
export class WorkerLostError extends Error {
  override name = 'WorkerLostError';
}

/** What the page calls; analyze starts the helpers a big file wants first. */
export interface EngineApi {
  /** `onProgress` is passed through comlink's proxy() */
  analyze(inputs: AnalyzeInput[], onProgress?: (p: Progress) => void, language?: Language): Promise<Report>;
}

export interface EngineHandle {
  api: EngineApi;
  /** Rejects with WorkerLostError when the worker crashes or is terminated; race calls against it. */
  lost: Promise<never>;
  terminate(): void;
}

function takeFailFlag(): boolean {
  const g = globalThis as Record<string, unknown>;
  if (g[FAIL_NEXT_WORKER_FLAG] !== true) return false;
  delete g[FAIL_NEXT_WORKER_FLAG];
  return true;
}

async function newEngineWorker(): Promise<Worker> {
  // the dev server cannot run an inlined worker; builds always use the inline classic blob worker
  if (import.meta.env.DEV) return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  const { default: EngineWorker } = await import('./inline-worker');
  return new EngineWorker();
}

/** Starts the engine worker and waits for its handshake; rejects with a clear message otherwise. */
export async function startEngine(timeoutMs = HANDSHAKE_TIMEOUT_MS): Promise<EngineHandle> {
  let worker: Worker;
  try {
    if (takeFailFlag()) throw new Error('simulated failure (test hook)');
    worker = await newEngineWorker();
  } catch (e) {
    throw new WorkerStartError(`The analysis worker could not be created: ${errorText(e)}`);
  }
  const remote = wrap<Api>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  let loseWith: (e: WorkerLostError) => void = () => {};
  const lost = new Promise<never>((_, reject) => (loseWith = reject));
  lost.catch(() => {}); // observed by callers that race against it; never an unhandled rejection
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new WorkerStartError(`The analysis worker did not answer within ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
    worker.addEventListener('error', (ev) => {
      const detail = ev.message || 'unknown error';
      if (started) loseWith(new WorkerLostError(`The analysis worker crashed: ${detail}`));
      else reject(new WorkerStartError(`The analysis worker failed to start: ${detail}`));
    });
    worker.addEventListener('messageerror', () => {
      if (started) loseWith(new WorkerLostError('The analysis worker sent a message that could not be read.'));
    });
  });
  try {
    const pong = await Promise.race([remote.ping(), failed]);
    if (!pong.ok) throw new WorkerStartError('The analysis worker answered the handshake incorrectly.');
    started = true;
  } catch (e) {
    worker.terminate();
    throw e instanceof WorkerStartError ? e : new WorkerStartError(errorText(e));
  } finally {
    clearTimeout(timer);
  }
  let alive = true;
  const helpers: Worker[] = [];
  let connecting: Promise<void> | undefined;
  /** Starts and connects the helpers once; without them (they failed to start) the engine works alone. */
  const helpFor = (inputs: AnalyzeInput[]): Promise<void> | undefined => {
    if (!inputs.some((i) => 'file' in i && i.file.size >= HELPERS_FROM_BYTES)) return;
    connecting ??= connectHelpers(remote, helperCount(), (w) => {
      helpers.push(w);
      w.addEventListener('error', (ev) =>
        loseWith(new WorkerLostError(`An analysis helper crashed: ${ev.message || 'unknown error'}`)),
      );
    }).catch(() => {});
    return connecting;
  };
  return {
    api: {
      analyze: (inputs, onProgress, language) => {
        // the engine starts at once and scans segments itself until the helpers are connected
        void helpFor(inputs);
        return remote.analyze(inputs, onProgress, language);
      },
    },
    lost,
    terminate: () => {
      if (!alive) return;
      alive = false;
      loseWith(new WorkerLostError('The analysis worker was stopped.'));
      worker.terminate();
      for (const h of helpers) h.terminate();
    },
  };
}

function helperCount(): number {
  return Math.min(MAX_HELPERS, Math.max(1, (navigator.hardwareConcurrency || 2) - 1));
}

/** Starts `count` engine workers and gives the engine a port to each. */
async function connectHelpers(engine: Remote<Api>, count: number, started: (w: Worker) => void): Promise<void> {
  const ports: MessagePort[] = [];
  for (let i = 0; i < count; i++) {
    const helper = await newEngineWorker();
    started(helper);
    const channel = new MessageChannel();
    await wrap<Api>(helper).serve(transfer(channel.port2, [channel.port2]));
    ports.push(channel.port1);
  }
  await engine.connect(transfer(ports, ports));
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
