// SOP step 3: the Node and the Terway Node CR, only when the failure is about ENI/IP allocation.
import type { StepJudge } from '../types';
import { display } from '../display';
import { judged } from './judged';
import { isNodeLevel } from '../scope';
import { msg } from '../../messages';
import { clausesOf } from '../../text/joins';

export const nodeStep: StepJudge = {
  step: 3,
  judge(ctx, ask) {
    const c = ctx.collected;
    const nodeProblems = ctx.problems.filter(isNodeLevel);
    const hasNode =
      c.objects.some((o) => /^node/i.test(o.kind)) || c.events.some((e) => /^node/i.test(e.object?.kind ?? ''));
    if (nodeProblems.length > 0) {
      const parts = nodeProblems.slice(0, 4).map((g) =>
        msg('step.lineRef', {
          what: g.objects[0] ? msg('phrase.onObject', { what: display(g), object: g.objects[0] }) : display(g),
          line: g.firstLine,
        }),
      );
      return judged('problem', clausesOf([...new Set(parts)]));
    }
    if (hasNode) return judged('ok', msg('step.node.ok'));
    if (ctx.allocation) {
      ask(ctx.ipam.mode === 'default' ? 'node-only' : 'node-and-node-cr');
      return judged('missing', msg('step.node.missing'));
    }
    return judged('n/a', msg('step.node.notNeeded'));
  },
};
