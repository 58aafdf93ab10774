// Owns the engine worker for the whole page: starts it, hands it out, replaces it on cancel or crash.
// Cancelling = terminate the worker and start a fresh one (comlink has no cancellation; squoosh does the same).
import { startEngine, WorkerLostError, type EngineHandle } from '../../worker/client';

export type EngineStatus = 'starting' | 'ready' | 'failed';

class EngineManager {
  status = $state<EngineStatus>('starting');
  error = $state('');
  #handle: EngineHandle | undefined;
  #starting: Promise<EngineHandle> | undefined;
  #generation = 0;

  /** The running engine, starting one when needed. Rejects with WorkerStartError when it cannot start. */
  get(): Promise<EngineHandle> {
    if (this.#handle) return Promise.resolve(this.#handle);
    if (this.#starting) return this.#starting;
    const generation = ++this.#generation;
    this.status = 'starting';
    this.error = '';
    const starting = startEngine().then(
      (h) => {
        if (generation !== this.#generation) {
          h.terminate();
          throw new WorkerLostError('The analysis worker was replaced.');
        }
        this.#handle = h;
        this.#starting = undefined;
        this.status = 'ready';
        h.lost.catch((e: unknown) => {
          if (this.#handle !== h) return; // we stopped it ourselves
          this.#handle = undefined;
          h.terminate(); // a crashed worker's state is suspect: never reuse it
          this.status = 'failed';
          this.error = e instanceof Error ? e.message : String(e);
        });
        return h;
      },
      (e: unknown) => {
        if (generation === this.#generation) {
          this.#starting = undefined;
          this.status = 'failed';
          this.error = e instanceof Error ? e.message : String(e);
        }
        throw e;
      },
    );
    this.#starting = starting;
    return starting;
  }

  /** Stops the current worker at once (pending calls reject with WorkerLostError) and starts a fresh one. */
  restart(): void {
    this.#generation++;
    const old = this.#handle;
    this.#handle = undefined;
    this.#starting = undefined;
    old?.terminate();
    this.get().catch(() => {});
  }
}

export const engine = new EngineManager();
