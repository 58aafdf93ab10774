import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import FindingCard from '../../../src/ui/triage/FindingCard.svelte';
import type { Finding, Report } from '../../../src/engine/index';
import { analyzeText, catalog, withSession, sample, testSession } from './session-harness';
import { catalogStore } from '../../../src/ui/state/catalog.svelte';

let report: Report;
let root: Finding;
beforeAll(async () => {
  report = await analyzeText(sample('vswitch-ip-not-enough'));
  root = report.findings.find((f) => f.id === report.verdict.rootCause)!;
});

function renderCard(finding: Finding, extra: { rootCause?: boolean; causeTitle?: string; secretLines?: Set<number> }) {
  const session = testSession();
  session.report = report;
  session.sources = [{ type: 'text' }];
  return render(FindingCard, {
    props: { finding, rootCause: extra.rootCause ?? false, secretLines: extra.secretLines ?? new Set(), ...extra },
    ...withSession(session),
  });
}

describe('FindingCard', () => {
  it("tags the root cause and shows the engine's signal, count and reference link", () => {
    renderCard(root, { rootCause: true });
    const card = screen.getByTestId('finding');
    expect(card.textContent).toContain('Root cause');
    expect(screen.getByTestId('finding-signal').textContent).toBe(root.signalText ?? root.signal);
    expect(screen.getByTestId('finding-count').textContent).toBe(`×${root.count}`);
    expect(within(card).getByRole('link').getAttribute('href')).toBe(`#/ref/${root.id}`);
    // who wrote it, as the engine attributed it
    expect(root.producer).toBeTruthy();
    expect(screen.getByTestId('finding-producer').textContent).toBe(` · written by ${root.producer}`);
  });

  it('names no producer the paste does not show', () => {
    const { producer: _producer, ...anonymous } = root;
    renderCard(anonymous, {});
    expect(screen.queryByTestId('finding-producer')).toBeNull();
  });

  it('names the finding a symptom belongs to', () => {
    renderCard({ ...root, symptomOf: 'other' }, { causeTitle: 'The vSwitch has no free IP' });
    expect(screen.getByTestId('finding').textContent).toContain('Symptom of: The vSwitch has no free IP');
  });

  it('says how many lines matched when it keeps only samples, and pages through the kept ones', async () => {
    const evidence = Array.from({ length: 12 }, (_, i) => ({ line: i + 1, text: `${root.signal} #${i + 1}` }));
    renderCard({ ...root, evidence, evidenceTotal: 1_000_000 }, {});
    expect(screen.getByTestId('evidence-count').textContent).toBe(
      '1,000,000 matching lines · showing the 12 kept as samples',
    );
    expect(screen.getAllByTestId('evidence')).toHaveLength(5);
    await fireEvent.click(screen.getByRole('button', { name: /Show 7 more kept samples/ }));
    expect(screen.getAllByTestId('evidence')).toHaveLength(12);
  });

  it('masks a credential captured by the pattern and hides lines that hold one', () => {
    const key = 'LTAI5tQ8xYz3AbCdEfGhIjKl';
    const line = root.evidence[0]!.line;
    renderCard({ ...root, captures: { ...root.captures, requestId: key } }, { secretLines: new Set([line]) });
    expect(screen.getByTestId('captures').textContent).not.toContain(key);
    expect(screen.getAllByTestId('evidence')[0]!.textContent).toContain('holds a credential');
  });
});

describe('FindingCard: known bugs', () => {
  it('says what a known bug behind the finding means for the pasted version', async () => {
    const r = await analyzeText(
      [
        '    Image:          registry-vpc.cn-hangzhou.aliyuncs.com/acs/terway:v1.16.6',
        '  Warning  FailedCreatePodSandBox  12s (x9 over 3m)   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "7c1e9a2f": plugin type="terway" failed (add): failed to do add; setup, error ip link set eth1 name veth7c1e9a2f4b6, device or resource busy',
      ].join('\n'),
    );
    const finding = r.findings.find((f) => f.knownBugs?.length)!;
    renderCard(finding, { rootCause: true });
    const line = screen.getByTestId('known-bug');
    expect(line.getAttribute('data-verdict')).toBe('affected');
    expect(line.textContent).toContain('Known bug, your version has it');
    expect(line.textContent).toContain('upgrade to v1.17.1');
  });

  it('links a finding of the reasoning, which no catalog entry has, nowhere', () => {
    catalogStore.use(catalog);
    const mismatch: Finding = {
      ...root,
      id: 'terway-version-mismatch',
      title: 'The Terway daemon and terway-controlplane run different versions',
    };
    renderCard(mismatch, {});
    expect(within(screen.getByTestId('finding')).queryByRole('link')).toBeNull();
    cleanup();
    renderCard(root, {});
    expect(within(screen.getByTestId('finding')).getByRole('link').getAttribute('href')).toBe(`#/ref/${root.id}`);
  });
});
