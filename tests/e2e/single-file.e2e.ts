import { test, expect } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { watchPage } from './helpers';

const SINGLE = resolve('dist-single/index.html');

test('the single-file build runs from file:// with its worker', async ({ page }) => {
  test.skip(!existsSync(SINGLE), 'run `npm run build:single` first (npm test does)');
  const watch = watchPage(page);
  await page.goto(pathToFileURL(SINGLE).href);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  await page.getByLabel('Paste kubectl output or Terway logs').fill('one\ntwo');
  await expect(page.getByTestId('line-count')).toHaveText('2 lines');
  expect(
    watch.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:')),
  ).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
