// `npm run dev` only: Vite serves workers from URLs and talks to the page over a websocket for hot
// reload, which the production CSP forbids. Relax exactly those two directives while serving;
// builds keep the strict policy from index.html.
import type { Plugin } from 'vite';

export function devCspPlugin(): Plugin {
  return {
    name: 'terway-triage:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace('worker-src blob:', "worker-src 'self' blob:")
        .replace("connect-src 'none'", "connect-src 'self' ws://127.0.0.1:* ws://localhost:*");
    },
  };
}
