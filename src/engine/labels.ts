// The one label table for the report's enums, for the page, the CLI and the Markdown export alike:
// the words live in catalog/messages (so a second language is a file), keyed by the enum value.
import type { Category, EntryKind, Severity } from './catalog/types';
import type { Confidence, IpamMode, StepStatus, TerwayInvolvement, VerdictCategory } from './report';
import { msg } from './messages';

export const categoryLabel = (c: VerdictCategory | Category): string => msg(`label.category.${c}`);
export const severityLabel = (s: Severity): string => msg(`label.severity.${s}`);
export const statusLabel = (s: StepStatus): string => msg(`label.status.${s}`);
export const terwayLabel = (t: TerwayInvolvement): string => msg(`label.terway.${t}`);
export const ipamLabel = (m: IpamMode): string => msg(`label.ipam.${m}`);
export const confidenceLabel = (c: Confidence): string => msg(`label.confidence.${c}`);
/** a catalog entry's kind, as the Reference names it */
export const kindLabel = (k: EntryKind): string => msg(`label.kind.${k}`);
