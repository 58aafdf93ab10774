import { describe, it, expect } from 'vitest';
import { Collector } from '../../src/engine/analysis/collector';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { diagnose } from '../../src/engine/reason/diagnose';
import type { EventRecord } from '../../src/engine/records';
import { MINI } from './mini-catalog';
import { event } from './reason/builders';

const catalog = new CompiledCatalog(MINI);

function feed(lines: string[], events: EventRecord[] = [], col = new Collector(catalog)) {
  lines.forEach((l, i) => col.line(i + 1, l));
  for (const e of events) col.event(e);
  return col;
}

/** a Warning event on line 1, counted once, unless `more` says otherwise */
const warning = (reason: string, message: string, more: Partial<EventRecord> = {}) =>
  event({ type: 'Warning', reason, message, ...more });

const ROW =
  '  Warning  AllocIPFailed  2m (x7 over 9m)  terway-daemon  cmdAdd: error alloc ip errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1abc" has not enough IpAddress.';

describe('Collector', () => {
  it('matches an event by reason and variant, counts (xN), and claims the line hits inside it', () => {
    const ev = warning('AllocIPFailed', ROW.slice(ROW.indexOf('cmdAdd')), {
      source: 'terway-daemon',
      count: 7,
      object: { kind: 'Pod', name: 'web-1', namespace: 'shop' },
      lines: { start: 2, end: 2 },
    });
    const out = feed(['Events:', ROW], [ev]).finish();
    const byId = Object.fromEntries(out.groups.map((g) => [g.entry.id, g]));
    expect(byId['event-alloc-ip-failed']?.variant?.id).toBe('ip-not-enough');
    expect(byId['event-alloc-ip-failed']?.count).toBe(7);
    expect(byId['openapi-ip-not-enough']?.count).toBe(7);
    expect(byId['openapi-ip-not-enough']?.captures['vsw']).toBe('vsw-bp1abc');
    expect(byId['openapi-ip-not-enough']?.origin.kind).toBe('event');
    // the line itself was claimed by the event: no second, plain-line group
    expect(out.groups.filter((g) => g.origin.kind === 'line')).toEqual([]);
  });

  it('counts an event only once when it arrives both alone and inside its describe object', () => {
    const ev = warning('AllocIPFailed', 'boom', { count: 2 });
    const col = feed(['x'], [ev]);
    col.object({
      kind: 'Pod',
      name: 'p',
      fields: {},
      labels: {},
      annotations: {},
      conditions: [],
      containers: [],
      events: [ev],
      lines: { start: 1, end: 1 },
    });
    expect(col.finish().groups.find((g) => g.entry.id === 'event-alloc-ip-failed')?.count).toBe(2);
  });

  it('aggregates a repeated log line into one group with a bounded sample', () => {
    const col = new Collector(catalog);
    for (let i = 1; i <= 10_000; i++)
      col.line(
        i,
        `E1125 02:11:05.901234  1 cni.go:99] dial unix /var/run/eni/eni.socket: connect: connection refused ${i}`,
      );
    const groups = col.finish().groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]!.count).toBe(10_000);
    expect(groups[0]!.evidence.length).toBeLessThanOrEqual(5);
    expect(groups[0]!.evidenceTotal).toBe(10_000);
  });

  it('numbers lines of a second input after the first', () => {
    const col = new Collector(catalog);
    col.startInput();
    col.line(1, 'a');
    col.line(2, 'b');
    expect(col.startInput()).toBe(3);
    col.line(1, 'dial unix /var/run/eni/eni.socket: no such file');
    expect(col.finish().groups[0]!.firstLine).toBe(3);
  });
});

describe('diagnose', () => {
  it('ranks the OpenAPI code above the pod event and marks the event as its symptom', () => {
    const ev = warning(
      'AllocIPFailed',
      'errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch "vsw-bp1abc" has not enough IpAddress.',
      { count: 3, object: { kind: 'Pod', name: 'web-1', namespace: 'shop' } },
    );
    const r = diagnose(feed(['row'], [ev]).finish(), 3, catalog);
    expect(r.verdict.rootCause).toBe('openapi-ip-not-enough');
    expect(r.verdict.category).toBe('resource-exhaustion');
    expect(r.verdict.summary).toContain('vsw-bp1abc');
    expect(r.findings[0]!.id).toBe('openapi-ip-not-enough');
    expect(r.findings.find((f) => f.id === 'event-alloc-ip-failed')?.symptomOf).toBe('openapi-ip-not-enough');
    expect(r.nextSteps[0]!.command).toBe('aliyun vpc DescribeVSwitchAttributes --VSwitchId vsw-bp1abc');
    expect(r.context).toMatchObject({ pod: 'web-1', namespace: 'shop' });
  });

  it('resolves a legacy reason to its current entry with a version hint', () => {
    const ev = warning('CniPodCreateError', 'PodCreateError: x');
    const r = diagnose(feed(['row'], [ev]).finish(), 3, catalog);
    const f = r.findings.find((x) => x.id === 'event-pod-create-failed');
    expect(f?.signal).toBe('PodCreateFailed');
    expect(f?.legacy).toEqual({ name: 'CniPodCreateError', hint: 'this cluster runs Terway ≤ v1.17.1' });
  });

  it('says "not Terway" for another CNI and invents no Terway cause', () => {
    const r = diagnose(
      feed([
        'Failed to create pod sandbox: ... plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory',
      ]).finish(),
      10,
      catalog,
    );
    expect(r.terway).toBe('not-involved');
    expect(r.verdict.category).toBe('unknown');
    expect(r.verdict.summary).toContain('calico');
    expect(r.checklist.every((c) => c.status === 'n/a')).toBe(true);
  });

  it('fills unknown placeholders visibly', () => {
    const r = diagnose(
      feed(['dial unix /var/run/eni/eni.socket: connect: no such file or directory']).finish(),
      10,
      catalog,
    );
    expect(r.nextSteps[0]!.command).toBe('kubectl describe pod <pod> -n <namespace>');
    expect(r.checklist[0]).toMatchObject({ status: 'problem' });
    expect(r.pasteNext.map((p) => p.command)).toContain(
      "kubectl get pods -n kube-system -l 'app in (terway-eniip,terway-eni)' -o wide",
    );
  });
});
