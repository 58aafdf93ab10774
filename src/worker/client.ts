// Page side of the worker boundary. The worker is inlined as a classic (iife) blob so that it
// inherits the page's CSP (a same-origin URL worker would not) and still runs from file://.
import { wrap, type Remote } from 'comlink';
import EngineWorker from './engine.worker.ts?worker&inline';
import type { Api } from './api';

export const HANDSHAKE_TIMEOUT_MS = 5000;

export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

export interface EngineHandle {
  api: Remote<Api>;
  terminate(): void;
}

/** Starts the engine worker and waits for its handshake; rejects with a clear message otherwise. */
export async function startEngine(timeoutMs = HANDSHAKE_TIMEOUT_MS): Promise<EngineHandle> {
  let worker: Worker;
  try {
    worker = new EngineWorker();
  } catch (e) {
    throw new WorkerStartError(`The analysis worker could not be created: ${errorText(e)}`);
  }
  const remote = wrap<Api>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new WorkerStartError(`The analysis worker did not answer within ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
    worker.addEventListener('error', (ev) =>
      reject(new WorkerStartError(`The analysis worker failed to start: ${ev.message || 'unknown error'}`)),
    );
  });
  try {
    const pong = await Promise.race([remote.ping(), failed]);
    if (!pong.ok) throw new WorkerStartError('The analysis worker answered the handshake incorrectly.');
  } catch (e) {
    worker.terminate();
    throw e instanceof WorkerStartError ? e : new WorkerStartError(errorText(e));
  } finally {
    clearTimeout(timer);
  }
  return { api: remote, terminate: () => worker.terminate() };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
