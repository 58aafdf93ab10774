// Worker lifecycle: a crash or a worker that cannot start shows a clear message with Retry, and a
// long analysis can be cancelled (the worker is terminated and replaced) — the input survives all of it.
import { test, expect } from '@playwright/test';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_URL } from '../../playwright.config';
import { pasteText } from './helpers';

const EDITOR = 'Paste kubectl output or Terway logs';

test('a crashed worker, then one that cannot start: clear message, Retry, nothing lost', async ({ page }) => {
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  await pasteText(page, 'kept line 1\nkept line 2');
  await page
    .getByTestId('file-input')
    .setInputFiles([{ name: 'kept.log', mimeType: 'text/plain', buffer: Buffer.from('file line\n') }]);

  // let the automatic analysis of that input finish first
  await page.waitForTimeout(400);
  await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-state', 'running');

  // the next worker construction will fail once (test hook read by src/worker/client.ts)
  await page.evaluate(() => {
    (window as unknown as Record<string, unknown>)['__terwayTriageFailNextWorker'] = true;
  });
  // crash the running worker with an uncaught error
  const worker = page.workers()[0]!;
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash');
    }, 0);
  });
  const alert = page.getByRole('alert').filter({ hasText: 'worker' });
  await expect(alert).toContainText('simulated crash');
  await expect(alert).toContainText('Your input is still here.');
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: failed');

  // first retry: the replacement cannot even be created
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'worker' })).toContainText('could not be created');
  await expect(page.getByLabel(EDITOR)).toHaveValue('kept line 1\nkept line 2');

  // second retry: a fresh worker answers
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  await expect(page.getByLabel(EDITOR)).toHaveValue('kept line 1\nkept line 2');
  await expect(page.getByTestId('input-chip')).toContainText('kept.log');
  await expect.poll(() => page.workers().length).toBe(1);
});

// Behaviour only: how fast Cancel answers is a figure printed by `npm run bench:browser`, never asserted here.
test('Cancel stops a long analysis, keeps the input and brings up a fresh worker', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(join(tmpdir(), 'terway-triage-'));
  const big = join(dir, 'terway-huge.log');
  try {
    // ~150 MB of realistic daemon log lines: long enough to cancel mid-way
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(big);
      out.on('error', reject);
      const block =
        Array.from(
          { length: 1000 },
          (_, i) =>
            `time="2025-11-25T04:51:${String(i % 60).padStart(2, '0')}Z" level=info msg="pool sync: idle 3, inuse ${i % 17}" component=eni-pool`,
        ).join('\n') + '\n';
      let written = 0;
      const write = () => {
        while (written < 150 * 1024 * 1024) {
          written += block.length;
          if (!out.write(block)) return out.once('drain', write);
        }
        out.end(resolve);
      };
      write();
    });

    await page.goto(APP_URL);
    await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
    await page.getByLabel(EDITOR).fill('pasted text stays');
    await page.getByTestId('file-input').setInputFiles(big);
    await expect(page.getByTestId('progress')).toBeVisible({ timeout: 10_000 });

    const oldWorker = page.workers()[0]!;
    const terminated = new Promise<void>((resolve) => oldWorker.once('close', () => resolve()));
    await page.getByTestId('cancel').click();
    // the job is stopped: its worker is terminated, the run is idle, no progress is left on screen
    await terminated;
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-state', 'idle');
    await expect(page.getByTestId('cancel')).toHaveCount(0);
    await expect(page.getByTestId('progress')).toHaveCount(0);
    await expect(page.getByLabel(EDITOR)).toHaveValue('pasted text stays');
    await expect(page.getByTestId('input-chip')).toContainText('terway-huge.log');
    await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
    await expect.poll(() => page.workers().length).toBe(1);
    expect(page.workers()[0]).not.toBe(oldWorker);

    // the fresh worker analyses normally once the huge file is removed
    await page.getByRole('button', { name: 'Remove terway-huge.log' }).click();
    await page.getByTestId('samples-toggle').click();
    await page.getByTestId('sample-healthy-pod').click();
    await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
