// The one command filler: a value fills a placeholder only when it has the shape of that kind of
// name; anything else keeps the placeholder visible and says why.
import { describe, it, expect } from 'vitest';
import { fill, fillCommand } from '../../src/engine/commands/fill';
import { hasInvisible, printable, revealInvisible, shellQuote, stripInvisible } from '../../src/engine/commands/shell';
import { HOSTILE_NAMES, PAYLOAD_MARKERS } from './hostile/names';

const TEMPLATES = [
  'kubectl describe pod {pod} -n {namespace}',
  'kubectl describe node {node}',
  'kubectl logs -n kube-system {terwayPod} -c {container}',
  'kubectl get podnetworking {podNetworking} -o yaml',
  'aliyun vpc DescribeVSwitches --VSwitchId {vsw} --ZoneId {zone}',
  'aliyun ecs DescribeNetworkInterfaces --NetworkInterfaceId.1 {eni} --InstanceId {instance}',
];
const KEYS = ['pod', 'namespace', 'node', 'terwayPod', 'container', 'podNetworking', 'vsw', 'zone', 'eni', 'instance'];

describe('fill', () => {
  it('fills valid names of every kind', () => {
    const values = {
      pod: 'web-7d9f8c6b5-x2x9q',
      namespace: 'shop',
      node: 'cn-hangzhou.10.0.3.19',
      terwayPod: 'terway-eniip-7x9kq',
      container: 'terway',
      podNetworking: 'pn-a',
      vsw: 'vsw-bp1q2w3e4r5t6y7u8i9o0',
      zone: 'cn-hangzhou-h',
      eni: 'eni-bp1abcdefgh',
      instance: 'i-bp1abcdefgh',
    };
    expect(TEMPLATES.map((t) => fillCommand(t, values))).toEqual([
      'kubectl describe pod web-7d9f8c6b5-x2x9q -n shop',
      'kubectl describe node cn-hangzhou.10.0.3.19',
      'kubectl logs -n kube-system terway-eniip-7x9kq -c terway',
      'kubectl get podnetworking pn-a -o yaml',
      'aliyun vpc DescribeVSwitches --VSwitchId vsw-bp1q2w3e4r5t6y7u8i9o0 --ZoneId cn-hangzhou-h',
      'aliyun ecs DescribeNetworkInterfaces --NetworkInterfaceId.1 eni-bp1abcdefgh --InstanceId i-bp1abcdefgh',
    ]);
  });

  it.each(HOSTILE_NAMES)('never puts %j into a command, and says why', (name) => {
    for (const template of TEMPLATES) {
      const values = Object.fromEntries(KEYS.map((k) => [k, name]));
      const { command, kept } = fill(template, values);
      for (const marker of PAYLOAD_MARKERS) expect(command).not.toContain(marker);
      expect(command).not.toContain(name);
      const holes = template.match(/\{\w+\}/g)!;
      // every hole stays visible as <hole>, and each one is explained
      for (const h of holes) expect(command).toContain(`<${h.slice(1, -1)}>`);
      expect(kept).toHaveLength(holes.length);
      expect(kept[0]).toMatch(/^Left as <\w+>: .+ not a valid .+, so it was not put into the command\.$/);
    }
  });

  it('leaves unknown names as <placeholder> without a note', () => {
    expect(fill('kubectl describe pod {pod} -n {namespace}', {})).toEqual({
      command: 'kubectl describe pod <pod> -n <namespace>',
      kept: [],
    });
  });

  it('finds the terway pod through its node when only a valid node is known', () => {
    expect(fillCommand('kubectl logs -n kube-system {terwayPod} -c terway', { node: 'cn-hangzhou.10.0.3.19' })).toBe(
      "kubectl logs -n kube-system $(kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' --field-selector spec.nodeName=cn-hangzhou.10.0.3.19 -o name) -c terway",
    );
    for (const node of HOSTILE_NAMES)
      expect(fillCommand('kubectl logs -n kube-system {terwayPod} -c terway', { node }), node).toBe(
        'kubectl logs -n kube-system <terwayPod> -c terway',
      );
  });

  it('rejects names that are valid characters but not valid names', () => {
    for (const pod of ['-web', 'web-', 'Web-1', 'a..b', '.a', 'a'.repeat(254), 'web_1'])
      expect(fillCommand('kubectl describe pod {pod}', { pod }), pod).toBe('kubectl describe pod <pod>');
    expect(fillCommand('-n {namespace}', { namespace: 'a.b' })).toBe('-n <namespace>');
    expect(fillCommand('{vsw}', { vsw: 'vsw-UPPER' })).toBe('<vsw>');
  });

  it('strips invisible characters from the template too', () => {
    expect(fillCommand('kubectl\u200b get\u202e pods', {})).toBe('kubectl get pods');
  });
});

describe('shell helpers', () => {
  it('quotes what is not plainly safe, POSIX style', () => {
    expect(shellQuote('web-1')).toBe('web-1');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote("a'b; c")).toBe(`'a'\\''b; c'`);
    expect(shellQuote('$(id)')).toBe("'$(id)'");
  });

  it('finds, strips and reveals bidi controls and zero-width characters', () => {
    const line = 'pod\u202eevil\u200b x';
    expect(hasInvisible(line)).toBe(true);
    expect(hasInvisible('plain line')).toBe(false);
    expect(stripInvisible(line)).toBe('podevil x');
    expect(revealInvisible(line)).toBe('pod<U+202E>evil<U+200B> x');
  });

  it('prints pasted terminal controls as markers, keeping tabs and newlines', () => {
    const osc8 = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007';
    expect(printable(`a\tb\n${osc8}\u009b`)).toBe(
      'a\tb\n<U+001B>]8;;https://evil.example<U+0007>click<U+001B>]8;;<U+0007><U+009B>',
    );
  });
});
