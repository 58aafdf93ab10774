import { mount } from 'svelte';
import App from './ui/App.svelte';
import { applyTheme } from './ui/state/theme.svelte';
import { language } from './ui/state/language.svelte';

// Theme before the first paint, so a dark OS never flashes a light page.
applyTheme(window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
// The language before the first paint, so a Chinese reader never sees English first (its words are a lazy chunk).
await language.init().catch(() => {});
export default mount(App, { target });
