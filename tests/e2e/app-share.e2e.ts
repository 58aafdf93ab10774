// "Copy report as Markdown": redacted by default with stable pseudonyms, mapping visible only locally,
// credentials never exported.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { APP_URL } from '../../playwright.config';
import { eniConfigPaste } from '../engine/eni-config-paste';

const EDITOR = 'Paste kubectl output or Terway logs';
const ORIGINALS = [
  'vsw-bp1q2w3e4r5t6y7u8i9o0',
  'cn-hangzhou.10.0.12.34',
  '10.0.12.34',
  '5F1D3C2B-8A9E-4B7C-9D0E-1F2A3B4C5D6E',
  'i-bp1z9y8x7w6v5u4t3s2r',
  'eni-bp1a2b3c4d5e6f7g8h9i',
];
const SECRET = 'LTAI5tRq8XyZaBcDeFgHiJkL';
const ENI_CONFIG = [
  '',
  ...eniConfigPaste([
    '"version": "1",',
    `"access_key": "${SECRET}",`,
    '"access_secret": "q1w2e3r4t5y6u7i8o9p0AsDfGhJkLz",',
    '"vswitches": {"cn-hangzhou-k": ["vsw-bp1q2w3e4r5t6y7u8i9o0"]},',
    '"security_group": "sg-bp1k2l3m4n5o6p7q8r9s",',
    '"ipam_type": "crd"',
  ]),
  '',
].join('\n');

const readClipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(APP_URL);
  await expect(page.getByTestId('engine-status')).toHaveText('Engine: ready');
});

test('the Markdown export is redacted by default, coherently, and the mapping stays local', async ({ page }) => {
  await page.getByLabel(EDITOR).fill(readFileSync('src/samples/vswitch-ip-not-enough.txt', 'utf8'));
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-category', 'resource-exhaustion', {
    timeout: 15_000,
  });

  await expect(page.getByTestId('redact-toggle')).toBeChecked();
  await page.getByTestId('copy-markdown').click();
  await expect(page.getByTestId('copy-status')).toContainText('redacted');
  const md = await readClipboard(page);
  expect(md).toMatch(/^## Terway triage: Resource exhaustion \(high confidence\)/);
  expect(md).toContain('InvalidVSwitchId.IpNotEnough');
  for (const original of ORIGINALS) expect(md).not.toContain(original);
  expect(md).toContain('vsw-1');
  expect(md).toContain('node-1');
  expect(md).toMatch(/## SOP checklist/);
  // stable: the vSwitch is the same pseudonym everywhere it appears
  expect(md).not.toContain('vsw-2');
  // pod names are kept unless asked
  expect(md).toContain('web-7d9f8c6b5-x2x9q');

  await page.getByTestId('redact-pods-toggle').check();
  await page.getByTestId('copy-markdown').click();
  const mdPods = await readClipboard(page);
  expect(mdPods).not.toContain('web-7d9f8c6b5-x2x9q');
  expect(mdPods).toContain('pod-1');

  // the mapping is shown on the page, never in the export
  await page.getByLabel('Show mapping').check();
  const mapping = page.getByTestId('redaction-mapping');
  await expect(mapping).toContainText('vsw-bp1q2w3e4r5t6y7u8i9o0');
  await expect(mapping).toContainText('cn-hangzhou.10.0.12.34');
  expect(mdPods).not.toContain('Pseudonym');

  // redaction off is explicit
  await page.getByTestId('redact-toggle').uncheck();
  await expect(page.getByText('Redaction is off')).toBeVisible();
  await page.getByTestId('copy-markdown').click();
  const raw = await readClipboard(page);
  expect(raw).toContain('vsw-bp1q2w3e4r5t6y7u8i9o0');
  expect(raw).toContain('Not redacted.');
});

test('an AccessKey in the paste raises a warning; its value is masked and never exported', async ({ page }) => {
  const base = readFileSync('src/samples/vswitch-ip-not-enough.txt', 'utf8');
  const logLine = `time="2025-11-25T04:55:12Z" level=error msg="openapi call failed" AccessKeyId=${SECRET} error="InvalidVSwitchId.IpNotEnough"`;
  const text = `${base}${logLine}\n${ENI_CONFIG}`;
  await page.getByLabel(EDITOR).fill(text);
  await page.keyboard.press('Control+Enter');
  const warning = page.getByTestId('credential-warning');
  await expect(warning).toBeVisible({ timeout: 15_000 });
  // the exact line and key of each, in a log line as in the ConfigMap
  const lines = text.split('\n');
  const at = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
  await expect(warning).toContainText(`AccessKeyId on line ${at('AccessKeyId=')}`);
  await expect(warning).toContainText(`access_key on line ${at('"access_key"')}`);
  await expect(warning).toContainText(`access_secret on line ${at('"access_secret"')}`);
  // a line reference shows that line in the input
  await warning.getByTestId('credential-line').nth(1).click();
  await expect(page.getByTestId('line-highlight')).toHaveAttribute('data-line', String(at('"access_key"')));
  // the report area never shows the value
  await expect(page.getByTestId('report')).not.toContainText(SECRET);

  for (const redact of [true, false]) {
    await page.getByTestId('redact-toggle').setChecked(redact);
    await page.getByTestId('copy-markdown').click();
    const md = await readClipboard(page);
    expect(md).not.toContain(SECRET);
    expect(md).not.toContain('q1w2e3r4t5y6u7i8o9p0AsDfGhJkLz');
    expect(md).toContain('The input holds credentials');
  }
});
