import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import EvidenceItem from '../../../src/ui/triage/EvidenceItem.svelte';
import type { Report } from '../../../src/engine/index';
import { analyzeText, withSession, sample, testSession } from './session-harness';

let report: Report;
beforeAll(async () => {
  report = await analyzeText(sample('vswitch-ip-not-enough'));
});

function sessionWith(sources: 'text' | 'file') {
  const session = testSession();
  session.report = report;
  session.sources = [sources === 'text' ? { type: 'text' } : { type: 'chip', id: 1, name: 'terway.log' }];
  return session;
}

describe('EvidenceItem', () => {
  it('opens a pasted line in place and asks the editor to show it, with the terms to select', async () => {
    const session = sessionWith('text');
    const evidence = report.findings[0]!.evidence[0]!;
    render(EvidenceItem, { props: { evidence, secret: false, terms: ['IPNotEnough'] }, ...withSession(session) });
    const button = screen.getByRole('button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('evidence-full').textContent).toContain(`Line ${evidence.line} of the pasted text`);
    expect(session.highlight).toMatchObject({ line: evidence.line, terms: ['IPNotEnough'], from: button.id });
  });

  it('names the file a line came from and asks the editor for nothing', async () => {
    const session = sessionWith('file');
    const evidence = report.findings[0]!.evidence[0]!;
    render(EvidenceItem, { props: { evidence, secret: false }, ...withSession(session) });
    await fireEvent.click(screen.getByRole('button'));
    expect(screen.getByTestId('evidence-full').textContent).toContain(`terway.log, line ${evidence.line}`);
    expect(session.highlight).toBeNull();
  });

  it('never shows a line that holds a credential, and masks a key value elsewhere', () => {
    const session = sessionWith('text');
    const key = 'LTAI5tQ8xYz3AbCdEfGhIjKl';
    const { unmount } = render(EvidenceItem, {
      props: { evidence: { line: 1, text: `access_key_id: ${key}` }, secret: true },
      ...withSession(session),
    });
    expect(document.body.textContent).not.toContain(key);
    expect(document.body.textContent).toContain('holds a credential');
    unmount();
    render(EvidenceItem, {
      props: { evidence: { line: 2, text: `client uses ${key} now` }, secret: false },
      ...withSession(session),
    });
    expect(document.body.textContent).not.toContain(key);
    expect(screen.getByRole('button').textContent).toContain('client uses');
  });

  it('shows bidi and zero-width characters as markers and says so', () => {
    const session = sessionWith('text');
    render(EvidenceItem, {
      props: { evidence: { line: 3, text: 'vsw-\u202Eabc\u200B' }, secret: false },
      ...withSession(session),
    });
    expect(screen.getByRole('button').textContent).toContain('vsw-<U+202E>abc<U+200B>');
    expect(screen.getByTestId('evidence-invisible')).toBeTruthy();
  });
});
