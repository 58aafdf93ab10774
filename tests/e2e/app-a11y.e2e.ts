// Accessibility: axe-core finds no serious or critical violation on the triage view (with a report)
// and the reference view, in light and in dark; every control is reachable by keyboard.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_URL } from '../../playwright.config';
import { setEditorText } from './helpers';

const KNOWN_BUG_PASTE = readFileSync(
  join(import.meta.dirname, '../fixtures/scenarios/55-known-bug-terway-bug-affected.txt'),
  'utf8',
);

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    // an axe-core run costs seconds (its colour-contrast rule most), several times that on a loaded
    // machine: these tests assert violations, not speed, so they get a triple budget
    test.slow();

    test('triage view with a report has no serious or critical axe violation', async ({ page }) => {
      await page.goto(APP_URL);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('samples-toggle').click();
      await page.getByTestId('sample-vswitch-ip-not-enough').click();
      await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
      await page.getByTestId('finding').first().getByTestId('evidence').first().getByRole('button').click();
      await page.getByLabel('Show mapping').check();
      await page.getByLabel('Preview').check();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('reference view has no serious or critical axe violation', async ({ page }) => {
      await page.goto(`${APP_URL}#/ref/create-eni-failed`);
      await expect(page.getByTestId('ref-count')).toBeVisible({ timeout: 15_000 });
      await expect(page.getByTestId('entry-bugs')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('a finding with a known bug the version has: no serious or critical axe violation', async ({ page }) => {
      await page.goto(APP_URL);
      await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
      await setEditorText(page, KNOWN_BUG_PASTE);
      await expect(page.getByTestId('known-bug').first()).toHaveAttribute('data-verdict', 'affected', {
        timeout: 15_000,
      });
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('known bugs by version have no serious or critical axe violation', async ({ page }) => {
      await page.goto(`${APP_URL}#/ref/known-bugs`);
      await page.getByTestId('bugs-from').fill('v1.16.5');
      await page.getByTestId('bugs-to').fill('v1.17.1');
      await page.getByTestId('bugs-fixed-by-target').locator('summary').first().click();
      await expect(page.getByTestId('known-bug-details').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('bugs-from').fill('v1');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('the theme toggle overrides the OS for this session only', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(APP_URL);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('theme-select').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('theme-select').selectOption('system');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

test('keyboard: Tab reaches the editor, examples and views; focus is visible', async ({ page }) => {
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  const reached = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') || el.id,
        text: (el.textContent ?? '').trim().slice(0, 30),
        outline: style.outlineStyle !== 'none' || el.closest('.editor') !== null,
      };
    });
    if (!info) continue;
    expect(info.outline, `visible focus on ${info.name || info.text}`).toBe(true);
    reached.add(info.name || info.text);
  }
  expect([...reached]).toEqual(expect.arrayContaining(['paste-input', 'Triage', 'Reference', 'Try an example']));
});

test('at a 700 px split screen nothing overflows horizontally', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(APP_URL);
  await page.getByTestId('samples-toggle').click();
  await page.getByTestId('sample-vswitch-ip-not-enough').click();
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
  await page.goto(`${APP_URL}#/ref`);
  await expect(page.getByTestId('ref-count')).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
});
