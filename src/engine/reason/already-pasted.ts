// A next step whose output the paste already holds is not worth running again: the prompt line a
// document came with names its command. Two commands are the same step when they hold the same
// words in any order (kubectl does not care where `-n shop` goes), ignoring the window of a log
// (--since/--tail), the kube-context and the shell quoting the filler adds.
import type { NextStep, ReportDocument } from '../report';

const IGNORED = /^--(?:since|tail|context)=/;

/** the words of a command, sorted: `kubectl describe pod web -n shop` and `… -n shop web` agree */
function words(command: string): string {
  return command
    .replace(/\s--context\s+\S+/g, '')
    .split(/\s+/)
    .filter((w) => w !== '' && !IGNORED.test(w))
    .map((w) => w.replace(/^'(.*)'$/, '$1'))
    .sort()
    .join(' ');
}

/** Marks each step whose command printed one of the pasted documents. */
export function markAlreadyPasted(steps: NextStep[], documents: readonly ReportDocument[]): NextStep[] {
  const pasted = new Set(documents.flatMap((d) => (d.command ? [words(d.command)] : [])));
  if (pasted.size === 0) return steps;
  return steps.map((s) => (pasted.has(words(s.command)) ? { ...s, alreadyPasted: true } : s));
}
