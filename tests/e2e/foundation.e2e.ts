import { test, expect } from '@playwright/test';
import { startCanary, watchPage, foreignRequests } from './helpers';
import { APP_URL, SUB_PATH } from '../../playwright.config';

const ORIGIN = new URL(APP_URL).origin;

test('the built app loads from a sub-path and the worker answers through comlink', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  await page.getByLabel('Paste kubectl output or Terway logs').fill('a\r\nb\nc');
  await expect(page.getByTestId('line-count')).toHaveText('3 lines');
  // every asset came from under the sub-path, nothing from the root or elsewhere
  const own = watch.requests.filter((u) => u.startsWith(ORIGIN));
  expect(own.length).toBeGreaterThan(0);
  for (const u of own) expect(new URL(u).pathname.startsWith(SUB_PATH)).toBe(true);
  expect(foreignRequests(watch.requests, ORIGIN)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the CSP blocks network access from the page and from the worker', async ({ page }) => {
  const canary = await startCanary();
  try {
    await page.goto(APP_URL);
    await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
    const attempt = (url: string) =>
      fetch(url, { cache: 'no-store' }).then(
        (r) => `reached:${r.status}`,
        (e: Error) => `blocked:${e.name}`,
      );
    const ownUrl = `${APP_URL}index.html`;
    // page
    expect(await page.evaluate(attempt, canary.url)).toMatch(/^blocked:/);
    expect(await page.evaluate(attempt, ownUrl)).toMatch(/^blocked:/);
    // worker: the engine worker is a blob worker and must inherit the page's policy
    const workers = page.workers();
    expect(workers.length).toBe(1);
    const worker = workers[0]!;
    expect(worker.url()).toMatch(/^blob:/);
    expect(await worker.evaluate(attempt, canary.url)).toMatch(/^blocked:/);
    expect(await worker.evaluate(attempt, ownUrl)).toMatch(/^blocked:/);
    expect(canary.hits).toEqual([]);
  } finally {
    await canary.close();
  }
});

test('the canary really records hits when no CSP is in the way (control)', async ({ request }) => {
  const canary = await startCanary();
  try {
    const res = await request.get(canary.url);
    expect(res.status()).toBe(200);
    expect(canary.hits).toHaveLength(1);
  } finally {
    await canary.close();
  }
});
