// The colour of each kind of line mark (a theme variable), shared by the gutter and the minimap so a
// mark reads the same in both.
import type { MarkKind } from './line-marks';

export const MARK_COLOUR: Readonly<Record<MarkKind, string>> = {
  root: 'var(--error-strong)',
  unexplained: 'var(--warn)',
  symptom: 'var(--muted)',
  finding: 'var(--accent)',
};
