// The compiler's validation: a valid fixture compiles, and each kind of mistake is reported with
// the file, the entry id and the field. Fixtures are written inline so the tests can fail.
import { describe, it, expect } from 'vitest';
import { stringify } from 'yaml';
import { compileCatalog, CatalogError, type CatalogFile } from '../../src/engine/catalog/compile';
import { loadCatalogFromDir, readCatalogFiles } from '../../src/node/load-catalog';
import { problemsOf } from './compile-problems';

type Obj = Record<string, unknown>;

const PROSE_EXPLANATION =
  'The daemon could not do the thing because the configured value is wrong; the code path rejects it on start.';
const PROSE_FIX = 'Edit the eni-config ConfigMap, correct the value, then restart the terway pod on the node.';

function lineEntry(over: Obj = {}): Obj {
  return {
    id: 'daemon-sample',
    kind: 'daemon-error',
    title: 'Sample daemon error',
    component: 'terway-daemon',
    aliases: [],
    versions: { first: 'v1.7.0' },
    signal: 'sample failure happened',
    category: 'configuration',
    severity: 'error',
    sopStep: 1,
    match: [
      {
        id: 'main',
        pattern: 'sample failure happened: (?<detail>[^\\n]{0,80})',
        literals: ['sample failure happened'],
        examples: ['E0101 00:00:00.000000 1 x.go:1] "sample failure happened: boom"'],
      },
    ],
    explanation: PROSE_EXPLANATION,
    fix: PROSE_FIX,
    nextChecks: [{ command: 'kubectl logs -n kube-system {terwayPod} -c terway', why: 'the daemon log' }],
    seeAlso: [],
    explains: [],
    source: ['daemon/builder.go:151@v1.17.5'],
    ...over,
  };
}

/** An event entry: a line entry's frame with a reason, its objects and a catch-all variant. */
function eventEntry(over: Obj = {}): Obj {
  return lineEntry({
    id: 'sample-event',
    kind: 'event',
    title: 'Sample event',
    reason: 'SampleFailed',
    type: 'Warning',
    objects: ['Pod'],
    aliases: [{ name: 'OldSampleError', versions: 'v1.3.0–v1.17.1' }],
    versions: { first: 'v1.3.0' },
    signal: 'SampleFailed',
    severity: 'warning',
    sopStep: 2,
    match: [
      {
        id: 'specific',
        pattern: 'sample went wrong for (?<vsw>vsw-[0-9a-z]{8,40})',
        literals: ['sample went wrong for '],
        examples: ['  Warning  SampleFailed  1m  terway-daemon  sample went wrong for vsw-abcdefgh123'],
      },
      {
        id: 'any',
        pattern: '[\\s\\S]*',
        literals: [],
        examples: ['  Warning  SampleFailed  1m  terway-daemon  something else'],
      },
    ],
    nextChecks: [{ command: 'kubectl describe pod -n {namespace} {pod}', why: 'the events' }],
    source: ['plugin/terway/cni_linux.go:116@v1.17.5'],
    ...over,
  });
}

/** Whether a problem starts with `start` (its file › entry › field, then the complaint). */
const said = (problems: readonly string[], start: string) => problems.some((x) => x.startsWith(start));
/** Whether a problem holds `words` anywhere. */
const mentioned = (problems: readonly string[], words: string) => problems.some((x) => x.includes(words));

const file = (entries: Obj[], path = 'catalog/sample.yaml'): CatalogFile => ({ path, text: stringify(entries) });

function withVariant(base: Obj, v: Obj): Obj {
  const match = (base.match as Obj[]).map((m, i) => (i === 0 ? { ...m, ...v } : m));
  return { ...base, match };
}

describe('catalog compiler: valid input', () => {
  it('compiles a valid line entry and event entry', () => {
    const cat = compileCatalog([file([lineEntry(), eventEntry({ explains: ['daemon-sample'] })])]);
    expect(cat.entries.map((e) => e.id)).toEqual(['daemon-sample', 'sample-event']);
    expect(cat.version).toMatch(/^fnv1a-[0-9a-f]{8}$/);
    const ev = cat.entries[1]!;
    expect(ev.reason).toBe('SampleFailed');
    expect(ev.match[1]!.literals).toEqual([]);
  });

  it('version changes when the data changes and is stable otherwise', () => {
    const a = compileCatalog([file([lineEntry()])]).version;
    const b = compileCatalog([file([lineEntry()])]).version;
    const c = compileCatalog([file([lineEntry({ title: 'Another title' })])]).version;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('orders files by path regardless of input order', () => {
    const one = file([lineEntry({ id: 'zz-last' })], 'catalog/b.yaml');
    const two = file(
      [lineEntry({ id: 'aa-first', match: [{ ...(lineEntry().match as Obj[])[0]! }] })],
      'catalog/a.yaml',
    );
    expect(compileCatalog([one, two]).entries.map((e) => e.id)).toEqual(['aa-first', 'zz-last']);
  });
});

describe('catalog compiler: every problem names file, id and field', () => {
  it('reports YAML syntax errors with the file', () => {
    const p = problemsOf([{ path: 'catalog/broken.yaml', text: '- id: x\n  title: [unclosed\n' }]);
    expect(p[0]).toMatch(/^catalog\/broken\.yaml: YAML error/);
  });

  it('requires a list at the top level', () => {
    expect(problemsOf([{ path: 'catalog/map.yaml', text: 'id: x\n' }])).toEqual([
      'catalog/map.yaml: the file must be a YAML list of entries',
    ]);
  });

  it('rejects unknown fields, bad ids and bad enums', () => {
    const p = problemsOf([
      file([lineEntry({ id: 'Bad_ID', colour: 'red', kind: 'weird', category: 'oops', sopStep: 7 })]),
    ]);
    expect(p).toContain('catalog/sample.yaml › Bad_ID › colour: unknown field');
    expect(said(p, 'catalog/sample.yaml › Bad_ID › id: "Bad_ID" must be')).toBe(true);
    expect(said(p, 'catalog/sample.yaml › Bad_ID › kind: must be one of')).toBe(true);
    expect(said(p, 'catalog/sample.yaml › Bad_ID › category: must be one of')).toBe(true);
    expect(p).toContain('catalog/sample.yaml › Bad_ID › sopStep: must be 1, 2, 3, 4 or 5');
  });

  it('reports duplicate ids across files and unknown linked ids', () => {
    const p = problemsOf([
      file([lineEntry({ seeAlso: ['no-such-entry'] })], 'catalog/a.yaml'),
      file([lineEntry()], 'catalog/b.yaml'),
    ]);
    expect(p).toContain('catalog/b.yaml › daemon-sample › id: duplicate id (also in catalog/a.yaml)');
    expect(p).toContain('catalog/a.yaml › daemon-sample › seeAlso[0]: unknown entry id "no-such-entry"');
  });

  it('rejects invalid regexes', () => {
    const p = problemsOf([file([withVariant(lineEntry(), { pattern: 'sample failure happened (' })])]);
    expect(said(p, 'catalog/sample.yaml › daemon-sample › match[0=main].pattern: invalid regex')).toBe(true);
  });

  it('requires named captures from the allowed list and no unnamed groups', () => {
    const unnamed = problemsOf([
      file([withVariant(lineEntry(), { pattern: 'sample failure happened: ([a-z]{1,9})' })]),
    ]);
    expect(mentioned(unnamed, 'match[0=main].pattern: 1 unnamed capturing group')).toBe(true);
    const unknown = problemsOf([
      file([withVariant(lineEntry(), { pattern: 'sample failure happened: (?<colour>[a-z]{1,9})' })]),
    ]);
    expect(mentioned(unknown, 'capture name "colour" is not one of')).toBe(true);
  });

  it('rejects nested quantifiers', () => {
    const p = problemsOf([file([withVariant(lineEntry(), { pattern: 'sample failure happened(?:: [a-z]+)*' })])]);
    expect(mentioned(p, 'match[0=main].pattern: 1 quantified group(s) contain a quantifier')).toBe(true);
  });

  it('proves literals are required by the pattern, not just present in examples', () => {
    // "boom" is in the example but the pattern does not require it
    const p = problemsOf([file([withVariant(lineEntry(), { literals: ['boom'] })])]);
    expect(said(p, 'catalog/sample.yaml › daemon-sample › match[0=main].literals: not every match')).toBe(true);
    // an alternation needs a literal for each branch
    const alt = problemsOf([
      file([
        withVariant(lineEntry(), {
          pattern: '(?:sample failure happened|other failure)',
          literals: ['sample failure happened'],
        }),
      ]),
    ]);
    expect(mentioned(alt, 'literals: not every match')).toBe(true);
    const ok = problemsOf([
      file([
        withVariant(lineEntry(), {
          pattern: '(?:sample failure happened|other failure)',
          literals: ['sample failure happened', 'other failure'],
        }),
      ]),
    ]);
    expect(ok).toEqual([]);
  });

  it('requires lower-case literals for case-insensitive variants and a minimum length', () => {
    const p = problemsOf([file([withVariant(lineEntry(), { flags: 'i', literals: ['Sample Failure', 'sam'] })])]);
    expect(p).toContain(
      'catalog/sample.yaml › daemon-sample › match[0=main].literals: "Sample Failure" must be lower-case because the variant is case-insensitive',
    );
    expect(p).toContain(
      'catalog/sample.yaml › daemon-sample › match[0=main].literals: "sam" is shorter than 4 characters',
    );
  });

  it('requires every example to match its own variant and contain a literal', () => {
    const p = problemsOf([file([withVariant(lineEntry(), { examples: ['nothing to see here'] })])]);
    expect(
      said(p, 'catalog/sample.yaml › daemon-sample › match[0=main].examples[0]: does not match its own pattern'),
    ).toBe(true);
  });

  it('reports an example that an earlier variant would take', () => {
    const base = lineEntry();
    const first = (base.match as Obj[])[0]!;
    const entry = {
      ...base,
      match: [
        first,
        {
          id: 'narrow',
          pattern: 'sample failure happened: disk',
          literals: ['sample failure happened: disk'],
          examples: ['sample failure happened: disk full'],
        },
      ],
    };
    const p = problemsOf([file([entry])]);
    expect(p).toContain(
      'catalog/sample.yaml › daemon-sample › match[1=narrow].examples[0]: is taken by the earlier variant "main" (variants are tried in order)',
    );
  });

  it('requires event entries to end with a catch-all and forbids catch-alls elsewhere', () => {
    const ev = eventEntry();
    const noCatchAll = { ...ev, match: [(ev.match as Obj[])[0]] };
    expect(problemsOf([file([noCatchAll])])).toContain(
      'catalog/sample.yaml › sample-event › match[0=specific].pattern: the last variant of an event entry must be a catch-all (e.g. `[\\s\\S]*`) so unknown messages still map',
    );
    const lineCatchAll = withVariant(lineEntry(), { pattern: '[\\s\\S]*', literals: ['sample failure happened'] });
    expect(problemsOf([file([lineCatchAll])])).toContain(
      'catalog/sample.yaml › daemon-sample › match[0=main].pattern: only the last variant of an event entry may match any text',
    );
  });

  it('requires event fields and event-looking examples', () => {
    const p = problemsOf([file([eventEntry({ reason: undefined, type: 'Error', objects: ['Deployment'] })])]);
    expect(p).toContain('catalog/sample.yaml › sample-event › reason: events need the reason, e.g. AllocIPFailed');
    expect(p).toContain('catalog/sample.yaml › sample-event › type: events need type Normal or Warning');
    expect(said(p, 'catalog/sample.yaml › sample-event › objects: "Deployment" is not one of')).toBe(true);
    const ev = eventEntry();
    const m = ev.match as Obj[];
    const noReason = { ...ev, match: [m[0], { ...m[1]!, examples: ['  Warning  Other  1m  x  y'] }] };
    expect(problemsOf([file([noReason])])).toContain(
      'catalog/sample.yaml › sample-event › match[any].examples[0]: an event example must show the reason (SampleFailed or OldSampleError)',
    );
  });

  it('keeps the reason as the signal of event variants', () => {
    const ev = eventEntry();
    const m = ev.match as Obj[];
    const p = problemsOf([file([{ ...ev, match: [{ ...m[0]!, signal: 'vsw' }, m[1]] }])]);
    expect(
      said(p, 'catalog/sample.yaml › sample-event › match[0=specific].signal: event variants keep the reason'),
    ).toBe(true);
  });

  it('accepts `opaque` on a specific variant and rejects it on a catch-all, with `envelope`, or as a non-boolean', () => {
    const ev = eventEntry();
    const m = ev.match as Obj[];
    const ok = compileCatalog([file([{ ...ev, match: [{ ...m[0]!, opaque: true }, m[1]] }])]);
    expect(ok.entries[0]!.match[0]!.opaque).toBe(true);
    expect(ok.entries[0]!.match[1]!.opaque).toBeUndefined();
    const onCatchAll = problemsOf([file([{ ...ev, match: [m[0], { ...m[1]!, opaque: true }] }])]);
    expect(
      said(onCatchAll, 'catalog/sample.yaml › sample-event › match[1=any].opaque: a catch-all names no cause'),
    ).toBe(true);
    const both = problemsOf([file([withVariant(lineEntry(), { opaque: true, envelope: true })])]);
    expect(
      said(both, 'catalog/sample.yaml › daemon-sample › match[0=main].opaque: a variant is either an envelope'),
    ).toBe(true);
    const notBool = problemsOf([file([withVariant(lineEntry(), { opaque: 'yes' })])]);
    expect(notBool).toContain('catalog/sample.yaml › daemon-sample › match[0=main].opaque: must be true or false');
  });

  it('rejects a reason or emitted alias claimed by two event entries', () => {
    const a = eventEntry();
    const b = eventEntry({ id: 'sample-event-two', reason: 'OldSampleError', aliases: [] });
    const p = problemsOf([file([a, b])]);
    expect(p).toContain(
      'catalog/sample.yaml › sample-event-two › reason: reason/alias "OldSampleError" is already used by sample-event',
    );
  });

  it('checks aliases, versions, nextChecks and sources', () => {
    const p = problemsOf([
      file([
        lineEntry({
          aliases: [{ name: 'X', versions: 'sometime' }],
          versions: { first: '1.2' },
          nextChecks: [
            { command: 'ls /var/run/eni', why: 'x' },
            { command: 'kubectl get pod {podName}', why: 'y' },
          ],
          source: ['somewhere'],
          explanation: 'too short',
        }),
      ]),
    ]);
    expect(p).toContain(
      'catalog/sample.yaml › daemon-sample › aliases[0].versions: must be `sop`, `vX.Y.Z`, `vX.Y.Z+` or `vX.Y.Z–vA.B.C`',
    );
    expect(p).toContain(
      'catalog/sample.yaml › daemon-sample › versions.first: must be a tag such as v1.17.5 or an 8-hex commit',
    );
    expect(p).toContain(
      'catalog/sample.yaml › daemon-sample › nextChecks[0].command: must be a kubectl or aliyun command',
    );
    expect(said(p, 'catalog/sample.yaml › daemon-sample › nextChecks[1].command: unknown placeholder {podName}')).toBe(
      true,
    );
    expect(said(p, 'catalog/sample.yaml › daemon-sample › source: "somewhere" must be')).toBe(true);
    expect(said(p, 'catalog/sample.yaml › daemon-sample › explanation: too short')).toBe(true);
  });

  it('aggregates all problems in one error', () => {
    let caught: unknown;
    try {
      compileCatalog([file([lineEntry({ kind: 'nope' }), eventEntry({ type: 'Bad' })])]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CatalogError);
    const err = caught as CatalogError;
    expect(err.problems.length).toBeGreaterThanOrEqual(2);
    expect(err.message).toContain('daemon-sample › kind');
    expect(err.message).toContain('sample-event › type');
  });
});

describe('the real catalog', () => {
  it('compiles without problems', () => {
    const files = readCatalogFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);
    const cat = loadCatalogFromDir();
    expect(cat.entries.length).toBeGreaterThan(100);
  });
});
