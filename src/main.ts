import { mount } from 'svelte';
import App from './ui/App.svelte';
import { applyTheme } from './ui/state/theme.svelte';

// Theme before the first paint, so a dark OS never flashes a light page.
applyTheme(window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
export default mount(App, { target });
