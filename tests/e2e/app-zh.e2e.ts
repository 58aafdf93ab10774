// The page in Chinese: a paste yields a Chinese report (verdict, checklist, findings, next steps and
// the Markdown export), the Reference finds each Chinese query's entry in the top 3, the browser's
// language picks Chinese and the header switch goes back, remembered in the URL only; the 390 px
// layout holds and axe finds no serious or critical violation.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { APP_URL } from '../../playwright.config';
import { NOTHING_STORED, setEditorText, storedData } from './helpers';
import { CHINESE_QUERIES } from '../i18n/chinese-queries';

/** the Chinese overlay of the entry the Reference test opens: what the page must show, from the data */
const ZH_ENTRY = (
  parse(readFileSync(join(import.meta.dirname, '../../catalog/i18n/zh/openapi.yaml'), 'utf8')) as Record<
    string,
    { title: string; explanation: string; fix: string }
  >
)['openapi-vswitch-ip-not-enough']!;
/** a text's words before its first comma or code span: plain text on the page whatever the markup after it */
const opening = (text: string) => text.split(/[，`]/)[0]!;

const PASTE = readFileSync(join(import.meta.dirname, '../fixtures/scenarios/01-vswitch-exhausted-crd.txt'), 'utf8');

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

async function chineseReport(page: Page) {
  await page.goto(`${APP_URL}#/?lang=zh`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('nav-triage')).toHaveText('诊断');
  await setEditorText(page, PASTE);
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 20_000 });
}

test('a paste yields a Chinese report, and the Markdown export is in Chinese', async ({ page }) => {
  test.slow();
  await chineseReport(page);
  await expect(page.locator('#verdict-heading')).toHaveText('资源耗尽');
  await expect(page.getByTestId('confidence')).toHaveText(/置信度$/);
  await expect(page.getByTestId('verdict-summary')).toContainText('根因：');
  await expect(page.getByTestId('terway-involvement')).toContainText('与 Terway 有关');
  await expect(page.locator('#checklist-heading')).toHaveText('SOP 检查清单');
  await expect(page.locator('#findings-heading')).toContainText('发现');
  await expect(page.getByTestId('finding-category').first()).toHaveText('类别 资源耗尽');
  await expect(page.locator('#next-heading')).toHaveText('接下来运行');
  await page.getByLabel('预览').check();
  const markdown = await page.getByTestId('markdown-preview').inputValue();
  expect(markdown).toMatch(/^## Terway 诊断：资源耗尽（(高|中等|低)置信度）/);
  expect(markdown).toContain('## SOP 检查清单');
  expect(markdown).toContain('| 步骤 | 状态 | 说明 |');
  expect(markdown).toContain('## 下一步');
  expect(markdown).toContain('InvalidVSwitchId.IpNotEnough');
  // the summary and each finding's origin in Chinese, with Chinese marks; the signals stay verbatim
  expect(markdown).toMatch(/\n根因：虚拟交换机的可用 IP 已耗尽（`InvalidVSwitchId\.IpNotEnough`）（位于 /);
  expect(markdown).toContain('，属于容量或配额耗尽。ECS 拒绝创建 ENI');
  expect(markdown).toContain('- 位置： Warning 事件 CreateENIFailed（`Node.network.alibabacloud.com`），涉及 ');
  expect(markdown).not.toMatch(/ event | from terway-|line of text/);
  await expect(page.getByTestId('engine-status')).toHaveText('引擎：就绪');
  expect(await storedData(page)).toEqual(NOTHING_STORED);
});

test('the Reference in Chinese: its words, and an entry’s title, explanation and fix from the overlay', async ({
  page,
}) => {
  test.slow();
  await page.goto(`${APP_URL}#/ref/openapi-vswitch-ip-not-enough?lang=zh`);
  await expect(page.locator('#ref-heading')).toHaveText('Terway 信号参考');
  await expect(page.getByTestId('ref-search')).toHaveAttribute('placeholder', /^例如 /);
  const entry = page.locator('article[data-id="openapi-vswitch-ip-not-enough"]').first();
  await expect(entry).toBeVisible({ timeout: 15_000 });
  await expect(entry.locator('h3')).toHaveText(ZH_ENTRY.title);
  await expect(entry).toContainText(`原因： ${opening(ZH_ENTRY.explanation)}`);
  await expect(entry).toContainText(`处理方法： ${opening(ZH_ENTRY.fix)}`);
  await expect(entry).toContainText('下一步检查');
  await expect(entry.getByRole('button', { name: '复制链接：openapi-vswitch-ip-not-enough' })).toBeVisible();
  await expect(page.getByTestId('ref-count')).toHaveText(/^\d+ 个条目$/);
  await page.getByTestId('ref-search').fill('交换机 IP 不足');
  await expect(page.getByTestId('ref-count')).toHaveText(/^\d+ 个条目匹配“交换机 IP 不足”$/);
});

test('the Reference finds each Chinese query’s entry in the top 3', async ({ page }) => {
  test.slow();
  await page.goto(`${APP_URL}#/ref?lang=zh`);
  const search = page.getByTestId('ref-search');
  await expect(page.getByTestId('ref-entry').first()).toBeVisible({ timeout: 15_000 });
  expect(CHINESE_QUERIES.length).toBeGreaterThanOrEqual(20);
  const misses: string[] = [];
  for (const [query, id] of CHINESE_QUERIES) {
    await search.fill(query);
    await expect
      .poll(
        async () =>
          (
            await page
              .getByTestId('ref-entry')
              .evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-id')))
          ).includes(id),
        { timeout: 5_000 },
      )
      .toBe(true)
      .catch(() => misses.push(query));
  }
  expect(misses).toEqual([]);
});

test('the browser’s Chinese picks the language; the header switch changes it, kept in the URL only', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(APP_URL);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('nav-ref')).toHaveText('参考');
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('nav-ref')).toHaveText('Reference');
  expect(page.url()).toMatch(/lang=en$/);
  // a plain link keeps the choice
  await page.getByTestId('nav-ref').click();
  await expect(page).toHaveURL(/#\/ref\?lang=en$/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await storedData(page)).toEqual(NOTHING_STORED);
  await context.close();
});

test('at 390 px the Chinese report does not overflow, and axe finds no serious violation', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 800 });
  await chineseReport(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`${APP_URL}#/ref/openapi-vswitch-ip-not-enough?lang=zh`);
  await expect(page.getByTestId('ref-entry').first()).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
});
