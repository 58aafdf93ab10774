// Page side of the worker boundary. The worker is inlined as a classic (iife) blob so that it
// inherits the page's CSP (a same-origin URL worker would not) and still runs from file://. Its code
// is a lazily loaded chunk (inline-worker.ts), so it never delays the page's first paint.
import { wrap, type Remote } from 'comlink';
import type { Api } from './api';

export const HANDSHAKE_TIMEOUT_MS = 5000;

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

export interface EngineHandle {
  api: Remote<Api>;
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

/** Starts the engine worker and waits for its handshake; rejects with a clear message otherwise. */
export async function startEngine(timeoutMs = HANDSHAKE_TIMEOUT_MS): Promise<EngineHandle> {
  let worker: Worker;
  try {
    if (takeFailFlag()) throw new Error('simulated failure (test hook)');
    // the dev server cannot run an inlined worker; builds always use the inline classic blob worker
    if (import.meta.env.DEV) worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    else {
      const { default: EngineWorker } = await import('./inline-worker');
      worker = new EngineWorker();
    }
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
  return {
    api: remote,
    lost,
    terminate: () => {
      if (!alive) return;
      alive = false;
      loseWith(new WorkerLostError('The analysis worker was stopped.'));
      worker.terminate();
    },
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
