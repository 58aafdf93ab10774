// Table-driven checks of the line-level recognisers: prompts and command hints, kubectl stderr, pod rows,
// ages, and each log family's edge cases.

import { describe, expect, it } from 'vitest';
import { commandHint, parsePrompt } from '../../../src/engine/parse/prompt';
import { defaultedContainer, isKubectlStderr } from '../../../src/engine/parse/stderr';
import { parsePodRow } from '../../../src/engine/parse/pods/get-pods';
import { parseAge } from '../../../src/engine/parse/grammar';
import { parseLogLine } from '../../../src/engine/parse/logs/log-line';
import { readQuoted, scanSortedPairs } from '../../../src/engine/parse/logs/kv';
import { stripQuote } from '../../../src/engine/parse/paste-artefacts';
import { parseText } from '../../../src/engine/parse/index';

describe('parsePrompt', () => {
  it.each([
    ['$ kubectl describe pod x', 'kubectl describe pod x'],
    ['# kubectl get po -A', 'kubectl get po -A'],
    ['[root@iZ2zeabc123def456ghiZ ~]# k get po', 'k get po'],
    ['root@host:~# journalctl -u kubelet', 'journalctl -u kubelet'],
    ['controlplane:~$ kubectl events', 'kubectl events'],
    ['ops@jump:/var/log$ tail terway.cni.log', 'tail terway.cni.log'],
    ['❯ k describe no n1', 'k describe no n1'],
    ['❯❯❯ k get pods', 'k get pods'],
    ['➜  ~ kubectl get pods', 'kubectl get pods'],
    ['PS C:\\> kubectl get pods', 'kubectl get pods'],
    ['PS C:\\Users\\me> kubectl logs x', 'kubectl logs x'],
    ['kubectl> get events', 'get events'],
    ['kubectl describe pod nginx', 'kubectl describe pod nginx'],
    ['k -n kube-system logs terway-eniip-x -c terway', 'k -n kube-system logs terway-eniip-x -c terway'],
    ['$', ''],
  ])('%s', (line, command) => {
    expect(parsePrompt(line)).toBe(command);
  });

  it.each([
    '# end inspect-terway-node.sh',
    '# terway-triage inspect-terway-node.sh v1.0.0',
    '> not a command',
    'I0723 10:00:00.123456  1 main.go:1] "x" addr="http://a:b@c:/d"',
    'Name:  x',
    'kubectl is not found on this node',
    'Events:  <none>',
    '[pod/p/c] log',
  ])('not a prompt: %s', (line) => {
    expect(parsePrompt(line)).toBeNull();
  });

  it('reads the verb, resource, output and container of a command', () => {
    expect(commandHint('kubectl -n kube-system logs terway-eniip-x -c terway --tail=100')).toMatchObject({
      verb: 'logs',
      container: 'terway',
      isLog: true,
    });
    expect(commandHint('k get ev -A -o wide')).toMatchObject({
      verb: 'get',
      resource: 'ev',
      output: 'wide',
      isLog: false,
    });
    expect(commandHint('sudo journalctl -u kubelet | grep cni')).toMatchObject({ verb: 'journalctl', isLog: true });
    expect(commandHint('kubectl alpha events --for pod/x')).toMatchObject({ verb: 'events' });
    expect(commandHint('tail -f /var/log/terway/terway.cni.log')).toMatchObject({ isLog: true });
  });
});

describe('kubectl stderr', () => {
  it('recognises stderr lines and the defaulted container', () => {
    expect(isKubectlStderr('Defaulted container "terway" out of: terway, policy, terway-init (init)')).toBe(true);
    expect(defaultedContainer('Defaulted container "terway" out of: terway, policy, terway-init (init)')).toBe(
      'terway',
    );
    expect(isKubectlStderr('No resources found in default namespace.')).toBe(true);
    expect(isKubectlStderr('Error from server (NotFound): pods "x" not found')).toBe(true);
    expect(isKubectlStderr('Warning  FailedMount  1m  kubelet  x')).toBe(false);
  });
});

describe('parsePodRow', () => {
  it('anchors on READY, with or without namespace, and reads RESTARTS with "ago"', () => {
    expect(parsePodRow('kube-system terway-eniip-7xk2q 0/2 Init:CrashLoopBackOff 6 (2m14s ago) 42m', 1)).toMatchObject({
      namespace: 'kube-system',
      name: 'terway-eniip-7xk2q',
      status: 'Init:CrashLoopBackOff',
      restarts: '6 (2m14s ago)',
      age: '42m',
    });
    expect(parsePodRow('nginx-1   0/1   ContainerCreating   0   3m', 1)).toMatchObject({
      name: 'nginx-1',
      status: 'ContainerCreating',
    });
  });

  it('does not take a --show-labels cell for an IP', () => {
    const row = parsePodRow('nginx-1  1/1  Running  0  3m  app=nginx,pod-template-hash=abc', 1);
    expect(row).not.toBeNull();
    expect(row?.ip).toBeUndefined();
    expect(parsePodRow('nginx-1  1/1  Running  0  3m  192.168.0.5  node-1  <none>  <none>', 1)).toMatchObject({
      ip: '192.168.0.5',
      node: 'node-1',
    });
  });

  it('rejects lines that only look similar', () => {
    expect(parsePodRow('see 1/2 of the docs for details', 1)).toBeNull();
    expect(parsePodRow('NAME  READY  STATUS  RESTARTS  AGE', 1)).toBeNull();
  });
});

describe('parseAge', () => {
  it('splits the interval grammar', () => {
    expect(parseAge('27s (x2 over 2m41s)')).toEqual({ age: '27s', count: 2, firstSeenAge: '2m41s' });
    expect(parseAge('<unknown> (x2 over 5m)')).toEqual({ age: '<unknown>', count: 2, firstSeenAge: '5m' });
    expect(parseAge('3d4h')).toEqual({ age: '3d4h', count: 1 });
    expect(parseAge('kubelet')).toBeNull();
  });
});

describe('log lines', () => {
  it('klog with a right-aligned PID of any width', () => {
    expect(parseLogLine('I0102 15:04:05.123456       1 main.go:38] hello')).toMatchObject({
      format: 'klog',
      pid: 1,
      caller: 'main.go:38',
      message: 'hello',
    });
    expect(parseLogLine('W0102 15:04:05.123456 1234567 a_b.go:9] x')).toMatchObject({ level: 'warning', pid: 1234567 });
  });

  it('Terway legacy: variable fraction, no PID, D/T/P levels, empty caller', () => {
    expect(parseLogLine('P0829 14:45:54 pool.go:1] subSys=pool panic here')).toMatchObject({
      format: 'terway-legacy',
      level: 'panic',
      fields: { subSys: 'pool' },
      message: 'panic here',
    });
    expect(parseLogLine('I0829 14:45:54.2334 ] no fields at all')).toMatchObject({
      format: 'terway-legacy',
      message: 'no fields at all',
      fields: {},
    });
  });

  it('unquoted sorted fields keep Go times whole and stop at a key that sorts earlier', () => {
    const fields: Record<string, string> = {};
    const msg = scanSortedPairs('a=1 b=2022-08-29 16:10:23 +0000 UTC m=+1.5 c=x y z=q then the message', fields);
    expect(fields).toEqual({ a: '1', b: '2022-08-29 16:10:23 +0000 UTC m=+1.5', c: 'x y', z: 'q' });
    expect(msg).toBe('then the message');
  });

  it('Go-quoted values with escapes', () => {
    expect(readQuoted('"a \\"b\\" \\\\ \\n c\\u00e9" rest', 0)).toBe('a "b" \\ \n cé');
    expect(readQuoted('"unterminated', 0)).toBe('unterminated');
  });

  it('a JSON line is a log only when it has log keys and is not a Kubernetes object', () => {
    expect(parseLogLine('{"msg":"hi","level":"warn"}')).toMatchObject({
      format: 'json',
      level: 'warning',
      message: 'hi',
    });
    expect(parseLogLine('{"kind":"Event","apiVersion":"v1","message":"x"}')).toBeNull();
    expect(parseLogLine('{"a":1}')).toBeNull();
  });

  it('journald short-iso and unit without pid', () => {
    expect(parseLogLine('2024-05-03T10:00:00+0800 node-1 kubelet: plain')).toMatchObject({
      format: 'journal',
      component: 'kubelet',
      message: 'plain',
    });
    expect(
      parseLogLine('5월 03 10:00:00 node-1 containerd[9]: time="2024-05-03T01:00:00Z" level=info msg=ok'),
    ).toMatchObject({ format: 'journal', time: '2024-05-03T01:00:00Z', level: 'info', message: 'ok', pid: 9 });
  });

  it('plain text is not a log line', () => {
    expect(parseLogLine('The node is not ready')).toBeNull();
    expect(parseLogLine('Events:')).toBeNull();
  });
});

describe('paste artefacts', () => {
  it('strips Markdown quotes and pane borders', () => {
    expect(stripQuote('> > kubectl get pods')).toBe('kubectl get pods');
    expect(stripQuote('>')).toBe('');
    expect(stripQuote('│ level=info msg=x │')).toBe('level=info msg=x');
    expect(stripQuote('>notquote')).toBe('>notquote');
  });
});

describe('output of kubectl logs', () => {
  it('keeps unformatted lines as plain log records when the command was kubectl logs', () => {
    const p = parseText(
      '$ kubectl logs terway-eniip-x -c terway-init\n+ set -e\nCopying CNI binaries\ncp: cannot stat /opt/cni/bin/terway\n',
    );
    expect(p.logs.map((l) => [l.format, l.message, l.container])).toEqual([
      ['plain', '+ set -e', 'terway-init'],
      ['plain', 'Copying CNI binaries', 'terway-init'],
      ['plain', 'cp: cannot stat /opt/cni/bin/terway', 'terway-init'],
    ]);
  });

  it('credentials never reach settings', () => {
    const p = parseText(
      '{"access_key": "LTAIsecretKEY", "access_secret": "TOPSECRET", "vswitches": {}, "ipam_type": "crd"}\n',
    );
    expect(p.configs[0]?.hasCredentials).toBe(true);
    expect(JSON.stringify(p.configs)).not.toMatch(/LTAIsecretKEY|TOPSECRET/);
  });
});

describe('get events variants', () => {
  it('reads the EVENT column of `-w --output-watch-events`', () => {
    const p = parseText(
      [
        'EVENT      LAST SEEN   TYPE      REASON          OBJECT        MESSAGE',
        'ADDED      5s          Warning   AllocIPFailed   pod/nginx-1   alloc ip failed',
        'MODIFIED   1s          Warning   AllocIPFailed   pod/nginx-1   alloc ip failed again',
      ].join('\n'),
    );
    expect(p.documents).toMatchObject([{ kind: 'get-events', lines: { start: 1, end: 3 } }]);
    expect(p.events.map((e) => [e.reason, e.age, e.message])).toEqual([
      ['AllocIPFailed', '5s', 'alloc ip failed'],
      ['AllocIPFailed', '1s', 'alloc ip failed again'],
    ]);
  });
});
