// Theme: follows the OS (prefers-color-scheme) unless the user picks one for this session.
// Deliberately not persisted: nothing at all goes to storage.
import { MediaQuery } from 'svelte/reactivity';

export type ThemePreference = 'system' | 'light' | 'dark';

class Theme {
  preference = $state<ThemePreference>('system');
  readonly #osDark = new MediaQuery('(prefers-color-scheme: dark)', false);
  readonly effective = $derived<'light' | 'dark'>(
    this.preference === 'system' ? (this.#osDark.current ? 'dark' : 'light') : this.preference,
  );
}

export const theme = new Theme();

/** Sets the theme attribute before the first paint (main.ts) and whenever it changes (App). */
export function applyTheme(mode: 'light' | 'dark') {
  const root = document.documentElement;
  root.dataset['theme'] = mode;
  root.style.colorScheme = mode;
}
