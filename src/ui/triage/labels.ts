// Icons for the checklist's statuses; the words of every report enum come from the engine's one
// label table (src/engine/labels.ts), shared with the CLI and the Markdown export.
import type { StepStatus } from '../../engine/index';

export const STATUS_ICON: Record<StepStatus, string> = {
  ok: '✓',
  problem: '✗',
  missing: '?',
  'n/a': '–',
};
