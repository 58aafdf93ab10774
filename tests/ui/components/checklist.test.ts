import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Checklist from '../../../src/ui/triage/Checklist.svelte';
import type { ChecklistItem } from '../../../src/engine/index';
import { analyzeText, sample } from './session-harness';

describe('Checklist', () => {
  it("lists the SOP steps of a real report with each step's status", async () => {
    const report = await analyzeText(sample('vswitch-ip-not-enough'));
    render(Checklist, { props: { items: report.checklist } });
    const rows = screen.getAllByTestId('checklist-item');
    expect(rows.map((r) => r.dataset.status)).toEqual(report.checklist.map((c) => c.status));
    expect(rows[0]!.textContent).toContain(report.checklist[0]!.step);
    expect(rows.some((r) => r.classList.contains('problem'))).toBe(true);
  });

  it('renders `code` spans in a note as code and markup in it as text', () => {
    const items: ChecklistItem[] = [
      {
        step: '2 Pod events',
        sopStep: 2,
        status: 'missing',
        note: 'paste `kubectl describe pod` <img src=x onerror=alert(1)>',
      },
      { step: '4 IPAM mode', sopStep: 4, status: 'n/a', note: 'not relevant' },
    ];
    const { container } = render(Checklist, { props: { items } });
    expect(container.querySelector('code')?.textContent).toBe('kubectl describe pod');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByTestId('checklist-item')[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(screen.getAllByTestId('checklist-item')[1]!.className).toContain('na');
  });
});
