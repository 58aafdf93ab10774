import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import LineEditor from '../../../src/ui/triage/LineEditor.svelte';
import { testSession, withSession } from './session-harness';

describe('LineEditor', () => {
  it('highlights the line an evidence link asks for, offers the way back, and drops both when the text changes', () => {
    const session = testSession();
    session.text = 'first line\nAllocIPFailed on the second line\nthird line\n';
    render(LineEditor, { props: { id: 'paste-input' }, ...withSession(session) });
    expect(screen.queryByTestId('line-highlight')).toBeNull();

    session.highlightLine(2, ['AllocIPFailed'], 'ev-1');
    flushSync();
    expect(screen.getByTestId('line-highlight').dataset.line).toBe('2');
    expect(screen.getByTestId('back-to-finding')).toBeTruthy();
    const textarea = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('AllocIPFailed');

    session.text = 'something else entirely\n';
    flushSync();
    expect(screen.queryByTestId('line-highlight')).toBeNull();
    expect(screen.queryByTestId('back-to-finding')).toBeNull();
  });
});
