// What to run next: when the events name no cause, the log that has it comes first; then every
// problem's catalog checks, lead first, filled with names from the paste.
import type { Group } from '../match/aggregate';
import type { NextStep } from '../report';
import type { ReasonContext, StepPasteNext } from './types';
import { fill } from '../commands/fill';

const MAX_NEXT_STEPS = 8;

/** the same command with another --since/--tail is the same step */
const stepKey = (command: string) => command.replace(/\s--(?:since|tail)=\S+/g, '');

export function nextStepsOf(ctx: ReasonContext, pasteNext: readonly StepPasteNext[]): NextStep[] {
  const out: NextStep[] = [];
  const seen = new Set<string>();
  const push = (step: NextStep) => {
    if (seen.has(stepKey(step.command)) || out.length >= MAX_NEXT_STEPS) return;
    seen.add(stepKey(step.command));
    out.push(step);
  };
  const { lead, root } = ctx;
  if (lead && !root)
    for (const p of pasteNext.filter((p) => p.step === 5))
      push({ command: p.command, why: p.why, ...(p.unfilled ? { unfilled: p.unfilled } : {}) });
  const names = (g: Group) => ({ ...ctx.context, ...g.captures });
  for (const g of lead ? [lead, ...ctx.problems.filter((p) => p !== lead)] : [])
    for (const check of g.entry.nextChecks) {
      const { command, kept } = fill(check.command, names(g));
      push({ command, why: check.why, ...(kept.length ? { unfilled: kept } : {}) });
    }
  return out;
}
