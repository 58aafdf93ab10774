import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import InputPanel from '../../../src/ui/triage/InputPanel.svelte';
import { Session } from '../../../src/ui/state/session.svelte';
import { catalog, withSession, sample, testSession } from './session-harness';

const analyse = () => screen.getByRole('button', { name: /Analyse/ }) as HTMLButtonElement;
const clear = () => screen.getByRole('button', { name: 'Clear' }) as HTMLButtonElement;

describe('InputPanel', () => {
  it('offers nothing to analyse or clear until there is input', () => {
    render(InputPanel, { props: { dragging: false }, ...withSession(testSession()) });
    expect(analyse().disabled).toBe(true);
    expect(clear().disabled).toBe(true);
    expect(screen.getByTestId('line-count').textContent).toBe('0 lines');
    expect(screen.getByTestId('engine-status').textContent).toBe('Engine: ready');
  });

  it('analyses what was typed and then offers the way to the report', async () => {
    const session = testSession();
    render(InputPanel, { props: { dragging: false }, ...withSession(session) });
    const text = sample('vswitch-ip-not-enough');
    await fireEvent.input(screen.getByLabelText(/Paste kubectl output/), { target: { value: text } });
    expect(session.text).toBe(text);
    expect(analyse().disabled).toBe(false);
    await fireEvent.click(analyse());
    await vi.waitFor(() => expect(session.report).not.toBeNull());
    flushSync();
    expect(session.report!.verdict.category).toBe('resource-exhaustion');
    expect(screen.getByTestId('jump-to-report')).toBeTruthy();
    expect(screen.getByTestId('run-status').dataset.state).toBe('idle');
  });

  it('lists dropped files as chips with the kinds the engine found in them, and removes them', async () => {
    const session = testSession();
    render(InputPanel, { props: { dragging: false }, ...withSession(session) });
    session.addFiles([new File([sample('vswitch-ip-not-enough')], 'incident.txt')]);
    flushSync();
    expect(screen.getByTestId('input-chip').textContent).toContain('incident.txt');
    await fireEvent.click(analyse());
    await vi.waitFor(() => expect(session.report).not.toBeNull());
    flushSync();
    expect(screen.getByTestId('chip-kinds').textContent).toContain('describe-pod');
    await fireEvent.click(screen.getByRole('button', { name: 'Remove incident.txt' }));
    expect(screen.queryByTestId('input-chip')).toBeNull();
    expect(session.chips).toEqual([]);
  });

  it('restores what Clear removed', async () => {
    const session = testSession();
    session.text = 'kubectl describe pod web-1\n';
    render(InputPanel, { props: { dragging: false }, ...withSession(session) });
    await fireEvent.click(clear());
    expect(session.text).toBe('');
    await fireEvent.click(screen.getByTestId('restore-input'));
    expect(session.text).toBe('kubectl describe pod web-1\n');
  });

  it('tells a worker that cannot start from a failed analysis, and keeps the input', async () => {
    const failing = Object.assign(new Error('The analysis worker could not be created: blocked'), {
      name: 'WorkerStartError',
    });
    const session = new Session(
      { status: 'ready', error: '', get: () => Promise.reject(failing), restart() {} },
      { catalog, load: async () => {} },
    );
    session.text = 'some input\n';
    render(InputPanel, { props: { dragging: false }, ...withSession(session) });
    await fireEvent.click(analyse());
    const alert = await screen.findByTestId('run-error');
    expect(alert.textContent).toContain('The analysis worker failed.');
    expect(alert.textContent).toContain('could not be created: blocked');
    expect(session.text).toBe('some input\n');
  });
});
