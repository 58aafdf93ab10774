// Logs whose records span lines: klog `key=<` values closed by ` >`, stack traces, zap stacktraces, CRI partial
// lines; shown through `kubectl logs --prefix` (sources interleaved), `--timestamps`, journald (also reversed,
// as `journalctl -r` prints it) and `less -N` gutters.

import fc from 'fast-check';
import { damaged, message } from './common';

const word = fc.constantFrom('err', 'podName', 'logger', 'config', 'ip', 'a.b', 'x');
const value = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('"quoted \\" value"', '{"a":1}', '<', '='));

/** One record as its physical lines (before any prefix). */
const record = fc.oneof(
  // klog with an optional multi-line value
  fc
    .tuple(
      fc.constantFrom('I', 'W', 'E', 'F'),
      message,
      fc.array(fc.tuple(word, value), { maxLength: 3 }),
      fc.option(fc.tuple(word, fc.array(fc.string({ maxLength: 30 }), { maxLength: 4 }), fc.boolean()), {
        nil: undefined,
      }),
    )
    .map(([level, msg, pairs, multi]) => {
      const head = `${level}0108 03:25:41.123456       1 server.go:120] ${JSON.stringify(msg)}`;
      const kv = pairs.map(([k, v]) => ` ${k}=${v}`).join('');
      if (multi === undefined) return [head + kv];
      const [key, lines, closed] = multi;
      return [`${head}${kv} ${key}=<`, ...lines.map((l) => `\t${l}`), ...(closed ? [' > podName="nginx-1"'] : [])];
    }),
  // logrus and zap console with a stack trace below
  fc
    .tuple(
      message,
      fc.array(fc.constantFrom('main.main()', '\t/go/src/main.go:12 +0x1d', 'goroutine 1 [running]:'), {
        maxLength: 3,
      }),
    )
    .map(([msg, stack]) => [`time="2024-01-08T03:25:41Z" level=error msg=${JSON.stringify(msg)}`, ...stack]),
  fc
    .tuple(message, fc.boolean())
    .map(([msg, trace]) => [
      `2024-01-08T03:25:41.123Z\tERROR\tcontroller.podeni\t${msg}\t{"error": "x"}`,
      ...(trace
        ? ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler', '\t/go/x.go:329']
        : []),
    ]),
  // a CRI log file line split by the runtime (`P`) and finished (`F`)
  fc.tuple(message, fc.nat(40)).map(([msg, at]) => {
    const line = `E0529 15:10:06.516811       1 daemon.go:512] "failed" err=${JSON.stringify(msg)}`;
    const cut = Math.min(at + 10, line.length);
    return [`CRI P ${line.slice(0, cut)}`, `CRI F ${line.slice(cut)}`];
  }),
);

type Shown = 'plain' | 'prefix' | 'timestamps' | 'journal' | 'journal-reversed' | 'gutter';

function show(lines: string[], how: Shown, source: number, no: number): string[] {
  return lines.map((l, i) => {
    const cri = l.startsWith('CRI ') ? `stderr ${l.charAt(4)} ` : '';
    const body = cri.length > 0 ? l.slice(6) : l;
    const ts = '2024-05-29T15:10:06.516919109+08:00 ';
    switch (how) {
      case 'prefix':
        return `[pod/terway-eniip-${source}/terway] ${cri.length > 0 ? ts + cri : ''}${body}`;
      case 'timestamps':
        return ts + cri + body;
      case 'journal':
      case 'journal-reversed':
        return `May 03 10:00:02 node-${source} kubelet[2231]: ${body}`;
      case 'gutter':
        return `${String(no + i).padStart(7)} May 03 10:00:02 node-1 kubelet[2231]: ${body}`;
      default:
        return cri.length > 0 ? ts + cri + body : body;
    }
  });
}

export const multiLineLogText = damaged(
  fc
    .tuple(
      fc.array(fc.tuple(record, fc.nat(3)), { minLength: 1, maxLength: 8 }),
      fc.constantFrom<Shown>('plain', 'prefix', 'timestamps', 'journal', 'journal-reversed', 'gutter'),
      fc.constantFrom('', '$ kubectl logs -l app=terway-eniip --prefix -c terway', '$ journalctl -u kubelet -r'),
      fc.array(fc.nat(), { maxLength: 10 }),
    )
    .map(([records, how, command, swaps]) => {
      let no = 1;
      let lines = records.flatMap(([rec, source]) => {
        const shown = show(rec, how, source, no);
        no += shown.length;
        return shown;
      });
      if (how === 'journal-reversed') lines.reverse();
      if (how === 'prefix') {
        // interleave: neighbouring lines of different sources trade places
        lines = [...lines];
        for (const s of swaps) {
          const i = s % Math.max(1, lines.length - 1);
          const a = lines[i] as string;
          const b = lines[i + 1];
          if (b !== undefined && a.slice(0, 25) !== b.slice(0, 25)) [lines[i], lines[i + 1]] = [b, a];
        }
      }
      return command.length > 0 ? [command, ...lines] : lines;
    }),
);
