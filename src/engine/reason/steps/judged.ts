// What a step judge returns: a status and a note (the checklist adds the step's number and title).
import type { StepJudgement } from '../types';

export const judged = (status: StepJudgement['status'], note: string): StepJudgement => ({ status, note });
