// Regenerates docs/screenshot.png (the README shows it): the triage view with a sample report.
// Opt-in, so ordinary test runs never touch a tracked file: SCREENSHOT=1 npx playwright test app-screenshot
import { test, expect } from '@playwright/test';
import { APP_URL } from '../../playwright.config';

test('docs/screenshot.png: triage view with the vSwitch-out-of-IPs sample', async ({ page }) => {
  test.skip(!process.env['SCREENSHOT'], 'set SCREENSHOT=1 to regenerate docs/screenshot.png');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(APP_URL);
  await page.getByTestId('samples-toggle').click();
  await page.getByTestId('sample-vswitch-ip-not-enough').click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-category', 'resource-exhaustion', {
    timeout: 15_000,
  });
  await page.getByTestId('finding').first().getByTestId('evidence').first().getByRole('button').click();
  await expect(page.getByTestId('line-highlight')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot.png' });
});
