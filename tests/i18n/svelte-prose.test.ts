// The markup scanner on small components: it must see words in each place a person reads them and
// stay quiet about commands, keys, machine attributes and strings an expression only compares.
import { describe, it, expect } from 'vitest';
import { hasWords, proseInMarkup } from './svelte-prose';

describe('proseInMarkup', () => {
  it('finds words in text, in people attributes and in shown string literals, with their lines', () => {
    const source = [
      '<p>Engine: ready</p>',
      '<input placeholder="Search the reference" />',
      '<button aria-label={open ? "Close" : "Open"}>×</button>',
      '<img alt="logo {n}" src="a.png" />',
      '<span title={`Copy ${what}`}>⧉</span>',
      '<CopyButton text={cmd} label={`Copy command: ${cmd}`} />',
      '{#if x}<em>{ok ? "Ready" : msg("a.b")}</em>{/if}',
    ].join('\n');
    expect(proseInMarkup(source)).toEqual([
      '1: "Engine: ready"',
      '2: "Search the reference"',
      '3: "Close"',
      '3: "Open"',
      '4: "logo"',
      '5: "Copy"',
      '6: "Copy command:"',
      '7: "Ready"',
    ]);
  });

  it('lets through messages, punctuation, numbers, names, commands, keys and machine attributes', () => {
    const source = [
      '<script>let a = "Not markup";</script>',
      '<p class="big words" data-x="more words" style:width="{w}px">{msg("x.y", { n: 2 })} · 3 — {n}%</p>',
      '<code>kubectl get pods</code> <kbd>Ctrl</kbd>',
      '<h1>Terway Triage</h1> <span>kubectl · ENI · v1.12.3</span>',
      '<option lang="zh-CN">简体中文</option>',
      '<p data-state={busy ? "running" : "idle"}>{state === "failed" ? n : m}</p>',
      '<style>p { color: red; }</style>',
    ].join('\n');
    expect(proseInMarkup(source)).toEqual([]);
  });

  it('counts any script, not only Latin letters', () => {
    expect(hasWords('已就绪')).toBe(true);
    expect(hasWords('→ 12 · …')).toBe(false);
    expect(hasWords('Terways')).toBe(true);
  });
});
