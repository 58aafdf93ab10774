// What the verdict banner says to do and run first. The sentence is the first of the root cause's
// catalog fix; the command is the first next step (the root's own checks come first, in catalog
// order, so an entry lists its most decisive check first) that is filled and not already pasted.
import type { Group } from '../match/aggregate';
import type { NextStep } from '../report';
import { firstSentence } from '../catalog/first-sentence';

/** a placeholder the paste could not fill: `<pod>` */
const UNFILLED = /<[A-Za-z]\w*>/;

export function doNowOf(root: Group | undefined): string | undefined {
  const fix = root ? firstSentence(root.entry.fix) : '';
  return fix === '' ? undefined : fix;
}

export function decisiveCommandOf(steps: readonly NextStep[]): NextStep | undefined {
  return steps.find((s) => !s.alreadyPasted && !UNFILLED.test(s.command));
}
