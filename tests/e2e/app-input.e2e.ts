// Input handling of the triage view: global paste, large pastes as chips, dropped files, samples,
// the paste surviving view switches, and privacy (no storage, no URL writes, no foreign requests).
import { test, expect } from '@playwright/test';
import { APP_URL } from '../../playwright.config';
import { dropFiles, foreignRequests, NOTHING_STORED, pasteText, storedData, watchPage } from './helpers';

const ORIGIN = new URL(APP_URL).origin;
const EDITOR = 'Paste kubectl output or Terway logs';

test.beforeEach(async ({ page }) => {
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
});

test('Ctrl/Cmd+V anywhere on the page pastes into the editor; the text survives a trip to the reference', async ({
  page,
}) => {
  const watch = watchPage(page);
  await page.getByRole('heading', { name: 'Input' }).click(); // focus is not in an input
  await pasteText(page, 'line one\nline two\nline three');
  const editor = page.getByLabel(EDITOR);
  await expect(editor).toHaveValue('line one\nline two\nline three');
  await expect(page.getByTestId('line-count')).toHaveText('3 lines');
  // a second paste is appended on a new line
  await pasteText(page, 'line four');
  await expect(editor).toHaveValue('line one\nline two\nline three\nline four');

  await page.getByTestId('nav-ref').click();
  await expect(page).toHaveURL(/#\/ref$/);
  await page.getByTestId('nav-triage').click();
  await expect(page.getByLabel(EDITOR)).toHaveValue('line one\nline two\nline three\nline four');
  // pasted text never goes to the URL or to storage
  expect(page.url()).not.toContain('line');
  expect(await storedData(page)).toEqual(NOTHING_STORED);
  expect(foreignRequests(watch.requests, ORIGIN)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a paste above 2 MB becomes a "pasted text" chip instead of filling the editor', async ({ page }) => {
  await page.getByLabel(EDITOR).fill('small text stays');
  // 2.5 MB of log lines, pasted into the editor itself
  await pasteText(
    page,
    { repeat: 'I1125 04:51:02.118120       1 pool.go:212] sync pool: idle 3, inuse 12\n', times: 36_000 },
    '#paste-input',
  );
  const chip = page.getByTestId('input-chip');
  await expect(chip).toHaveCount(1);
  await expect(chip).toContainText('pasted text');
  await expect(chip).toContainText(/2\.\d MB/);
  await expect(page.getByLabel(EDITOR)).toHaveValue('small text stays');
  await page.getByRole('button', { name: 'Remove pasted text' }).click();
  await expect(chip).toHaveCount(0);
  await expect(page.getByLabel(EDITOR)).toHaveValue('small text stays');
});

test('several files dropped at once become removable chips with their sizes', async ({ page }) => {
  await dropFiles(page, [
    { name: 'describe-pod.txt', text: 'Name: web-1\nNamespace: shop\n' },
    { name: 'terway.log', text: 'x'.repeat(3000) },
    { name: 'events.txt', text: 'LAST SEEN   TYPE      REASON   OBJECT   MESSAGE\n' },
  ]);
  const chips = page.getByTestId('input-chip');
  await expect(chips).toHaveCount(3);
  await expect(chips.nth(0)).toContainText('describe-pod.txt');
  await expect(chips.nth(0)).toContainText('28 B');
  await expect(chips.nth(1)).toContainText('terway.log');
  await expect(chips.nth(1)).toContainText('2.9 KB');
  await page.getByRole('button', { name: 'Remove terway.log' }).click();
  await expect(chips).toHaveCount(2);
  await expect(page.getByText('terway.log')).toHaveCount(0);
});

test('the file chooser takes several files too', async ({ page }) => {
  await page.getByTestId('file-input').setInputFiles([
    { name: 'a.log', mimeType: 'text/plain', buffer: Buffer.from('one\n') },
    { name: 'b.log', mimeType: 'text/plain', buffer: Buffer.from('two\n') },
  ]);
  await expect(page.getByTestId('input-chip')).toHaveCount(2);
});

test('loading an example keeps what was there, one click away', async ({ page }) => {
  await page.getByLabel(EDITOR).fill('my own paste');
  await page.getByTestId('samples-toggle').click();
  await page.getByTestId('sample-calico-cluster').click();
  await expect(page.getByLabel(EDITOR)).toHaveValue(/plugin type="calico" failed/);
  await page.getByTestId('restore-input').click();
  await expect(page.getByLabel(EDITOR)).toHaveValue('my own paste');
});

test('the gather commands have copy buttons and the inspect scripts download from a relative link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const describe = page.getByTestId('gather-describe-pod');
  await expect(describe).toContainText('kubectl describe pod <pod> -n <namespace>');
  await describe.getByRole('button', { name: /Copy command/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('kubectl describe pod <pod> -n <namespace>');
  for (const id of ['terway-pods', 'terway-init-logs', 'terway-logs', 'node-cr', 'warnings'])
    await expect(page.getByTestId(`gather-${id}`)).toBeVisible();
  await expect(page.getByTestId('gather-warnings')).toContainText(
    'kubectl get events -A --field-selector type=Warning',
  );

  for (const name of ['inspect-terway-cluster.sh', 'inspect-terway-node.sh', 'inspect-terway-pod.sh']) {
    const link = page.getByTestId(`script-${name}`);
    await expect(link).toHaveAttribute('href', `scripts/${name}`);
    const download = page.waitForEvent('download');
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    expect(file.url()).toBe(`${APP_URL}scripts/${name}`);
  }
  await expect(page.getByText('bash inspect-terway-pod.sh <namespace> <pod>')).toBeVisible();
});

test('pasted HTML and script text is shown as text and never runs', async ({ page }) => {
  const watch = watchPage(page);
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const evil =
    '<script>alert(1)</script><img src=x onerror=alert(1)>\n  Warning  FailedCreatePodSandBox  1m  kubelet  <img src=x onerror=alert(2)> plugin type="terway" failed (add): <b>bold</b>';
  await pasteText(page, evil);
  await expect(page.getByLabel(EDITOR)).toHaveValue(evil);
  await page.keyboard.press('Control+Enter');
  // the engine quotes the line as evidence: as text, tags and all
  const shown = page.getByTestId('evidence').filter({ hasText: '<img src=x onerror=alert(2)>' });
  await expect(shown.first()).toBeVisible({ timeout: 15_000 });
  await expect(shown.first()).toContainText('<b>bold</b>');
  await shown.first().getByRole('button').click();
  await expect(page.getByTestId('line-highlight')).toHaveAttribute('data-line', '2');
  // and in the Markdown preview
  await page.getByLabel('Preview').check();
  await expect(page.getByTestId('markdown-preview')).toHaveValue(/<img src=x onerror=alert\(2\)>/);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.locator('main img, main script, main b').count()).toBe(0);
  expect(watch.requests.filter((u) => u.endsWith('/x'))).toEqual([]);
});

test('after "Try an example", a paste or dropped text replaces the untouched example; an edited one is kept', async ({
  page,
}) => {
  const editor = page.getByLabel(EDITOR);
  const loadCalico = async () => {
    await page.getByTestId('samples-toggle').click();
    await page.getByTestId('sample-calico-cluster').click();
    await expect(editor).toHaveValue(/plugin type="calico" failed/);
    await expect(page.getByTestId('sample-note')).toContainText('paste or drop your own input to replace it');
  };

  // a global Ctrl/Cmd+V
  await loadCalico();
  await expect(page.getByTestId('verdict')).toContainText('calico', { timeout: 15_000 });
  await page.getByRole('heading', { name: 'Input' }).click();
  await pasteText(page, 'my own line');
  await expect(editor).toHaveValue('my own line');
  await expect(page.getByTestId('sample-note')).toHaveCount(0);
  // the report is the user's alone: nothing of the example is left in it
  await expect(page.getByTestId('verdict')).not.toContainText('calico', { timeout: 15_000 });

  // a paste into the editor itself, while it shows the example
  await loadCalico();
  await pasteText(page, 'pasted in the editor', '#paste-input');
  await expect(editor).toHaveValue('pasted in the editor');

  // text dropped on the page, and on the editor
  for (const selector of ['main', '#paste-input']) {
    await loadCalico();
    await page.evaluate((selector) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'dropped text');
      const target = document.querySelector(selector)!;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, selector);
    await expect(editor).toHaveValue('dropped text');
  }

  // a dropped file replaces the example text too (the file becomes a chip)
  await loadCalico();
  await dropFiles(page, [{ name: 'terway.log', text: 'one line\n' }]);
  await expect(page.getByTestId('input-chip')).toContainText('terway.log');
  await expect(editor).toHaveValue('');
  await page.getByRole('button', { name: 'Remove terway.log' }).click();

  // the example stays one click away; once edited it is the user's text and a paste joins it
  await loadCalico();
  await editor.press('Control+End');
  await editor.pressSequentially(' edited');
  await expect(page.getByTestId('sample-note')).toHaveCount(0);
  await page.getByRole('heading', { name: 'Input' }).click();
  await pasteText(page, 'appended');
  await expect(editor).toHaveValue(/plugin type="calico" failed[\s\S]* edited\nappended$/);
});

test('a global paste with a select, checkbox or button focused reaches the editor; text fields keep their own', async ({
  page,
}) => {
  const editor = page.getByLabel(EDITOR);
  await page.getByTestId('theme-select').focus();
  await pasteText(page, 'from the select', '[data-testid=theme-select]');
  await expect(editor).toHaveValue('from the select');
  await expect(page.getByTestId('theme-select')).toHaveValue('system');

  await page.getByRole('button', { name: 'Choose files…' }).focus();
  await pasteText(page, 'from a button', ':focus');
  await expect(editor).toHaveValue('from the select\nfrom a button');

  await page.getByRole('button', { name: /^Analyse/ }).click();
  const redact = page.getByTestId('redact-toggle');
  await expect(redact).toBeVisible({ timeout: 15_000 });
  await redact.focus();
  await pasteText(page, 'from a checkbox', ':focus');
  await expect(editor).toHaveValue('from the select\nfrom a button\nfrom a checkbox');

  // a real text field keeps the browser's own paste: nothing reaches the editor
  await page.getByTestId('nav-ref').click();
  const search = page.getByTestId('ref-search');
  await search.focus();
  await pasteText(page, 'into the search', ':focus');
  await page.getByTestId('nav-triage').click();
  await expect(editor).toHaveValue('from the select\nfrom a button\nfrom a checkbox');
});
