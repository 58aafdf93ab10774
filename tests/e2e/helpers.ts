import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';

/** A local server on another port that records whether anything reached it. */
export async function startCanary(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'access-control-allow-origin': '*' }).end('canary');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/canary`,
    hits,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Records console errors and every request the page (and its workers) make. */
export function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.context().on('request', (r) => requests.push(r.url()));
  return { consoleErrors, requests };
}

/** Requests that are neither the page's own origin nor in-memory blob/data URLs. */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
}
