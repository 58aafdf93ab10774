// The SOP's five steps in order, each judged ok / problem / missing / n/a by its own judge. A step that
// is missing asks for the artefact that would settle it, pre-filled with names from the paste.
import type { ChecklistItem } from '../../report';
import type { Ask, ReasonContext, StepJudge, StepJudgement, StepPasteNext } from '../types';
import type { Sop } from '../../catalog/types';
import { fill } from '../../commands/fill';
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

export function runSteps(ctx: ReasonContext, sop: Sop): { checklist: ChecklistItem[]; pasteNext: StepPasteNext[] } {
  const pasteNext: StepPasteNext[] = [];
  const asks = new Map(sop.asks.map((a) => [a.id, a]));
  const title = new Map(sop.steps.map((s) => [s.step, `${s.step} ${s.title}`]));
  const item = (step: ChecklistItem['sopStep'], j: StepJudgement): ChecklistItem => ({
    step: title.get(step) ?? String(step),
    sopStep: step,
    ...j,
  });
  const ask: Ask = (id, values = {}) => {
    const a = asks.get(id);
    if (!a) throw new Error(`catalog/sop.yaml has no ask ${id}`);
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
    return { checklist: STEP_JUDGES.map((j) => item(j.step, { status: 'n/a', note })), pasteNext };
  }
  const checklist: ChecklistItem[] = [];
  for (const judge of STEP_JUDGES) checklist.push(item(judge.step, judge.judge(ctx, ask, checklist)));
  return { checklist, pasteNext };
}
