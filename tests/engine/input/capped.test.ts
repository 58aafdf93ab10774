// An events list larger than the 4 MB one structured document may use: the report says which lines
// were read as plain text instead of leaving the list silently half-read.
import { describe, it, expect, beforeAll } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { CompiledCatalog } from '../../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';
import { toJsonContract } from '../../../src/engine/report-json';

let catalog: CompiledCatalog;
beforeAll(() => {
  catalog = new CompiledCatalog(loadCatalogFromDir());
});

const MESSAGE = 'cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded';

/** `kubectl get events -o yaml` with n events, 13 lines each. */
function eventsYaml(n: number): string {
  let out = 'apiVersion: v1\nitems:\n';
  for (let i = 0; i < n; i++)
    out +=
      `- apiVersion: v1\n  count: 3\n  involvedObject:\n    kind: Pod\n    name: web-${i}\n    namespace: shop\n` +
      `  kind: Event\n  message: '${MESSAGE}'\n  metadata:\n    name: web-${i}.17a\n    namespace: shop\n` +
      `  reason: FailedCreatePodSandBox\n  type: Warning\n`;
  return `${out}kind: List\n`;
}

function eventsJson(n: number): string {
  const items = Array.from({ length: n }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Event',
    count: 3,
    involvedObject: { kind: 'Pod', name: `web-${i}`, namespace: 'shop' },
    message: MESSAGE,
    metadata: { name: `web-${i}.17a`, namespace: 'shop' },
    reason: 'FailedCreatePodSandBox',
    type: 'Warning',
  }));
  return JSON.stringify({ apiVersion: 'v1', items, kind: 'List' }, null, 4) + '\n';
}

describe('documents over the 4 MB cap', () => {
  it('says which lines of a big YAML events list were read as plain text, and how many', async () => {
    const text = eventsYaml(15_000); // ~4.8 MB, 195,003 lines
    const r = await analyze([{ name: 'events.yaml', text }], catalog);
    const [first, ...rest] = r.documents;
    expect(first).toMatchObject({ kind: 'events-yaml', startLine: 1 });
    expect(first!.capped).toMatchObject({ format: 'yaml', limit: 4 * 1024 * 1024, textStartLine: first!.endLine + 1 });
    expect(first!.capped!.textEndLine).toBe(195_003);
    const lines = 195_003 - first!.endLine;
    expect(first!.capped!.message).toBe(
      `This YAML document is larger than the 4 MB the parser reads as one document: lines ${(first!.endLine + 1).toLocaleString('en-US')}–195,003 (${lines.toLocaleString('en-US')} lines) were read as plain text, so their signals were matched line by line, without event counts or the objects they concern.`,
    );
    // said once, on the document the cap cut, not again on each piece after it
    expect(rest.filter((d) => d.capped)).toEqual([]);
    expect(toJsonContract(r).documents[0]).toMatchObject({ capped: { format: 'yaml', textEndLine: 195_003 } });
  }, 60_000);

  it('says a JSON events list over the cap was read as plain text from its first line', async () => {
    const text = eventsJson(13_000);
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    const r = await analyze([{ name: 'pasted text', text: 'some preamble\n' + text }], catalog);
    const capped = r.documents.filter((d) => d.capped);
    expect(capped).toHaveLength(1);
    const cap = capped[0]!.capped!;
    expect(cap).toMatchObject({ format: 'json', textStartLine: 2 });
    // up to the first piece after the cut that parses again on its own (here the list's last event)
    const within = r.documents.filter((d) => d.startLine >= 2 && d.endLine <= cap.textEndLine);
    expect(within.every((d) => d.kind === 'text')).toBe(true);
    expect(cap.textEndLine).toBeGreaterThan(r.stats.lines - 30);
    expect(r.documents.find((d) => d.startLine === cap.textEndLine + 1)?.kind).toBe('events-json');
  }, 60_000);

  it('says nothing for lists under the cap', async () => {
    const r = await analyze(
      [
        { name: 'a', text: eventsYaml(50) },
        { name: 'b', text: eventsJson(50) },
      ],
      catalog,
    );
    expect(r.documents.map((d) => d.kind)).toEqual(['events-yaml', 'events-json']);
    expect(r.documents.filter((d) => d.capped)).toEqual([]);
    expect(toJsonContract(r).documents[0]).not.toHaveProperty('capped');
  });
});
