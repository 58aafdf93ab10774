// Small shared checks of the catalog compiler: type guards for parsed YAML, where a problem is,
// and the formats ids and Terway source locations follow. Entries and the non-entry sections
// (known bugs, …) are checked with the same rules.

export type Rec = Record<string, unknown>;
/** reports a problem with a field of the item under check */
export type Bad = (field: string, msg: string) => void;

export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStr = (v: unknown): v is string => typeof v === 'string';
export const isNonEmptyStr = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
export const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

/** Where a problem is: `file › id › field`. */
export function at(file: string, id: string | undefined, field?: string): string {
  return `${file} › ${id ?? '(no id)'}${field ? ` › ${field}` : ''}`;
}

/** stable, URL-safe ids */
export const ID_RE = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;
/** `path:line@ref` in Terway: a tag (pre-releases such as v1.2.0-rc.0 included) or an 8-hex commit of main */
export const TERWAY_SOURCE_RE = /^[\w.-]+(\/[\w.-]+)*\.[\w]+:\d+@(v\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?|[0-9a-f]{8})$/;
/** prose shorter than this says too little to help */
export const MIN_PROSE = 60;
