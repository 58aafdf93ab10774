import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import KnownBugsByVersion from '../../../src/ui/reference/KnownBugsByVersion.svelte';
import { KNOWN_BUGS_ID } from '../../../src/ui/reference/known-bugs-route';
import { catalog } from './session-harness';

const bugs = catalog.knownBugs;
const rows = (testid: string) =>
  within(screen.getByTestId(testid))
    .getAllByTestId('bug-row')
    .map((r) => r.getAttribute('data-id'));

describe('KnownBugsByVersion', () => {
  it('lists the bugs a typed version has, each with the release that fixes it', async () => {
    render(KnownBugsByVersion, { props: { bugs } });
    expect(screen.queryByTestId('bugs-affected')).toBeNull();
    await fireEvent.input(screen.getByTestId('bugs-from'), { target: { value: 'v1.12.1' } });
    expect(rows('bugs-affected')).toContain('trunk-eni-not-counted-in-eni-slots');
    expect(rows('bugs-affected')).not.toContain('quota-private-ip-not-treated-as-exhaustion');
    expect(screen.getByTestId('bugs-affected').textContent).toContain('fixed in v1.13.4; its release line got no fix');
  });

  it('with a target, says what the upgrade fixes and what stays', async () => {
    render(KnownBugsByVersion, { props: { bugs } });
    await fireEvent.input(screen.getByTestId('bugs-from'), { target: { value: 'v1.16.5' } });
    await fireEvent.input(screen.getByTestId('bugs-to'), { target: { value: 'v1.17.1' } });
    expect(rows('bugs-fixed-by-target')).toContain('exclusive-eni-renamed-while-up');
    expect(rows('bugs-remaining')).toContain('stale-pods-inflate-eni-demand');
  });

  it("starts from the report's version, and says a typo is no version", async () => {
    render(KnownBugsByVersion, { props: { bugs, reportVersion: 'v1.9.10-3f2a1b7-aliyun' } });
    expect(screen.getByTestId('bugs-from-report')).toBeTruthy();
    expect(rows('bugs-affected')).toContain('trunk-pod-vswitch-not-blocked-after-ip-not-enough');
    await fireEvent.input(screen.getByTestId('bugs-from'), { target: { value: 'v1.9' } });
    expect(screen.getByTestId('bugs-from').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('bugs-affected')).toBeNull();
  });

  it('has a route no catalog entry can shadow', () => {
    expect(catalog.entries.some((e) => e.id === KNOWN_BUGS_ID)).toBe(false);
  });
});
