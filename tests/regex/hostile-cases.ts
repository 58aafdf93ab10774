// Hostile pastes (issue 11): lines shaped to make a parser's regex backtrack, each aimed at one regex
// that took seconds to minutes on such a line before it was rewritten.
import { commandHint, parsePrompt } from '../../src/engine/parse/prompt';
import { namesFromCommand } from '../../src/engine/analysis/command-names';
import { parseText } from '../../src/engine/parse/index';
import { parseLogLine } from '../../src/engine/parse/logs/log-line';
import { parsePodRow } from '../../src/engine/parse/pods/get-pods';
import { parseAncientRow, parseOldRow } from '../../src/engine/parse/events/legacy-rows';
import { splitSections } from '../../src/engine/parse/describe/sections';
import { stripAnsi } from '../../src/engine/text/ansi';
import { normaliseQuery } from '../../src/ui/reference/search';
import { fill } from './growth';

export interface HostileCase {
  name: string;
  run: (input: string) => unknown;
  make: (n: number) => string;
}

const KLOG = 'E0612 08:14:03.551203       1 main.go:73] failed to sync';
const WIDE_EVENTS_HEADER =
  'LAST SEEN   TYPE      REASON   OBJECT        SUBOBJECT   SOURCE    MESSAGE   FIRST SEEN   COUNT   NAME';
const OLD_TIME = 'Thu, 26 Mar 2015 15:39:53 -0700';

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'a prompt command with a long run of spaces (pipeline split)',
    run: commandHint,
    make: (n) => `kubectl get pods${' '.repeat(n)}x`,
  },
  {
    name: 'names from a command with a long run of spaces',
    run: namesFromCommand,
    make: (n) => `kubectl describe pod web-1${' '.repeat(n)}x`,
  },
  { name: 'a bracket prompt of `@`s that never closes', run: parsePrompt, make: (n) => `[${'@'.repeat(n)}` },
  {
    name: 'a pasted prompt line with a long run of spaces',
    run: parseText,
    make: (n) => `$ kubectl get pods${' '.repeat(n)}x`,
  },
  {
    name: 'a line of `(` after a klog line (stack-trace continuation)',
    run: parseText,
    make: (n) => `${KLOG}\n${'('.repeat(n)}`,
  },
  {
    name: 'a logrus TTY line with a long run of padding',
    run: parseLogLine,
    make: (n) => `INFO[0000] started${' '.repeat(n)}!`,
  },
  {
    name: 'a pod row whose IP cell is a run of colons',
    run: (s) => parsePodRow(s, 1),
    make: (n) => `web-1 1/1 Running 0 5m e${fill('::', n)}. node-1`,
  },
  {
    name: 'a describe key of many capitalised words (exponential before)',
    run: (s) =>
      splitSections([
        { no: 1, text: 'API Version:  v1' },
        { no: 2, text: s },
      ]),
    make: (n) => `${fill('A ', n)}x: value`,
  },
  {
    name: 'an old (1.2–1.7) Events row with a long run of spaces',
    run: (s) => parseOldRow(s, 1),
    make: (n) => `5m\t5m\t1\t${' '.repeat(n)}x`,
  },
  {
    name: 'an ancient (≤1.1) Events row whose field path is a run of `{`',
    run: (s) => parseAncientRow(s, 1),
    make: (n) => `${OLD_TIME}\t${OLD_TIME}\t1\t{kubelet 10.0.0.1}\tspec.a${'{'.repeat(n)}`,
  },
  {
    name: 'a `get events -o wide` row, cells collapsed, with a long run of spaces in its message',
    run: parseText,
    make: (n) => `${WIDE_EVENTS_HEADER}\n5m Warning Failed pod/web-1 kubelet a${' '.repeat(n)}x 5m 1 web-1.17`,
  },
  {
    name: 'colour codes without their ESC byte, inside a line',
    run: stripAnsi,
    make: (n) => `x${fill('[0m', n)}x`,
  },
  {
    name: 'a search query of `(x1 over ` without its closing parenthesis',
    run: normaliseQuery,
    make: (n) => fill('(x1 over ', n),
  },
];
