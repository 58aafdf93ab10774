// The timeline builder over every event and log format in the parse fixtures: order, anchoring,
// relative ages, year-less klog and journald, the root cause's first appearance, and its bound.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import { CompiledCatalog } from '../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../src/node/load-catalog';
import { placeTimeline } from '../../src/engine/reason/timeline-place';
import type { Report, TimelineEntry } from '../../src/engine/report';

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

const fixture = (name: string) => readFileSync(new URL(`../fixtures/parse/${name}.txt`, import.meta.url), 'utf8');
const run = (text: string): Promise<Report> => analyze([{ name: 'paste', text }], catalog);
const brief = (t: TimelineEntry) => `${t.atKind} ${t.at} L${t.line}`;

/** the placed entries' times never go backwards */
function expectOrdered(entries: TimelineEntry[]) {
  const keys = entries.filter((t) => t.atKind !== 'relative').map((t) => Date.parse(normalise(t.at)));
  for (let i = 1; i < keys.length; i++)
    expect(keys[i]!, entries.map(brief).join('\n')).toBeGreaterThanOrEqual(keys[i - 1]!);
}
/** year-less and reduced-precision stamps, made parseable for the comparison */
function normalise(at: string): string {
  const full = /^\d{4}-/.test(at) ? at : `2000-${at}`;
  if (/T\d{2}Z$/.test(full)) return full.replace('Z', ':00Z');
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(full) || full.length <= 10 ? full : `${full}Z`;
}

describe('timeline over the fixtures', () => {
  it('get events of every era: ages stay relative, oldest first, <unknown> last', async () => {
    const r = await run(fixture('06-get-events-eras'));
    expect(r.timelineAnchor).toBeUndefined();
    expect(r.timeline.every((t) => t.atKind === 'relative' && t.kind === 'event')).toBe(true);
    expect(r.timeline.map((t) => t.at)).toEqual(['13m', '13m', '10m', '9m19s', '2m', '45s', '30s', '0s', '<unknown>']);
    // the legacy layout's FIRST SEEN places the event, not its LAST SEEN
    expect(r.timeline[1]).toMatchObject({ level: 'Warning', count: 7, node: 'kubernetes-minion-group-kcbf' });
    expect(r.timelineTotal).toBe(r.stats.events);
  });

  it('kubectl events: FIRST SEEN of `(x2 over 10m)` places the row', async () => {
    const r = await run(fixture('07-kubectl-events'));
    expect(r.timeline.map((t) => t.at)).toEqual(['20m', '10m', '6m', '70s', '60s']);
  });

  it('events JSON and YAML: absolute times in order, the latest is the anchor', async () => {
    for (const name of ['08-events-json', '09-events-yaml']) {
      const r = await run(fixture(name));
      expect(r.timeline.length).toBeGreaterThan(2);
      expect(r.timeline.every((t) => t.atKind === 'absolute')).toBe(true);
      expectOrdered(r.timeline);
      expect(r.timelineAnchor).toEqual({ at: r.timeline.at(-1)!.at, source: 'paste', line: r.timeline.at(-1)!.line });
    }
  });

  it('klog without a year stays year-less, in order, and marks the root cause where it first shows', async () => {
    const r = await run(fixture('11-klog-terway-daemon'));
    expect(r.timeline.map(brief)).toEqual([
      'no-year 07-23T10:00:01.000002 L3',
      'no-year 07-23T10:00:02.500000 L4',
      'no-year 07-23T10:00:04.000000 L11',
      'no-year 07-23T10:00:05.000000 L12',
    ]);
    const root = r.timeline.filter((t) => t.rootCause);
    expect(root).toHaveLength(1);
    expect(root[0]!.findingId).toBe(r.verdict.rootCause);
    // the warning line no entry explains is on the timeline without a finding
    expect(r.timeline[1]).toMatchObject({ level: 'warning' });
    expect(r.timeline[1]!.findingId).toBeUndefined();
  });

  it('journald: a year-less kubelet line takes its year from containerd’s RFC 3339 time', async () => {
    const r = await run(fixture('15-journal-kubelet-containerd'));
    expect(r.timelineAnchor?.at).toBe('2023-05-11T16:09:21.839669754+08:00');
    const inferred = r.timeline.filter((t) => t.atKind === 'year-inferred');
    expect(inferred.map((t) => t.at)).toContain('2023-04-16T22:26:30.150357');
    // a December line read in May belongs to the year before, never to a future date
    expect(inferred.map((t) => t.at)).toContain('2022-12-22T17:09:30.432983');
    expectOrdered(r.timeline);
  });

  it('logrus, zap, JSON, felix and --prefix timestamps: ordered by the instant, zones included', async () => {
    for (const name of ['13-logrus-felix-json', '14-kubectl-logs-prefix-timestamps', '38-zap-console']) {
      const r = await run(fixture(name));
      expect(r.timeline.length, name).toBeGreaterThan(1);
      expect(r.timeline.every((t) => t.kind === 'log' && t.atKind === 'absolute')).toBe(true);
      expectOrdered(r.timeline);
    }
    // +08:00 at 03:25:42 is the day before 03:25:41Z
    const prefix = await run(fixture('14-kubectl-logs-prefix-timestamps'));
    expect(prefix.timeline[0]!.at).toBe('2024-01-08T03:25:42.100000000+08:00');
  });

  it('an event row and its confirming log line: the age is anchored on the log, to the minute it was printed to', async () => {
    const r = await run(fixture('45-event-row-then-log'));
    expect(r.timeline.map(brief)).toEqual([
      'anchored 2025-11-25T04:50Z L1',
      'absolute 2025-11-25T04:55:12Z L2',
      'year-inferred 2025-11-25T04:55:12.000001 L3',
    ]);
    expect(r.timeline[0]).toMatchObject({ kind: 'event', rootCause: true, findingId: r.verdict.rootCause });
    expect(r.timeline[1]).toMatchObject({ kind: 'log', findingId: r.verdict.rootCause });
    expect(r.timeline[1]!.rootCause).toBeUndefined();
  });
});

describe('placing with a time the user gives', () => {
  it('anchors ages and dates year-less stamps on it; without it they stay as printed', async () => {
    const r = await run(`${fixture('06-get-events-eras')}\n${fixture('11-klog-terway-daemon')}`);
    expect(r.timeline.some((t) => t.atKind === 'no-year')).toBe(true);
    const placed = placeTimeline(r.timeline, { at: '2024-07-23T10:30:00Z', source: 'user' }, r.verdict.rootCause);
    expect(placed.filter((t) => t.atKind === 'relative').map((t) => t.at)).toEqual(['<unknown>']);
    expect(placed.find((t) => t.printed === '9m19s')!.at).toBe('2024-07-23T10:20:41Z');
    expect(placed.find((t) => t.printed === '07-23T10:00:05.000000')!.at).toBe('2024-07-23T10:00:05.000000');
    expectOrdered(placed.filter((t) => t.at !== '<unknown>'));
    expect(placed.filter((t) => t.rootCause)).toHaveLength(1);
  });
});

describe('bounds', () => {
  it('keeps the first timed lines and every entry’s last one, and counts them all', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 15_000; i++) {
      const s = String(i % 60).padStart(2, '0');
      const m = String(Math.floor(i / 60) % 60).padStart(2, '0');
      lines.push(`E0722 15:${m}:${s}.000000   12345 pool.go:201] error allocate ip: request ${i} refused`);
    }
    lines.push('E0722 16:10:00.000000   12345 pool.go:201] InvalidVSwitchId.IpNotEnough vsw-bp1');
    const r = await run(lines.join('\n'));
    expect(r.timelineTotal).toBe(15_001);
    expect(r.timeline.length).toBeLessThanOrEqual(10_000 + 10);
    expect(r.timeline.at(-1)!.line).toBe(15_001);
  });
});
