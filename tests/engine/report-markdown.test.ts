import { describe, it, expect } from 'vitest';
import { reportToMarkdown, inlineCode, statsLine } from '../../src/engine/report-markdown';
import { fixtureReport } from '../../src/ui/dev-fixtures/report';
import type { Report } from '../../src/engine/report';

const ORIGINALS = [
  'vsw-bp1q2w3e4r5t6y7u8i9o0',
  '5F1D3C2B-8A9E-4B7C-9D0E-1F2A3B4C5D6E',
  'cn-hangzhou.10.0.12.34',
  '10.0.12.34',
];

describe('reportToMarkdown', () => {
  it('writes the verdict, findings with the root cause first, checklist and next steps', () => {
    const { markdown } = reportToMarkdown(fixtureReport, { redact: false });
    expect(markdown).toMatch(/^## Terway triage: Resource exhaustion \(high confidence\)/);
    expect(markdown).toContain('- Terway is involved (v1.16.7)');
    expect(markdown).toContain('- IPAM mode: centralized (crd)');
    expect(markdown).toContain('- Input: read 3 documents, 12 events, 2 objects, 2,400 log lines (2,458 lines)');
    const root = markdown.indexOf('— root cause');
    const symptom = markdown.indexOf('— symptom of Terway could not create an ENI: the vSwitch has no free IP');
    expect(root).toBeGreaterThan(0);
    expect(symptom).toBeGreaterThan(root);
    expect(markdown).toContain('signal `CreateENIFailed` · Resource exhaustion · error · ×12 · first 20m, last 3m');
    expect(markdown).toContain(
      '| 3 Node and Node CR events | ❌ problem | CreateENIFailed ×12: `InvalidVSwitchId.IpNotEnough`. |',
    );
    expect(markdown).toContain('```sh\nkubectl get cm eni-config -n kube-system -o yaml\n```');
    expect(markdown).toContain('Evidence (2 of 37; 35 more in the input):');
    expect(markdown).toContain(
      "- Terway pods: `kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide`",
    );
    expect(markdown).toContain('Not redacted.');
  });

  it('redacts identifiers by default, coherently, and returns the mapping separately', () => {
    const { markdown, mapping } = reportToMarkdown(fixtureReport);
    for (const o of ORIGINALS) expect(markdown).not.toContain(o);
    expect(markdown).toContain('vsw=vsw-1:');
    expect(markdown).toContain('RequestId: request-1');
    // the node name from context and from the ACK pattern become the same pseudonym everywhere
    expect(markdown).toContain('Failed to create ENI type=Secondary vsw=vsw-1');
    expect(markdown.match(/node-1/g)?.length).toBeGreaterThan(2);
    expect(mapping.find((m) => m.original === 'cn-hangzhou.10.0.12.34')?.pseudonym).toBe('node-1');
    // the mapping itself never appears in the export
    expect(markdown).not.toContain('→');
    expect(markdown).toContain('Identifiers are replaced by stable pseudonyms.');
  });

  it('keeps pod names unless asked to redact them', () => {
    expect(reportToMarkdown(fixtureReport).markdown).toContain('web-7d9f8c6b5-x2x9q');
    const { markdown } = reportToMarkdown(fixtureReport, { redactPods: true });
    expect(markdown).not.toContain('web-7d9f8c6b5-x2x9q');
    expect(markdown).toContain('pod-1');
  });

  it('never exports credentials: values masked, evidence lines holding them withheld', () => {
    const report: Report = structuredClone(fixtureReport);
    report.findings[0]!.evidence.push({ line: 1877, text: 'access_key: LTAI5tAbCdEfGhIjKlMnOpQr' });
    report.findings[0]!.explanation += ' ALIBABA_CLOUD_ACCESS_KEY_SECRET=abcDEF123456ghiJKL789';
    for (const redact of [true, false]) {
      const { markdown } = reportToMarkdown(report, { redact, maxEvidence: 5 });
      expect(markdown).not.toContain('LTAI5tAbCdEfGhIjKlMnOpQr');
      expect(markdown).not.toContain('abcDEF123456ghiJKL789');
      expect(markdown).toContain('L1877: (withheld: this line holds a credential)');
      expect(markdown).toContain('The input holds credentials (`access_key` on line 1877)');
    }
  });

  it('survives backticks and pipes from the paste', () => {
    const report: Report = structuredClone(fixtureReport);
    report.findings[0]!.evidence = [{ line: 3, text: 'odd ``` fence | and `tick`' }];
    report.checklist[0]!.note = 'a | b';
    const { markdown } = reportToMarkdown(report, { redact: false });
    expect(markdown).toContain('````text\nL3: odd ``` fence | and `tick`\n````');
    expect(markdown).toContain('| a \\| b |');
  });

  it('summarises findings beyond the limit in one line each', () => {
    const { markdown } = reportToMarkdown(fixtureReport, { maxFindings: 1 });
    expect(markdown).toContain('Also seen (2):');
    expect(markdown).toContain('- Node CR condition SufficientIP is False — `SufficientIP` ×1');
  });

  it('handles a healthy report without findings', () => {
    const healthy: Report = {
      ...fixtureReport,
      verdict: { category: 'none', confidence: 'medium', summary: 'The pod is Running and Ready.' },
      findings: [],
      nextSteps: [],
      pasteNext: [],
      credentialWarnings: [],
    };
    const { markdown } = reportToMarkdown(healthy);
    expect(markdown).toContain('## Terway triage: No problem found (medium confidence)');
    expect(markdown).not.toContain('## Findings');
  });
});

describe('helpers', () => {
  it('lists findings in the order the report gives them, never sorting again', () => {
    const reversed = { ...fixtureReport, findings: [...fixtureReport.findings].reverse() };
    const { markdown } = reportToMarkdown(reversed, { redact: false });
    const at = (id: string) => markdown.indexOf(fixtureReport.findings.find((f) => f.id === id)!.title);
    expect(at('sufficient-ip-false')).toBeLessThan(at('create-eni-failed'));
  });

  it('fences inline code around backticks', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });

  it('writes the stats line', () => {
    expect(statsLine(fixtureReport)).toBe('read 3 documents, 12 events, 2 objects, 2,400 log lines (2,458 lines)');
  });
});
