// One label table: the page, the CLI's text and the Markdown export name every verdict category the
// same way (they used to disagree: "Not enough to decide" on the page, "Undetermined" in Markdown).
import { describe, it, expect } from 'vitest';
import { categoryLabel, confidenceLabel, terwayLabel } from '../../src/engine/labels';
import { reportToMarkdown } from '../../src/engine/report-markdown';
import { formatText } from '../../src/cli/format-text';
import { fixtureReport } from '../../src/ui/dev-fixtures/report';
import { CATEGORIES } from '../fixtures/real/real-fixture';

describe('the label table', () => {
  it.each(CATEGORIES)('%s reads the same in Markdown and in the CLI', (category) => {
    const report = { ...fixtureReport, verdict: { ...fixtureReport.verdict, category } };
    const label = categoryLabel(category);
    expect(reportToMarkdown(report, { redact: false }).markdown).toContain(`## Terway triage: ${label} (`);
    expect(formatText(report)).toMatch(new RegExp(`^Verdict: ${label} \\(`));
  });

  it('says "Not enough to decide" for unknown, and the involvement and confidence as sentences', () => {
    expect(categoryLabel('unknown')).toBe('Not enough to decide');
    expect(terwayLabel('not-involved')).toBe('Terway is not involved');
    expect(confidenceLabel('low')).toBe('low confidence');
  });
});
