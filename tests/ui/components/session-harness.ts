// A page session for component tests: the real Session class, with the worker's api called in-process
// instead of through a Worker, so a component sees real reports and real state changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, CompiledCatalog } from '../../../src/engine/pipeline';
import type { Report } from '../../../src/engine/index';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';
import { SESSION } from '../../../src/ui/state/context';
import { Session, type EngineOwner } from '../../../src/ui/state/session.svelte';
import { api } from '../../../src/worker/api';
import type { EngineHandle } from '../../../src/worker/client';

export const catalog = loadCatalogFromDir();
const compiled = new CompiledCatalog(catalog);

export function sample(name: string): string {
  return readFileSync(join(import.meta.dirname, '../../../src/samples', `${name}.txt`), 'utf8');
}

export function analyzeText(text: string): Promise<Report> {
  return analyze([{ name: 'pasted text', text }], compiled);
}

// the worker's own api object, called directly instead of through comlink
const inProcess: EngineHandle = {
  api: api as unknown as EngineHandle['api'],
  lost: new Promise<never>(() => {}),
  terminate() {},
};

export function testSession(): Session {
  const engine: EngineOwner = { status: 'ready', error: '', get: async () => inProcess, restart() {} };
  return new Session(engine, { catalog, load: async () => {} });
}

/** The render options that put a session above a component, as App.svelte does for the page. */
export function withSession(session: Session): { context: Map<symbol, Session> } {
  return { context: new Map([[SESSION, session]]) };
}
