// The incident in time and in place (issue 17): the timeline of a mixed paste, the gutter marks and
// the list of lines nothing explains, the table grouped by cause for a multi-pod events paste, in
// reach of the keyboard and without axe violations in either theme.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_URL } from '../../playwright.config';
import { pasteText, setEditorText } from './helpers';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/timeline', name), 'utf8');
const MIXED = fixture('mixed-events-and-log.txt');
const MANY_PODS = fixture('many-pods-events.txt');

async function analyse(page: Page, text: string) {
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  await setEditorText(page, text);
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
}

test('the timeline of a mixed paste puts the event before the log line that confirms it', async ({ page }) => {
  await analyse(page, MIXED);
  const entries = page.getByTestId('timeline-entry');
  await expect(entries).toHaveCount(5);
  const lines = await entries.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['line']));
  // Scheduled (28−1), the FailedCreatePodSandBox event, then terway's IpNotEnough line, its warning, its repeat
  expect(lines).toEqual(['27', '28', '32', '33', '34']);
  const event = entries.nth(1);
  await expect(event).toHaveAttribute('data-kind', 'event');
  await expect(event).toHaveAttribute('data-at-kind', 'anchored');
  await expect(event.getByTestId('timeline-root')).toBeVisible();
  await expect(entries.nth(2)).toHaveAttribute('data-finding', 'openapi-vswitch-ip-not-enough');
  await expect(page.getByTestId('timeline-anchor')).toContainText('2025-11-25T04:59:58');

  // the entry's line opens in the editor; its finding link opens the card
  await entries.nth(2).getByTestId('timeline-line').click();
  await expect(page.getByTestId('line-highlight')).toHaveAttribute('data-line', '32');
  await entries.nth(2).getByTestId('timeline-finding').click();
  await expect(page.locator('[data-testid="finding"][data-id="openapi-vswitch-ip-not-enough"]')).toBeFocused();

  // warnings and errors only drops the Normal event
  await page.getByTestId('timeline-problems').check();
  await expect(entries).toHaveCount(4);
  await page.getByTestId('timeline-problems').uncheck();
  // a time the user sets places the ages against it
  await page.getByTestId('timeline-pasted-at').fill('2025-11-25T05:10:00');
  await expect(page.getByTestId('timeline-anchor')).not.toContainText('04:59:58');
});

test('unexplained warning lines are marked in the gutter and listed; a mark opens its finding', async ({ page }) => {
  await analyse(page, MIXED);
  const list = page.getByTestId('unexplained-lines');
  await expect(list.getByTestId('unexplained-line')).toHaveText(['line 33']);
  await list.getByTestId('unexplained-line').click();
  await expect(page.getByTestId('line-highlight')).toHaveAttribute('data-line', '33');
  const warning = page.locator('[data-testid="gutter-mark"][data-line="33"]');
  await expect(warning).toHaveAttribute('data-kind', 'unexplained');
  await expect(warning).toHaveAccessibleName(/Line 33: Nothing explains this line/);
  const root = page.locator('[data-testid="gutter-mark"][data-line="32"]');
  await expect(root).toHaveAttribute('data-kind', 'root');
  // by keyboard: focus shows the title, Enter opens the finding
  await root.focus();
  await expect(root.locator('.tip')).toBeVisible();
  await expect(root.locator('.tip')).toContainText('Root cause: vSwitch ran out of free IP addresses');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="finding"][data-id="openapi-vswitch-ip-not-enough"]')).toBeFocused();
});

test('a long paste gets a minimap of its marks', async ({ page }) => {
  const filler = Array.from(
    { length: 400 },
    (_, i) => `I1125 04:50:${String(i % 60).padStart(2, '0')}.000000 1 x.go:1] ok ${i}`,
  );
  await analyse(page, `${MIXED}\n${filler.join('\n')}\n`);
  await expect(page.getByTestId('mark-strip')).toBeVisible();
});

test('a large paste shown in the viewer carries the same gutter marks', async ({ page }) => {
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
  const filler = 'I1125 04:50:00.000000 1 x.go:1] ok\n';
  await pasteText(page, { repeat: `${MIXED}${filler.repeat(2000)}`, times: 30 });
  await expect(page.getByTestId('input-chip')).toHaveCount(1);
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 30_000 });
  // the first unexplained warning opens in the viewer, its mark beside it
  await page.getByTestId('unexplained-line').first().click();
  await expect(page.getByTestId('text-viewer')).toBeVisible();
  const mark = page.getByTestId('text-viewer').locator('[data-testid="gutter-mark"][data-line="33"]');
  await expect(mark).toHaveAttribute('data-kind', 'unexplained');
});

test('a multi-pod events paste shows the table grouped by cause', async ({ page }) => {
  await analyse(page, MANY_PODS);
  const rows = page.getByTestId('group-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('group-summary')).toHaveText(
    '12 pods in 4 namespaces on 3 nodes, vSwitch vsw-bp1q2w3e4r5t6y7u8i9o0',
  );
  const node = rows.first().getByRole('button', { name: /^cn-hangzhou\.10\.0\.12\.35 \(4\), first seen on line 6$/ });
  await node.click();
  await expect(page.getByTestId('line-highlight')).toHaveAttribute('data-line', '6');
  // the object filter narrows the timeline to one pod
  await page.getByTestId('timeline-where').selectOption('o:search/es-1');
  await expect(page.getByTestId('timeline-entry')).toHaveCount(2);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test.slow();
    test('the timeline, the grouped table, the unexplained lines and the gutter marks have no axe violation', async ({
      page,
    }) => {
      await analyse(page, `${MANY_PODS}\n${MIXED}`);
      await page.getByTestId('unexplained-line').first().click();
      await expect(page.getByTestId('gutter-mark').first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('[data-testid="timeline"]')
        .include('[data-testid="group-table"]')
        .include('[data-testid="unexplained-lines"]')
        .include('[data-testid="gutter-marks"]')
        .analyze();
      expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target) }))).toEqual(
        [],
      );
    });
  });
}
