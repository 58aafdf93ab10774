// How the checklist shows each status: an icon and a colour (a theme variable); the words of every
// report enum come from the engine's one label table (src/engine/labels.ts), shared with the CLI and
// the Markdown export.
import type { StepStatus } from '../../engine/index';

export const STATUS_LOOK: Record<StepStatus, { icon: string; colour: string }> = {
  ok: { icon: '✓', colour: 'var(--ok)' },
  problem: { icon: '✗', colour: 'var(--error)' },
  missing: { icon: '?', colour: 'var(--warn)' },
  'n/a': { icon: '–', colour: 'var(--muted)' },
};
