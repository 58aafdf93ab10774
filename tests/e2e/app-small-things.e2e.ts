// Issue 16's small things that hurt under stress, in real Chromium: evidence rows of events tables show
// reason, object and message (the whole line one click away), Escape closes menus, Back restores the
// report's scroll position, the editor shows pasted ANSI colours stripped, the line counter counts dropped
// files' lines.
import { test, expect, type Page } from '@playwright/test';
import { APP_URL } from '../../playwright.config';
import { dropFiles, pasteText } from './helpers';

/** colours as `kubectl` ≥1.26 prints them, a real ESC byte, and a code whose ESC was lost */
const COLOURED = [
  '3m   Warning   AllocIPFailed   pod/nginx-1   ^[[31malloc ip failed^[[0m: InvalidVSwitchId.IpNotEnough',
  '\x1b[31mERRO\x1b[0m[0012] failed to allocate ip',
  '[0;33mWARN[0m[0013] retrying',
].join('\n');

async function loadExample(page: Page, id: string) {
  await page.goto(APP_URL);
  await page.getByTestId('samples-toggle').click();
  await page.getByTestId(`sample-${id}`).click();
  await expect(page.getByTestId('verdict-do-now')).toBeVisible({ timeout: 15_000 });
}

test('an events row shows its reason and the message from the signal; the whole line on click', async ({ page }) => {
  await loadExample(page, 'vswitch-ip-not-enough');
  // line 99: the Node CR's describe row `Warning  CreateENIFailed  3m (x12 over 20m)  terway-controlplane/…  …`
  const ev = page.locator('[data-testid=evidence][data-line="99"]').first();
  const button = ev.getByRole('button');
  const shown = () => button.evaluate((b) => (b as HTMLElement).innerText);
  await expect(ev.getByTestId('evidence-row')).toBeVisible();
  const folded = await shown();
  expect(folded).toContain('CreateENIFailed');
  expect(folded).toContain('InvalidVSwitchId.IpNotEnough');
  expect(folded).not.toContain('x12 over 20m');
  expect(folded).not.toContain('terway-controlplane/multi-ip-node');

  await button.click();
  await expect(ev.getByTestId('evidence-row')).toBeHidden();
  const opened = await shown();
  expect(opened).toContain('3m (x12 over 20m)');
  expect(opened).toContain('Failed to create ENI type=Secondary');
});

test('Escape closes the samples menu and gives focus back to its toggle', async ({ page }) => {
  await page.goto(APP_URL);
  const toggle = page.getByTestId('samples-toggle');
  await toggle.click();
  const first = page.getByTestId('sample-vswitch-ip-not-enough');
  await expect(first).toBeVisible();
  await first.focus();
  await page.keyboard.press('Escape');
  await expect(first).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('browser Back restores the report where the reader left it', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 600 });
  await loadExample(page, 'vswitch-ip-not-enough');
  const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  expect(max).toBeGreaterThan(400);
  const y = Math.round(max * 0.7);
  await page.evaluate((to) => scrollTo(0, to), y);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(y);

  await page.getByTestId('nav-ref').click();
  await expect(page.getByTestId('verdict-do-now')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByTestId('verdict-do-now')).toBeVisible();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(y);
});

test('the editor shows pasted text without its terminal colours, in the editor and from anywhere', async ({ page }) => {
  await page.goto(APP_URL);
  const editor = page.locator('#paste-input');
  const clean = [
    '3m   Warning   AllocIPFailed   pod/nginx-1   alloc ip failed: InvalidVSwitchId.IpNotEnough',
    'ERRO[0012] failed to allocate ip',
    'WARN[0013] retrying',
  ].join('\n');
  await editor.fill('before ');
  await editor.press('End');
  await pasteText(page, COLOURED, '#paste-input');
  await expect(editor).toHaveValue(`before ${clean}`);
  await expect(page.getByTestId('line-count')).toHaveText('3 lines');

  await editor.fill('');
  await page.getByRole('heading', { name: 'Input' }).click(); // a paste outside the editor
  await pasteText(page, COLOURED);
  await expect(editor).toHaveValue(clean);
});

test("the line counter counts the dropped files' lines once they are read", async ({ page }) => {
  await page.goto(APP_URL);
  await page.locator('#paste-input').fill('one\ntwo');
  await expect(page.getByTestId('line-count')).toHaveText('2 lines');
  await dropFiles(page, [
    { name: 'terway.log', text: 'a\nb\nc\n' },
    { name: 'events.txt', text: 'LAST SEEN   TYPE   REASON   OBJECT   MESSAGE\n' },
  ]);
  await expect(page.getByTestId('line-count')).toHaveText('6 lines', { timeout: 15_000 });
});
