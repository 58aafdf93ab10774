// The verdict with the known bug behind its root cause: a version that has the bug turns a possible
// Terway bug into a known one (high confidence) and says which release fixes it; a version with the
// fix says the lookalike is ruled out; an unknown version says what would settle it. Only the root's
// own bugs, or any when Terway itself is suspected, speak unless the version has them: a lookalike
// on a consequence of a full vSwitch is not worth a sentence.
import type { Finding, KnownBugMatch, Verdict } from '../report';
import { sentencesOf } from '../text/joins';

const WEIGHT: Record<KnownBugMatch['verdict'], number> = { affected: 0, unknown: 1, fixed: 2 };

/** The known bug the verdict speaks of: on the root cause or on what it explains. */
export function verdictBug(verdict: Verdict, findings: readonly Finding[]): KnownBugMatch | undefined {
  const root = verdict.rootCause;
  if (!root) return undefined;
  const own = findings.filter((f) => f.id === root).flatMap((f) => f.knownBugs ?? []);
  const explained = findings.filter((f) => f.symptomOf === root && f.id !== root).flatMap((f) => f.knownBugs ?? []);
  const suspected = verdict.category === 'terway-bug';
  return [...own, ...explained]
    .filter((b) => b.verdict === 'affected' || suspected || own.includes(b))
    .sort((a, b) => WEIGHT[a.verdict] - WEIGHT[b.verdict])[0];
}

/** The verdict saying what its known bug means for the pasted version. */
export function withKnownBug(verdict: Verdict, bug: KnownBugMatch | undefined): Verdict {
  if (!bug) return verdict;
  const known = bug.verdict === 'affected' && verdict.category === 'terway-bug';
  return {
    ...verdict,
    ...(known ? { confidence: 'high' as const } : {}),
    summary: sentencesOf([verdict.summary, bug.summary]),
  };
}
