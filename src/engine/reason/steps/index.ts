// The SOP's five steps in order, each judged ok / problem / missing / n/a by its own judge. A step that
// is missing asks for the artefact that would settle it, pre-filled with names from the paste.
import type { ChecklistItem } from '../../report';
import type { Ask, ReasonContext, StepJudge, StepPasteNext } from '../types';
import { ASKS } from '../asks';
import { fill } from '../../commands/fill';
import { STEP_TITLES, stepItem } from '../step-item';
import { healthStep } from './health';
import { podEventsStep } from './pod-events';
import { nodeStep } from './node';
import { ipamModeStep } from './ipam-mode';
import { logsStep } from './logs';
import { msg } from '../../messages';

export const STEP_JUDGES: readonly StepJudge[] = [healthStep, podEventsStep, nodeStep, ipamModeStep, logsStep];

/** the same log with another --since/--tail/--previous is the same request */
const requestKey = (command: string) => command.replace(/\s--(?:since|tail)=\S+|\s--previous\b/g, '');

/** `{name}` holes of an ask's prose, filled as text (not as shell words) */
const prose = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (hole, name: string) => values[name] ?? hole);

export function runSteps(ctx: ReasonContext): { checklist: ChecklistItem[]; pasteNext: StepPasteNext[] } {
  const pasteNext: StepPasteNext[] = [];
  const ask: Ask = (id, values = {}) => {
    const a = ASKS[id];
    const { command, kept } = fill(a.command, { ...ctx.names, ...values });
    if (pasteNext.some((p) => requestKey(p.command) === requestKey(command))) return;
    pasteNext.push({
      step: a.step,
      what: prose(a.what, values),
      command,
      why: prose(a.why, values),
      ...(kept.length ? { unfilled: kept } : {}),
    });
  };
  if (ctx.involvement.terway === 'not-involved') {
    const note = msg('step.notTerway', { why: ctx.involvement.why });
    const steps = Object.keys(STEP_TITLES).map((k) => Number(k) as ChecklistItem['sopStep']);
    return { checklist: steps.map((step) => stepItem(step, 'n/a', note)), pasteNext };
  }
  const checklist: ChecklistItem[] = [];
  for (const judge of STEP_JUDGES) checklist.push(judge.judge(ctx, ask, checklist));
  return { checklist, pasteNext };
}
