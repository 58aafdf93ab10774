// Compiles catalog/sop.yaml: the SOP's five steps with their titles, and what each step asks the
// engineer to paste (an id, the step, what, the command, why). Checked: every step once and in
// order, ask ids unique and URL-safe, commands start with kubectl and use only known placeholders,
// prose holes only the ones the step judges fill.
import { at, ID_RE, isNonEmptyStr, isRec, isStr } from './check-helpers';
import { PLACEHOLDERS } from '../commands/placeholders';
import type { CatalogEntry, Sop, SopAsk, SopStep } from './types';

const STEPS: readonly SopStep[] = [1, 2, 3, 4, 5];
const ASK_FIELDS = new Set(['id', 'step', 'what', 'command', 'why']);
/** what the judges fill into `what` and `why` as text */
const PROSE_HOLES = new Set(['terwayPod', 'container', 'status', 'node']);
const HOLE = /\{([A-Za-z]\w*)\}/g;

export function compileSop(
  file: string,
  data: unknown,
  _entries: ReadonlyMap<string, CatalogEntry>,
  problems: string[],
): Sop {
  const empty: Sop = { steps: [], asks: [] };
  // a catalog compiled from a few files (tests) may leave the SOP out
  if (data === null || data === undefined) return empty;
  if (!isRec(data)) {
    problems.push(`${file}: must be a mapping with steps and asks`);
    return empty;
  }
  for (const k of Object.keys(data)) if (k !== 'steps' && k !== 'asks') problems.push(`${file} › ${k}: unknown field`);
  const steps = checkSteps(file, data.steps, problems);
  const asks = checkAsks(file, data.asks, problems);
  return { steps, asks };
}

function checkSteps(file: string, raw: unknown, problems: string[]): Sop['steps'] {
  if (!Array.isArray(raw)) {
    problems.push(`${file} › steps: a list of {step, title}`);
    return [];
  }
  const out: Sop['steps'] = [];
  raw.forEach((s: unknown, i) => {
    if (!isRec(s) || s.step !== STEPS[i] || !isNonEmptyStr(s.title) || Object.keys(s).length !== 2)
      problems.push(`${file} › steps[${i}]: must be {step: ${STEPS[i] ?? '?'}, title: …} (the SOP's steps in order)`);
    else out.push({ step: s.step as SopStep, title: s.title });
  });
  if (raw.length !== STEPS.length) problems.push(`${file} › steps: the SOP has ${STEPS.length} steps`);
  return out;
}

function checkAsks(file: string, raw: unknown, problems: string[]): SopAsk[] {
  if (!Array.isArray(raw)) {
    problems.push(`${file} › asks: a list of {id, step, what, command, why}`);
    return [];
  }
  const out: SopAsk[] = [];
  raw.forEach((a: unknown, i) => {
    const id = isRec(a) && isStr(a.id) ? a.id : `ask #${i + 1}`;
    const bad = (f: string, m: string) => problems.push(`${at(file, id, f)}: ${m}`);
    if (!isRec(a)) return bad('', 'must be a mapping');
    const before = problems.length;
    for (const k of Object.keys(a)) if (!ASK_FIELDS.has(k)) bad(k, 'unknown field');
    if (!isStr(a.id) || !ID_RE.test(a.id)) bad('id', 'lower-case letters, digits and dashes');
    else if (out.some((x) => x.id === a.id)) bad('id', 'duplicate id');
    if (!STEPS.includes(a.step as SopStep)) bad('step', 'one of 1 to 5');
    for (const f of ['what', 'command', 'why'] as const) if (!isNonEmptyStr(a[f])) bad(f, 'required non-empty string');
    if (isStr(a.command)) {
      if (!a.command.startsWith('kubectl ')) bad('command', 'must be a kubectl command');
      for (const m of a.command.matchAll(HOLE))
        if (!Object.hasOwn(PLACEHOLDERS, m[1]!)) bad('command', `unknown placeholder {${m[1]}}`);
    }
    for (const f of ['what', 'why'] as const)
      if (isStr(a[f]))
        for (const m of a[f].matchAll(HOLE)) if (!PROSE_HOLES.has(m[1]!)) bad(f, `unknown hole {${m[1]}}`);
    if (problems.length === before)
      out.push({
        id: a.id as string,
        step: a.step as SopStep,
        what: a.what as string,
        command: a.command as string,
        why: a.why as string,
      });
  });
  return out;
}
