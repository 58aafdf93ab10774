// The shapes the reasoning rules share. The context is built once per analysis (build-context.ts)
// and read by every SOP step judge (steps/) and verdict rule (verdicts/); nothing changes it after.
import type { Collected } from '../analysis/collector';
import type { Group } from '../match/aggregate';
import type { ChecklistItem, PasteNext, Report, Verdict } from '../report';
import type { IpamDecision } from './ipam';
import type { Involvement } from './involvement';
import type { TerwayPodHealth } from './terway-pods';
import type { Category, InnerCause } from '../catalog/types';
import type { ProducerIndex } from '../provenance/producer-index';
import type { Attribution } from './attribution';
import type { TerwayEvidence } from './terway-evidence';
import type { TerwayVersions } from './version-facts';

export type SopStep = ChecklistItem['sopStep'];
export type Names = Readonly<Record<string, string | undefined>>;

export interface ReasonContext {
  readonly collected: Collected;
  readonly producers: ProducerIndex;
  /** the cause the words inside each wrapping signal name (catalog/causes.yaml) */
  readonly inner: ReadonlyMap<Group, InnerCause>;
  /** a group's category, the innermost cause's when it wraps one */
  categoryOf(g: Group): Category;
  /** who wrote each document and finding */
  readonly who: Attribution;
  /** the lines that show Terway is in the paste */
  readonly evidence: readonly TerwayEvidence[];
  readonly involvement: Involvement;
  readonly ipam: IpamDecision;
  readonly terwayPods: readonly TerwayPodHealth[];
  /** the Terway versions the paste shows, per component, or the range event names imply */
  readonly versions: TerwayVersions;
  /** non-informational groups (only foreign ones when Terway is not involved), highest rank first */
  readonly problems: readonly Group[];
  readonly rank: ReadonlyMap<Group, number>;
  /** the highest-ranked signal that names its cause */
  readonly root?: Group;
  /** the root, or the highest-ranked signal when none names its cause */
  readonly lead?: Group;
  /** the signal that explains each consequence */
  readonly parent: ReadonlyMap<Group, Group>;
  /** the consequences of the root */
  readonly symptoms: readonly Group[];
  /** names from the paste, following the pod the lead was seen on, with the place of the problem */
  readonly context: Readonly<Report['context']>;
  /** `context` with the lead's captures on top: what fills the lead's commands */
  readonly names: Names;
  /** the failure is about ENI/IP allocation: the business of SOP steps 3 and 4 */
  readonly allocation: boolean;
}

/**
 * Asks for the artefact that would settle a step: an ask of catalog/sop.yaml by id; `values` fill
 * placeholders the paste-wide names cannot.
 */
export type Ask = (id: string, values?: Record<string, string>) => void;

/** what a judge says of its step; the checklist adds the step's number and title from the SOP */
export interface StepJudgement {
  status: ChecklistItem['status'];
  note: string;
}

export type StepPasteNext = PasteNext & { step: SopStep };

/** One SOP step: judged from the context and the steps before it; may ask for what would settle it. */
export interface StepJudge {
  step: SopStep;
  judge(ctx: ReasonContext, ask: Ask, earlier: readonly ChecklistItem[]): StepJudgement;
}

/** One way of reaching a verdict; the registry tries them in order and the first that answers wins. */
export interface VerdictRule {
  id: string;
  decide(ctx: ReasonContext): Verdict | undefined;
}
