// Building blocks for the per-parser input generators: kubectl's token grammars, noisy text, and the paste
// artefacts (spacing, trailing spaces, cut lines) that every parser must survive.

import fc from 'fast-check';

/** A Kubernetes-style name from a number (`nginx-1a2b`); cheaper to generate than a regex arbitrary. */
export function name(n: number): string {
  return ['nginx', 'terway-eniip', 'web', 'cn-beijing.192.168.0', 'a'][n % 5] + '-' + (n >>> 3).toString(36);
}

export const duration = fc.oneof(
  fc.constantFrom('0s', '5s', '59s', '2m41s', '9m', '45m', '3h', '5h30m', '20h', '3d4h', '12d', '1y2d'),
  fc.constantFrom('<unknown>', '<invalid>'),
);
export const age = fc.oneof(
  { weight: 3, arbitrary: duration },
  { weight: 2, arbitrary: fc.tuple(duration, fc.nat(999), duration).map(([a, n, b]) => `${a} (x${n} over ${b})`) },
);
export const eventType = fc.constantFrom('Normal', 'Warning', '');
export const reason = fc.constantFrom(
  'FailedCreatePodSandBox',
  'AllocIPFailed',
  'PodCreateFailed',
  'CniPodCreateError',
  'NetworkNotReady',
  'BackOff',
  'Scheduled',
  'failedSync',
);
export const objectCell = fc.oneof(
  fc.constantFrom('pod/nginx-1', 'Pod/terway-eniip-7xk2q', 'node/cn-beijing.192.168.0.45', 'podeni/web-0', 'Pod'),
  fc.tuple(fc.constantFrom('pod', 'node', 'deployment', 'x'), fc.nat()).map(([k, n]) => `${k}/${name(n)}`),
);
export const source = fc.constantFrom(
  'kubelet',
  'terway-daemon',
  'kubelet, cn-hangzhou.10.0.3.17',
  '{kubelet 10.0.0.1}',
  '',
);

/** Message text: real error strings, their fragments and arbitrary text. */
export const message = fc.oneof(
  fc.constantFrom(
    'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5f1d": plugin type="terway" failed (add): failed to do add',
    '(combined from similar events): alloc ip failed: get ip timeout',
    'spec.containers{web}: (combined from similar events): Back-off restarting failed container',
    'network is not ready: [runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:cni config uninitialized]',
    'Pod create error: errCode: InvalidVSwitchId.IpNotEnough, elapsedTime: 1.2s...',
    'time="2024-01-08T03:25:41Z" level=fatal msg="error init eni config"',
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** A line of noise that may look like anything (a log line, a row, a prompt, nothing). */
export const noiseLine = fc.oneof(
  fc.constantFrom(
    '',
    '  ',
    'E0108 03:25:41.000000       1 main.go:45] "failed" err="x"',
    '{"level":"error","msg":"x"}',
    '$ kubectl get pods',
    'Name:  x',
    '  Warning  BackOff  1m  kubelet  boom',
    ' >',
    '\tcontinued',
    '#   NAME  READY',
  ),
  fc.string({ maxLength: 40 }),
);

/** Joins cells the way a paste may show them: aligned (kubectl padding), collapsed to single spaces, or tabs. */
export function joinRows(rows: string[][], layout: 'aligned' | 'collapsed' | 'tabs', pad: number): string[] {
  if (layout === 'collapsed') return rows.map((r) => r.filter((c) => c.length > 0).join(' '));
  if (layout === 'tabs') return rows.map((r) => r.join('\t'));
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd((widths[i] ?? 0) + pad))).join(''));
}

export const layout = fc.constantFrom<'aligned' | 'collapsed' | 'tabs'>('aligned', 'aligned', 'collapsed', 'tabs');

/**
 * Paste damage applied line by line: trailing spaces, a terminal wrap at a width, noise lines in between,
 * Windows line endings, a leading comment prefix.
 */
export function damaged(lines: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return fc
    .tuple(
      lines,
      fc.option(fc.integer({ min: 20, max: 140 }), { nil: undefined }),
      fc.array(fc.tuple(fc.nat(), noiseLine), { maxLength: 3 }),
      fc.constantFrom('\n', '\r\n'),
      fc.constantFrom('', '', '', '#   ', '> ', ' '),
      fc.array(fc.nat(), { maxLength: 4 }),
    )
    .map(([ls, width, noise, eol, prefix, padded]) => {
      const out = ls.flatMap((l) => (width === undefined ? [l] : wrapAt(l, width)));
      for (const [at, line] of noise) out.splice(out.length === 0 ? 0 : at % (out.length + 1), 0, line);
      for (const p of padded) if (out.length > 0) out[p % out.length] += ' '.repeat((p % 3) + 1);
      return out.map((l) => prefix + l).join(eol) + eol;
    });
}

function wrapAt(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    out.push(rest.slice(0, width));
    rest = rest.slice(width);
  }
  out.push(rest);
  return out;
}
