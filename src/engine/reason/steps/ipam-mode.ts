// SOP step 4: which IPAM mode the cluster runs, asked for only when the answer decides where the
// next evidence lives (an allocation failure, a node-level problem, a controlplane pod error).
import type { StepJudge } from '../types';
import { judged } from './judged';
import { isControlplanePodSide, isNodeLevel } from '../scope';
import { msg } from '../../messages';

export const ipamModeStep: StepJudge = {
  step: 4,
  judge(ctx, ask) {
    const focus = ctx.root ?? ctx.lead;
    const ipam = ctx.ipam;
    if (ipam.mode !== 'unknown')
      return judged(
        'ok',
        msg(ipam.mode === 'crd' ? 'step.ipam.crd' : 'step.ipam.default', { evidence: ipam.evidence }),
      );
    if (ipam.unreadable) return judged('problem', ipam.evidence);
    if (focus && isControlplanePodSide(focus) && focus.entry.sopStep !== 1) {
      // the pod controller resolves the pod's network from PodNetworking CRs and annotations
      if (ctx.collected.documents.some((d) => d.kind === 'describe-podnetworking'))
        return judged('ok', msg('step.ipam.podNetworkingPasted'));
      ask('podnetworking');
      return judged('missing', msg('step.ipam.podNetworkingMissing', { evidence: ipam.evidence }));
    }
    if (ctx.allocation || ctx.problems.some(isNodeLevel)) {
      ask('eni-config');
      return judged('missing', ipam.evidence);
    }
    return judged('n/a', msg('step.ipam.notNeeded', { evidence: ipam.evidence }));
  },
};
