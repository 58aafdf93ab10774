import { createServer, type Server } from 'node:http';
import { expect, type Page } from '@playwright/test';

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

/** Fires a paste event carrying text (as a user's Ctrl/Cmd+V would) at the element or the page body. */
export async function pasteText(page: Page, text: string | { repeat: string; times: number }, selector = 'body') {
  await page.evaluate(
    ({ text, selector }) => {
      const t = typeof text === 'string' ? text : text.repeat.repeat(text.times);
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      const target = document.querySelector(selector) ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { text, selector },
  );
}

/** Drops files on the page the way a desktop drag-and-drop does. */
export async function dropFiles(page: Page, files: { name: string; text: string }[], selector = 'main') {
  await page.evaluate(
    ({ files, selector }) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      const target = document.querySelector(selector) ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { files, selector },
  );
}

/** Everything the page could have persisted: must stay empty (the theme is not persisted either). */
export async function storedData(page: Page) {
  return page.evaluate(async () => {
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    return {
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: dbs.map((d) => d.name),
      cookies: document.cookie,
    };
  });
}

export const NOTHING_STORED = { localStorage: [], sessionStorage: [], indexedDB: [], cookies: '' };

/** Puts text in the editor as one paste would (Playwright's fill() types through insertText: slow for big text). */
export async function setEditorText(page: Page, text: string) {
  await page.evaluate((t) => {
    const el = document.querySelector<HTMLTextAreaElement>('#paste-input')!;
    el.value = t;
    el.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
}

/**
 * Waits until the whole report is on the page: it renders in steps (the verdict first), so a test that
 * counts or reads everything must not look at the first step only.
 */
export async function reportRendered(page: Page) {
  await expect(page.getByTestId('report')).toHaveAttribute('data-rendered', 'all', { timeout: 20_000 });
}
