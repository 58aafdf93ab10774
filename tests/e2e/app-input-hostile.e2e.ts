// Hostile and huge input in the built app: a paste too long for the editor becomes a viewable chip,
// gzip is read in the worker, archives and binary are named and never read as text, an unreadable
// file is named while the others are analysed, a cut gzip says so, whitespace says so.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_URL } from '../../playwright.config';
import { pasteText, watchPage } from './helpers';

const EDITOR = 'Paste kubectl output or Terway logs';
const INCIDENT = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/01-vswitch-exhausted-crd.txt'), 'utf8');
const LOG_LINE = 'I1125 04:51:02.118120       1 pool.go:212] sync pool: idle 3, inuse 12';

test.beforeEach(async ({ page }) => {
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
});

/** Drops files built from bytes in the page (base64 across the boundary), as a desktop drop does. */
async function dropBytes(page: Page, files: { name: string; bytes: Uint8Array }[]) {
  await page.evaluate(
    (files) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bin = atob(f.base64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        dt.items.add(new File([bytes], f.name));
      }
      for (const type of ['dragenter', 'dragover', 'drop'])
        document
          .querySelector('main')!
          .dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })),
  );
}

const chip = (page: Page, name: string) => page.getByTestId('input-chip').filter({ hasText: name });

test('a paste of 60,000 short lines (under 2 MB) becomes a chip, viewable a screenful at a time', async ({ page }) => {
  await page.getByLabel(EDITOR).fill('my own line');
  // the incident sits near the end, so its evidence points deep into the paste
  const paste = `${'x\n'.repeat(60_000)}${INCIDENT}`;
  await pasteText(page, paste, '#paste-input');
  await expect(chip(page, 'pasted text')).toHaveCount(1);
  await expect(page.getByLabel(EDITOR)).toHaveValue('my own line');

  await page.getByRole('button', { name: 'View pasted text' }).click();
  const viewer = page.getByTestId('text-viewer');
  const lines = 60_000 + INCIDENT.trimEnd().split('\n').length;
  await expect(viewer.getByTestId('viewer-meta')).toContainText(`${lines.toLocaleString('en-US')} lines`);
  // windowed: a screenful of rows in the DOM, not sixty thousand
  expect(await viewer.getByTestId('viewer-row').count()).toBeLessThan(60);
  await expect(viewer.getByTestId('viewer-row').first()).toHaveAttribute('data-line', '1');

  // an evidence line from the paste opens it in the viewer, scrolled to the line, signal marked
  const evidence = page.getByTestId('evidence').filter({ hasText: 'InvalidVSwitchId.IpNotEnough' }).first();
  await expect(evidence).toBeVisible({ timeout: 20_000 });
  const reportLine = Number(await evidence.getAttribute('data-line'));
  const localLine = reportLine - 1; // the editor's one line comes first in the report
  await page.getByTestId('viewer-close').click();
  await expect(viewer).toHaveCount(0);
  await evidence.getByRole('button').first().click();
  await expect(evidence.getByTestId('evidence-full')).toContainText(
    `Line ${localLine.toLocaleString('en-US')} of pasted text, highlighted in the viewer`,
  );
  const row = viewer.locator(`[data-testid=viewer-row][data-line="${localLine}"]`);
  await expect(row).toHaveClass(/hl/);
  await expect(row.locator('mark')).toContainText(/IpNotEnough|InvalidVSwitchId/);
  await expect(row).toBeInViewport();
});

test('on a narrow window, an evidence line of a large paste shows the viewer, and "Back to the finding" returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await pasteText(page, `${'x\n'.repeat(55_000)}${INCIDENT}`);
  const evidence = page.getByTestId('evidence').filter({ hasText: 'InvalidVSwitchId.IpNotEnough' }).first();
  await expect(evidence).toBeVisible({ timeout: 20_000 });
  const button = evidence.getByRole('button').first();
  await button.click();
  const row = page.locator('[data-testid=viewer-row].hl');
  await expect(row).toBeInViewport();
  await expect(row).toHaveAttribute('data-line', String(Number(await evidence.getAttribute('data-line'))));
  await page.getByTestId('viewer-back').click();
  await expect(button).toBeInViewport();
  await expect(button).toBeFocused();
});

test('a .gz is read in the worker; zip, tar.gz and unknown binary are named with how to open them', async ({
  page,
}) => {
  const watch = watchPage(page);
  const tar = new Uint8Array(1024);
  tar.set(Buffer.from('terway.log'), 0);
  tar.set(Buffer.from('ustar\x0000'), 257);
  await dropBytes(page, [
    { name: 'terway.log.1.gz', bytes: gzipSync(INCIDENT) },
    { name: 'bundle.zip', bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4, 20, 0]), Buffer.alloc(300, 65)]) },
    { name: 'diagnose.tar.gz', bytes: gzipSync(tar) },
    { name: 'core', bytes: Uint8Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> 24) },
  ]);
  await expect(page.getByTestId('verdict')).toContainText(/vSwitch|IpNotEnough/i, { timeout: 20_000 });
  await expect(chip(page, 'terway.log.1.gz').getByTestId('chip-note')).toHaveText(/^gzip, \d+(\.\d)? KB decompressed$/);
  await expect(chip(page, 'terway.log.1.gz').getByTestId('chip-kinds')).not.toBeEmpty();
  await expect(chip(page, 'bundle.zip').getByTestId('chip-note')).toHaveText('not read: zip');
  await expect(chip(page, 'diagnose.tar.gz').getByTestId('chip-note')).toHaveText('not read: tar+gzip');
  await expect(chip(page, 'core').getByTestId('chip-note')).toHaveText('not read: unknown');
  const notes = page.getByTestId('input-notes');
  await expect(notes).toContainText(
    'bundle.zip was not analysed: it is a zip archive; extract it with unzip bundle.zip',
  );
  await expect(notes.locator('code', { hasText: 'tar xzf diagnose.tar.gz' })).toBeVisible();
  await expect(notes).toContainText('core was not analysed: it is binary data, not text');
  expect(watch.consoleErrors).toEqual([]);
});

test('a file that went away after the drop is named; the other file is analysed; no "network" anywhere', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'triage-e2e-'));
  try {
    const gone = join(dir, 'kubelet.log');
    const kept = join(dir, 'describe-pod.txt');
    writeFileSync(gone, `${LOG_LINE}\n`.repeat(100));
    // 8 MB of log before the incident: the page reads a drop at once, in order, so the first file's
    // reading gives the test time to delete the second one before its turn
    writeFileSync(kept, `${LOG_LINE}\n`.repeat(120_000) + INCIDENT);
    // the chooser hands the page File handles backed by the disk; the file is deleted before it is read
    await page.getByTestId('file-input').setInputFiles([kept, gone]);
    rmSync(gone);
    await expect(page.getByTestId('verdict')).toContainText(/vSwitch|IpNotEnough/i, { timeout: 20_000 });
    await expect(chip(page, 'kubelet.log').getByTestId('chip-note')).toHaveText('not read: unreadable');
    await expect(page.getByTestId('input-notes')).toContainText(
      'kubelet.log could not be read: it was moved or deleted after it was chosen',
    );
    await expect(page.getByTestId('run-error')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText(/network error/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a gzip cut mid-way says so and keeps what came before the cut', async ({ page }) => {
  const gz = gzipSync(`${LOG_LINE}\n`.repeat(30_000) + INCIDENT);
  await dropBytes(page, [{ name: 'terway.log.gz', bytes: gz.subarray(0, Math.floor(gz.length * 0.6)) }]);
  await expect(chip(page, 'terway.log.gz').getByTestId('chip-note')).toHaveText('not read: gzip data broken', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('input-notes')).toContainText(
    /terway\.log\.gz holds gzip data that ends early or is damaged .*: the [\d,]+ lines before the break were analysed/,
  );
  await expect(page.getByTestId('stats')).toContainText(/\d/);
});

test('an events list over the 4 MB document limit: "What was read" says which lines were read as plain text', async ({
  page,
}) => {
  const items = Array.from({ length: 13_000 }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Event',
    involvedObject: { kind: 'Pod', name: `web-${i}`, namespace: 'shop' },
    message: 'cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    reason: 'FailedCreatePodSandBox',
    type: 'Warning',
  }));
  const json = JSON.stringify({ apiVersion: 'v1', items, kind: 'List' }, null, 4);
  expect(json.length).toBeGreaterThan(4 * 1024 * 1024);
  await dropBytes(page, [{ name: 'events.json', bytes: Buffer.from(json) }]);
  const notRead = page.getByTestId('not-read');
  await expect(notRead).toBeVisible({ timeout: 20_000 });
  await expect(notRead).toContainText(
    /This JSON document is larger than the 4 MB the parser reads as one document: lines 1–[\d,]+ \([\d,]+ lines\) were read as plain text/,
  );
  await expect(page.locator('.docs summary')).toContainText('1 not read in full');
});

test('a whitespace-only paste says there is nothing to analyse and stays in the editor', async ({ page }) => {
  await page.getByRole('heading', { name: 'Input' }).click();
  await pasteText(page, '   \n\t\n  ');
  await expect(page.getByLabel(EDITOR)).toHaveValue('   \n\t\n  ');
  await expect(page.getByTestId('blank-note')).toContainText(
    'The editor holds only whitespace (3 lines): there is nothing to analyse. Paste kubectl output or Terway logs.',
  );
  await pasteText(page, 'now a line');
  await expect(page.getByTestId('blank-note')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const)
  test(`${scheme}: the chips' notes and the viewer have no serious or critical axe violation`, async ({ page }) => {
    test.slow(); // axe's colour-contrast rule takes seconds on a loaded machine
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await dropBytes(page, [
      { name: 'bundle.zip', bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(100, 65)]) },
      { name: 'terway.log.gz', bytes: gzipSync(INCIDENT) },
    ]);
    await pasteText(page, `${'x\n'.repeat(60_000)}${LOG_LINE}\n`);
    await expect(page.getByTestId('input-notes')).toBeVisible({ timeout: 20_000 });
    await page.getByTestId('chip-view').click();
    await expect(page.getByTestId('viewer-row').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('section.input').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))).toEqual([]);
  });
