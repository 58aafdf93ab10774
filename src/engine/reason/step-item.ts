// One line of the SOP checklist; the step titles live here so every step reads alike.
import type { ChecklistItem } from '../report';

type Step = ChecklistItem['sopStep'];

export const STEP_TITLES: Readonly<Record<Step, string>> = {
  1: '1 Terway component health',
  2: '2 Pod events',
  3: '3 Node and Node CR',
  4: '4 IPAM mode',
  5: '5 Logs',
};

export function stepItem(sopStep: Step, status: ChecklistItem['status'], note: string): ChecklistItem {
  return { step: STEP_TITLES[sopStep], sopStep, status, note };
}
