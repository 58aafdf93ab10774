// The CLI speaks the language asked for: `--lang zh|en`, else the locale (LC_ALL, LC_MESSAGES, LANG).
// The words change, the JSON contract's fields and values do not.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { CLI_TIMEOUT, ROOT, triage as run } from './run-triage';

const SCENARIO = join(ROOT, 'tests/fixtures/scenarios/01-vswitch-exhausted-crd.txt');
const NO_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/** the CLI with no locale set, but for the one given */
const triage = (args: string[], env: Record<string, string> = {}) => run(args, { env: { ...NO_LOCALE, ...env } });

describe('triage --lang', { timeout: CLI_TIMEOUT }, () => {
  it('prints the Chinese report with --lang zh: verdict line, labels, checklist, sections', () => {
    const r = triage(['--lang', 'zh', SCENARIO]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^结论：资源耗尽（(高|中等|低)置信度）\s+与 Terway 有关\s+IPAM：集中式（crd）$/);
    expect(r.stdout).toContain('SOP 检查清单：');
    expect(r.stdout).toMatch(/\n {2}[✔✘?–] .+ \[(正常|有问题|缺少信息|不适用)\] /);
    expect(r.stdout).toContain('发现：');
    expect(r.stdout).toContain('下一步：');
    expect(r.stdout).toMatch(/共读取 \d+ 行、\d+ 个文档/);
    expect(r.stdout).toContain('InvalidVSwitchId.IpNotEnough');
    expect(r.stdout).not.toContain('Verdict:');
  });

  it('takes Chinese from LANG=zh_CN.UTF-8, and --lang en (or --lang=en) overrides it', () => {
    expect(triage([SCENARIO], { LANG: 'zh_CN.UTF-8' }).stdout).toMatch(/^结论：/);
    expect(triage(['--lang', 'en', SCENARIO], { LANG: 'zh_CN.UTF-8' }).stdout).toMatch(/^Verdict: Resource exhaustion/);
    expect(triage(['--lang=en', SCENARIO], { LANG: 'zh_CN.UTF-8' }).stdout).toMatch(/^Verdict: /);
    expect(triage([SCENARIO]).stdout).toMatch(/^Verdict: /);
  });

  it('keeps the JSON contract: the same fields and enum values, the words in Chinese', () => {
    const en = JSON.parse(triage(['--json', SCENARIO]).stdout);
    const zh = JSON.parse(triage(['--json', '--lang', 'zh', SCENARIO]).stdout);
    expect(Object.keys(zh)).toEqual(Object.keys(en));
    expect(zh.verdict.category).toBe(en.verdict.category);
    expect(zh.findings.map((f: { id: string }) => f.id)).toEqual(en.findings.map((f: { id: string }) => f.id));
    expect(zh.checklist.map((c: { status: string }) => c.status)).toEqual(
      en.checklist.map((c: { status: string }) => c.status),
    );
    expect(zh.verdict.summary).not.toBe(en.verdict.summary);
    expect(zh.verdict.summary).toMatch(/根因：/);
  });

  it('rejects another language with a usage error in the language of the locale', () => {
    const r = triage(['--lang', 'fr', SCENARIO]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^triage: --lang takes one of en, zh, not fr\n/);
    const zh = triage(['--lang', 'fr', SCENARIO], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toMatch(/^triage: --lang 只能是 en, zh 之一，而不是 fr\n/);
  });
});
