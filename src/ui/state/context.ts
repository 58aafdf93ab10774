// The page's session reaches components through Svelte context, set once by App.svelte, rather than
// through a module singleton: a component reads the session it was given, so a test can mount one with
// a session of its own (`context: new Map([[SESSION, session]])`).
import { getContext, setContext } from 'svelte';
import type { Session } from './session.svelte';

export const SESSION = Symbol('session');

export function provideSession(session: Session): void {
  setContext(SESSION, session);
}

export function useSession(): Session {
  const session = getContext<Session | undefined>(SESSION);
  if (!session) throw new Error('useSession() outside a component tree that App.svelte provides a session to');
  return session;
}
