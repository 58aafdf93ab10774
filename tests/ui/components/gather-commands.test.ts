import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import GatherCommands from '../../../src/ui/triage/GatherCommands.svelte';
import type { Report } from '../../../src/engine/index';
import { analyzeText, withSession, sample, testSession } from './session-harness';

let report: Report;
beforeAll(async () => {
  report = await analyzeText(sample('vswitch-ip-not-enough'));
});

describe('GatherCommands', () => {
  it('is open while there is no report and collapses when one arrives, filled with its names', () => {
    const session = testSession();
    render(GatherCommands, { props: {}, ...withSession(session) });
    const details = screen.getByTestId('gather') as HTMLDetailsElement;
    expect(details.open).toBe(true);
    expect(screen.getByTestId('gather-describe-pod').textContent).toContain('kubectl describe pod <pod>');
    session.report = report;
    flushSync();
    expect(details.open).toBe(false);
    expect(screen.getByTestId('gather-describe-pod').textContent).toContain(
      `kubectl describe pod ${report.context.pod} -n ${report.context.namespace}`,
    );
  });

  it("keeps the user's own opening when a new report replaces the last one", async () => {
    const session = testSession();
    session.report = report;
    render(GatherCommands, { props: {}, ...withSession(session) });
    const details = screen.getByTestId('gather') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    session.report = { ...report };
    flushSync();
    expect(details.open).toBe(true);
  });
});
