import { test, expect } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { watchPage } from './helpers';

const SINGLE = resolve('dist-single/index.html');

test('the single-file build runs from file:// with its worker', async ({ page }) => {
  test.skip(!existsSync(SINGLE), 'run `npm run build:single` first (npm test does)');
  // one file (plus the inspect scripts, also embedded in it): no leftover worker file next to it
  expect(readdirSync(resolve('dist-single')).sort()).toEqual(['index.html', 'scripts']);
  const watch = watchPage(page);
  await page.goto(pathToFileURL(SINGLE).href);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  await page.getByLabel('Paste kubectl output or Terway logs').fill('one\ntwo');
  await expect(page.getByTestId('line-count')).toHaveText('2 lines');
  // a built-in example is analysed by the inlined worker, offline
  await page.getByTestId('samples-toggle').click();
  await page.getByTestId('sample-exclusive-eni-mode-changed').click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-category', 'configuration', { timeout: 15_000 });
  await expect(page.getByTestId('finding').first()).toContainText('exclusive eni mode changed');
  // the inspect scripts are embedded and offered as Blob downloads (there is no scripts/ next to the file)
  const gather = page.getByTestId('gather');
  if (!(await gather.evaluate((d: HTMLDetailsElement) => d.open))) await gather.locator('summary').click();
  const link = page.getByTestId('script-inspect-terway-node.sh');
  await expect(link).toHaveAttribute('href', /^blob:/);
  const download = page.waitForEvent('download');
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('inspect-terway-node.sh');
  const path = await file.path();
  expect(readFileSync(path, 'utf8')).toMatch(/^#!\/usr\/bin\/env bash/);
  expect(
    watch.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:')),
  ).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
