// Known bugs in the built app: a finding's card says what the known bug behind it means for the
// pasted version, and the reference lists the bugs a version has, by keyboard from the report's
// version to the entry the bug shows as.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_URL } from '../../playwright.config';
import { setEditorText } from './helpers';

const paste = readFileSync(
  join(import.meta.dirname, '../fixtures/scenarios/55-known-bug-terway-bug-affected.txt'),
  'utf8',
);

test('the card names the known bug, and the reference lists the bugs of the report’s version', async ({ page }) => {
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  await setEditorText(page, paste);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-category', 'terway-bug', { timeout: 15_000 });
  const line = page.getByTestId('known-bug').first();
  await expect(line).toHaveAttribute('data-verdict', 'affected');
  await expect(line).toContainText('upgrade to v1.17.1');

  await page.goto(`${APP_URL}#/ref/cni-datapath-setup`);
  const link = page.getByRole('link', { name: 'Which known bugs does your version have?' });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/ref\/known-bugs$/);

  // the report's version fills the field; the rows open with the keyboard
  const from = page.getByTestId('bugs-from');
  await expect(from).toHaveValue('v1.16.6');
  const row = page.getByTestId('bugs-affected').locator('[data-id="exclusive-eni-renamed-while-up"]');
  await expect(row).toContainText('fixed in v1.17.1; its release line got no fix');
  await row.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(row.getByTestId('known-bug-details')).toContainText('Workaround:');

  // a target: what upgrading to it fixes
  await page.getByTestId('bugs-to').fill('v1.17.1');
  await expect(
    page.getByTestId('bugs-fixed-by-target').locator('[data-id="exclusive-eni-renamed-while-up"]'),
  ).toBeVisible();
  await page.getByTestId('bugs-from').fill('not a version');
  await expect(from).toHaveAttribute('aria-invalid', 'true');

  // back to the entry the bug shows as, which lists it
  await from.fill('v1.16.6');
  await row.getByRole('link', { name: /how it shows/ }).click();
  await expect(page.locator('#bug-exclusive-eni-renamed-while-up')).toBeVisible();
});
