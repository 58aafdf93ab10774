// The triage report on real engine output: samples pasted or dropped, verdict, findings with the
// root cause first, evidence lines that jump to the input, commands pre-filled with names from the paste.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_URL } from '../../playwright.config';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import {
  dropFiles,
  foreignRequests,
  NOTHING_STORED,
  pasteText,
  setEditorText,
  storedData,
  watchPage,
  reportRendered,
} from './helpers';

const ORIGIN = new URL(APP_URL).origin;
const EDITOR = 'Paste kubectl output or Terway logs';
const sample = (name: string) => readFileSync(`src/samples/${name}.txt`, 'utf8');

/** Distinct Terway failures, more than a page of causes holds: each its own finding. */
const TERWAY_FAILURES = [
  'exclusive eni mode changed',
  'dial unix /var/run/eni/eni.socket: connect: no such file or directory',
  'cni plugin not initialized',
  'unsupport kernel version, require >=5.10',
  'error restart device plugin after kubelet restart',
  'unable to set feature gates',
  'failed to parse network config',
  'Failed to program iptables, will retry',
  'default route is dumplicated',
  'error create trunk eni, InvalidVSwitchId.IpNotEnough',
  'plugin type="terway" failed (add): cmdAdd: error alloc ip',
  'errCode: Throttling.User, msg: Request was denied due to user flow control.',
  'failed to acquire lock: timeout',
  'eth0 config is missing',
];

async function open(page: Page) {
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
}

async function loadSample(page: Page, id: string) {
  await page.getByTestId('samples-toggle').click();
  await page.getByTestId(`sample-${id}`).click();
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
}

test('pasting the vSwitch-out-of-IPs incident gives the verdict, root cause first, and jumps to evidence', async ({
  page,
}) => {
  const watch = watchPage(page);
  await open(page);
  await page.getByRole('heading', { name: 'Input' }).click();
  await pasteText(page, sample('vswitch-ip-not-enough'));
  // analysis starts by itself after the paste
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-category', 'resource-exhaustion', { timeout: 15_000 });
  await expect(page.getByTestId('confidence')).toHaveText('high confidence');
  await expect(page.getByTestId('terway-involvement')).toContainText('Terway is involved');
  // why: a line one of Terway's own components wrote, named by its producer
  await expect(page.getByTestId('terway-evidence').first()).toHaveText(
    /, written by (terwayd|terway-cni|terway-controlplane) \(line \d+\)$/,
  );
  await expect(page.getByTestId('ipam-mode')).toContainText('centralized (crd)');
  await expect(page.getByTestId('verdict-summary')).toContainText('InvalidVSwitchId.IpNotEnough');
  await expect(page.getByTestId('stats')).toContainText(/read \d+ documents?, \d+ events?/);

  // what was read: the documents the engine split the paste into
  await page.getByText(/What was read/).click();
  await expect(page.getByTestId('documents')).toContainText('describe-pod');
  await expect(page.getByTestId('documents')).toContainText('describe-node-cr');

  // findings: the root cause is the first card; its symptoms are folded under it, tagged as such
  const findings = page.getByTestId('finding');
  await expect(findings.first()).toContainText('Root cause');
  await expect(findings.first().getByTestId('finding-signal')).toHaveText('InvalidVSwitchId.IpNotEnough');
  await expect(page.getByTestId('symptom-tag').first()).toBeHidden();
  await page.getByTestId('symptoms').first().locator('> summary').click();
  await expect(page.getByTestId('symptom-tag').first()).toBeVisible();
  await expect(page.getByText('Root cause', { exact: true })).toHaveCount(1);

  // the worker's slim catalog carries no fixes: the page fills the whole explanation and fix back
  const entry = loadCatalogFromDir().entries.find((e) => e.id === 'openapi-vswitch-ip-not-enough')!;
  const plain = (t: string) => t.replace(/`/g, '').replace(/\s+/g, ' ');
  await expect(findings.first()).toContainText(plain(entry.fix));
  await expect(findings.first()).toContainText(plain(entry.explanation));

  // the checklist shows every SOP step with a status
  await expect(page.getByTestId('checklist-item')).toHaveCount(5);
  await expect(page.getByTestId('checklist-item').nth(2)).toHaveAttribute('data-status', 'problem');

  // severity and category are badges that say what they are
  await expect(findings.first().getByTestId('finding-severity')).toHaveText('severity error');
  await expect(findings.first().getByTestId('finding-category')).toHaveText('category Resource exhaustion');

  // clicking an evidence line scrolls the editor to it and highlights it
  const lineNo = sample('vswitch-ip-not-enough')
    .split('\n')
    .findIndex((l) => l.includes('Warning  CreateENIFailed'));
  const evidence = findings.first().getByTestId('evidence').first();
  await expect(evidence).toHaveAttribute('data-line', String(lineNo + 1));
  await evidence.getByRole('button').click();
  const band = page.getByTestId('line-highlight');
  await expect(band).toHaveAttribute('data-line', String(lineNo + 1));
  await expect(band).toBeInViewport();
  // the user's place is kept: the input column is sticky, the finding is still on screen
  await expect(evidence).toBeInViewport();
  // the signal itself is selected, scrolled into view sideways and marked, not just the line start
  const editor = page.getByLabel(EDITOR);
  const selected = await editor.evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
  expect(selected).toBe('InvalidVSwitchId.IpNotEnough');
  expect(await editor.evaluate((t) => t.scrollTop)).toBeGreaterThan(0);
  expect(await editor.evaluate((t) => t.scrollLeft)).toBeGreaterThan(0);
  const mark = await page.getByTestId('signal-mark').boundingBox();
  const box = await editor.boundingBox();
  expect(mark!.width).toBeGreaterThan(50);
  expect(mark!.x).toBeGreaterThanOrEqual(box!.x);
  expect(mark!.x + mark!.width).toBeLessThanOrEqual(box!.x + box!.width);
  // and the evidence row now shows the whole line, wrapped
  const rowText = evidence.locator('.text');
  await expect(rowText).toContainText('requestID: 5F1D3C2B-8A9E-4B7C-9D0E-1F2A3B4C5D6E');
  expect(await rowText.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(evidence.getByTestId('evidence-full')).toContainText(`Line ${lineNo + 1} of the pasted text`);

  // next steps are pre-filled with the node from the paste, with copy buttons
  const next = page.getByTestId('next-step');
  await expect(next.first()).toBeVisible();
  await expect(next.filter({ hasText: 'cn-hangzhou.10.0.12.34' }).first()).toBeVisible();
  await expect(next.first().getByRole('button', { name: /Copy command/ })).toBeVisible();
  // and so are the gather commands, including the one that finds the Terway pod on that node
  await expect(page.getByTestId('gather-describe-pod')).toContainText(
    'kubectl describe pod web-7d9f8c6b5-x2x9q -n shop',
  );
  await expect(page.getByTestId('gather-terway-pod-on-node')).toContainText(
    "kubectl get pods -n kube-system -o wide -l 'app in (terway-eniip,terway-eni)' --field-selector spec.nodeName=cn-hangzhou.10.0.12.34",
  );
  await expect(page.getByTestId('gather')).toContainText('--context <kube-context>');
  await expect(page.getByTestId('gather-node-cr')).toContainText(
    'kubectl describe nodes.network.alibabacloud.com cn-hangzhou.10.0.12.34',
  );

  // the finding links to its reference entry (with the full text, on demand)
  await findings.first().getByTestId('finding-more').locator('> summary').click();
  await findings
    .first()
    .getByRole('link', { name: /Reference:/ })
    .click();
  await expect(page).toHaveURL(/#\/ref\/openapi-vswitch-ip-not-enough$/);
  await expect(page.locator('[data-testid="ref-entry"].selected')).toHaveAttribute(
    'data-id',
    'openapi-vswitch-ip-not-enough',
  );
  // back in the triage view the paste and the report are still there
  await page.getByTestId('nav-triage').click();
  await expect(page.getByLabel(EDITOR)).toHaveValue(sample('vswitch-ip-not-enough'));
  await expect(verdict).toBeVisible();

  expect(await storedData(page)).toEqual(NOTHING_STORED);
  expect(foreignRequests(watch.requests, ORIGIN)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('every built-in example gets the verdict it was written for', async ({ page }) => {
  await open(page);
  const cases: [string, string, RegExp][] = [
    ['exclusive-eni-mode-changed', 'configuration', /exclusive eni mode changed/i],
    ['cni-not-initialized', 'environment', /cni plugin not initialized/i],
    ['no-vswitch-for-zone', 'configuration', /can not found available vSwitch/i],
    ['healthy-pod', 'none', /AllocIPSucceed/],
  ];
  for (const [id, category, signal] of cases) {
    await loadSample(page, id);
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-category', category);
    await expect(page.getByTestId('finding').first()).toContainText(signal);
  }
  await loadSample(page, 'calico-cluster');
  await expect(page.getByTestId('terway-involvement')).toHaveText('Terway is not involved');
  await expect(page.getByTestId('verdict')).toContainText('calico');

  // terway-init sample: commands are pre-filled with the terway pod found in the paste
  await loadSample(page, 'exclusive-eni-mode-changed');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-category', 'configuration');
  await expect(page.getByTestId('gather-terway-init-logs')).toContainText(
    'kubectl logs -n kube-system terway-eniip-7tq9c -c terway-init',
  );
  await expect(page.getByTestId('next-step').filter({ hasText: 'terway-eniip-7tq9c' }).first()).toBeVisible();
  // the signal reads as this paste spells it; Terway's format string is one hover away
  const signal = page
    .getByTestId('finding-signal')
    .filter({ hasText: /^task: / })
    .first();
  await expect(signal).toHaveText('task: eniOnlyerror: exclusive eni mode changed');
  await expect(signal).toHaveAttribute('title', "Terway's format: task: %serror: %v");
});

test('dropped files: chips show detected kinds, evidence from a file shows the line text', async ({ page }) => {
  await open(page);
  await dropFiles(page, [
    { name: 'pod.txt', text: sample('cni-not-initialized') },
    { name: 'terway-init.log', text: sample('exclusive-eni-mode-changed') },
  ]);
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  const chips = page.getByTestId('input-chip');
  await expect(chips).toHaveCount(2);
  await expect(chips.nth(0).getByTestId('chip-kinds')).toContainText('describe-pod');
  await expect(chips.nth(1).getByTestId('chip-kinds')).toContainText('get-pods');

  // an evidence line from the second file: line numbers continue after the first file
  const firstLen = sample('cni-not-initialized').trimEnd().split('\n').length;
  const ev = page.getByTestId('evidence').filter({ hasText: 'exclusive eni mode changed' }).first();
  const line = Number(await ev.getAttribute('data-line'));
  expect(line).toBeGreaterThan(firstLen);
  await ev.getByRole('button').click();
  // opened in place: the file and line it came from, and the whole line wrapped
  await expect(ev.getByTestId('evidence-full')).toContainText('terway-init.log, line');
  await expect(ev.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  expect(await ev.locator('.text').evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  await expect(page.getByTestId('line-highlight')).toHaveCount(0);
});

test('Ctrl/Cmd+Enter re-runs the analysis after an edit', async ({ page }) => {
  await open(page);
  await page.getByLabel(EDITOR).fill(sample('healthy-pod'));
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-category', 'none', { timeout: 15_000 });
  await page.getByLabel(EDITOR).fill(sample('no-vswitch-for-zone'));
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-category', 'configuration');
});

test('a huge report keeps the DOM bounded: findings page by 10, evidence is the kept samples', async ({ page }) => {
  await open(page);
  // many different Terway signals in one paste, each repeated
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++)
    lines.push(`E1125 04:51:02.118120       1 daemon.go:${i}] ${TERWAY_FAILURES[i % TERWAY_FAILURES.length]}`);
  await setEditorText(page, lines.join('\n'));
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 20_000 });
  await reportRendered(page);
  // causes page by 10; their symptoms are folded under them
  const cards = await page.locator('[data-testid=chain] > [data-testid=finding]').count();
  expect(cards).toBeGreaterThan(0);
  expect(cards).toBeLessThanOrEqual(10);
  for (const card of await page.getByTestId('finding').all())
    expect(await card.getByTestId('evidence').count()).toBeLessThanOrEqual(5);
  expect(await page.locator('main *').count()).toBeLessThan(3000);
});

test('"Open the finding" in the timeline reaches a finding on a later page of the report, and one folded under its cause', async ({
  page,
}) => {
  await open(page);
  // more distinct Terway failures than a page of causes holds, each timed
  const lines = TERWAY_FAILURES.map(
    (r, i) => `E1125 04:51:${String(10 + i).padStart(2, '0')}.118120       1 daemon.go:${i}] ${r}`,
  );
  await setEditorText(page, lines.join('\n'));
  await reportRendered(page);
  const onPage = new Set(
    await page.getByTestId('finding').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id'])),
  );
  // a timeline entry whose finding has no card shown yet, then one whose card is folded under its cause
  const entries = page.getByTestId('timeline-entry');
  const ids = await entries.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['finding'] ?? ''));
  const later = ids.find((id) => id !== '' && !onPage.has(id));
  expect(later, 'a timeline finding on a later page').toBeTruthy();
  const opens = async (id: string) => {
    await page
      .locator(`[data-testid=timeline-entry][data-finding="${id}"]`)
      .first()
      .getByTestId('timeline-finding')
      .click();
    const card = page.locator(`[data-testid=finding][data-id="${id}"]`).first();
    await expect(card).toBeVisible();
    await expect(card).toBeFocused();
  };
  await opens(later!);
  const folded = await page
    .locator('details[data-testid=symptoms]:not([open]) [data-testid=finding]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id'] ?? ''));
  const foldedTarget = folded.find((id) => ids.includes(id));
  expect(foldedTarget, 'a timeline finding folded under its cause').toBeTruthy();
  await opens(foldedTarget!);
});

test('on a narrow window: "Jump to report" after an analysis, and "Back to the finding" after showing a line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 700, height: 800 });
  await open(page);
  await loadSample(page, 'vswitch-ip-not-enough');
  const jump = page.getByTestId('jump-to-report');
  await jump.click();
  await expect(page.locator('#verdict-heading')).toBeFocused();
  await expect(page.locator('#verdict-heading')).toBeInViewport();

  // one column: showing a line scrolls up to the editor; a button brings the finding back
  const evidence = page.getByTestId('finding').first().getByTestId('evidence').first();
  await evidence.getByRole('button').click();
  await expect(page.getByTestId('line-highlight')).toBeInViewport();
  await expect(evidence).not.toBeInViewport();
  await page.getByTestId('back-to-finding').click();
  await expect(evidence).toBeInViewport();
  await expect(evidence.getByRole('button')).toBeFocused();

  // two columns: the report is beside the input, no jump needed
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(jump).toBeHidden();
});

test('a log with a million matching lines: a readable report, the kept samples said as such, a bounded DOM', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(join(tmpdir(), 'terway-triage-'));
  const file = join(dir, 'kubelet-million.log');
  try {
    writeFileSync(
      file,
      'E1125 04:51:02.118120    1432 kubelet.go:2902] cni plugin not initialized\n'.repeat(1_000_000),
    );
    await open(page);
    await page.getByTestId('file-input').setInputFiles(file);
    await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 100_000 });
    await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-state', 'running', { timeout: 100_000 });
    const card = page.locator('[data-testid="finding"][data-id="cni-not-initialized"]').first();
    await expect(card.getByTestId('finding-count')).toHaveText('×1,000,000');
    await expect(card.getByTestId('evidence-count')).toHaveText(
      '1,000,000 matching lines · showing the 5 kept as samples',
    );
    await expect(card).toContainText('only the first 5 are kept as samples');
    await expect(card.getByTestId('evidence')).toHaveCount(5);
    await reportRendered(page);
    expect(await page.locator('main *').count()).toBeLessThan(3000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
