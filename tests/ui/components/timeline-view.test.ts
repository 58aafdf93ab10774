import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import TimelineView from '../../../src/ui/incident/TimelineView.svelte';
import { analyzeText, testSession, withSession } from './session-harness';

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '../../fixtures', path), 'utf8');

describe('TimelineView', () => {
  it('renders a window of rows, not one per entry, and says how many there are', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) =>
        `E0722 15:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000000 1 pool.go:201] error allocate ip: <img src=x onerror=alert(1)> ${i}`,
    );
    const report = await analyzeText(lines.join('\n'));
    expect(report.timeline.length).toBe(3000);
    const { container } = render(TimelineView, { props: { report }, ...withSession(testSession()) });
    const rows = screen.getAllByTestId('timeline-entry');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
    expect(screen.getByTestId('timeline-count').textContent).toContain('3,000 of 3,000');
    // pasted text stays text
    expect(container.querySelector('img')).toBeNull();
    expect(rows[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('places relative ages once a pasted-at time is set, and filters to warnings and errors', async () => {
    const report = await analyzeText(fixture('timeline/many-pods-events.txt'));
    render(TimelineView, { props: { report }, ...withSession(testSession()) });
    const kinds = () => screen.getAllByTestId('timeline-entry').map((r) => r.dataset['atKind']);
    expect(new Set(kinds())).toEqual(new Set(['relative']));
    expect(screen.getByTestId('timeline-anchor').textContent).toContain('relative');
    await fireEvent.input(screen.getByTestId('timeline-pasted-at'), { target: { value: '2025-11-25T05:10:00' } });
    expect(new Set(kinds())).toEqual(new Set(['anchored']));
    await fireEvent.click(screen.getByTestId('timeline-problems'));
    expect(screen.getAllByTestId('timeline-entry').every((r) => r.textContent!.includes('Warning'))).toBe(true);
  });
});
