// A page session for component tests: the real Session class, with the worker replaced by the real
// engine called in-process (same catalog, same analyze()), so a component sees real reports and real
// state changes without a Worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, CompiledCatalog } from '../../src/engine/pipeline';
import type { Report } from '../../src/engine/index';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { SESSION } from '../../src/ui/state/context';
import { Session, type EngineOwner } from '../../src/ui/state/session.svelte';
import type { EngineHandle } from '../../src/worker/client';

export const catalog = loadCatalogFromDir();
const compiled = new CompiledCatalog(catalog);

export function sample(name: string): string {
  return readFileSync(join(import.meta.dirname, '../../src/samples', `${name}.txt`), 'utf8');
}

export function analyzeText(text: string): Promise<Report> {
  return analyze([{ name: 'pasted text', text }], compiled);
}

const inProcess: EngineHandle = {
  api: {
    analyze: (inputs: { name: string; text?: string }[]) =>
      analyze(
        inputs.map((i) => ({ name: i.name, text: i.text ?? '' })),
        compiled,
      ),
  } as unknown as EngineHandle['api'],
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
