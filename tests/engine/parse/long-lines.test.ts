// A line longer than the parsers read (MAX_PARSE_LINE_CHARS) is cut for parsing only: the record built
// from it holds the head, while matching sees the whole line, so a signal past the cut is still found.
import { describe, expect, it } from 'vitest';
import { createCollectingSink, createLineParser } from '../../../src/engine/parse/index';
import { MAX_PARSE_LINE_CHARS } from '../../../src/engine/parse/handler';
import { analyze } from '../../../src/engine/analyze';
import { CompiledCatalog } from '../../../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../../../src/node/load-catalog';

const SIGNAL =
  'errCode: InvalidVSwitchId.IpNotEnough, msg: The specified VSwitch has not enough IpAddress., requestID: 8E1C2A7B-3D55-5F0A-9C1E-6B2F0D4A7C31';
const LONG = `E0612 08:14:03.551203       1 pool.go:73] "alloc failed" trace="${'x'.repeat(2 * MAX_PARSE_LINE_CHARS)}" err="${SIGNAL}"`;

describe('lines longer than the parsers read', () => {
  it('parse from the head of the line, and the sink still gets the whole line', () => {
    const lines: string[] = [];
    const sink = { ...createCollectingSink(), line: (_no: number, text: string) => void lines.push(text) };
    const parser = createLineParser(sink);
    parser.pushLines(LONG, 'I0612 08:14:04.000001       1 pool.go:80] next');
    parser.end();
    const logs = sink.result().logs;
    expect(logs.map((l) => l.format)).toEqual(['klog', 'klog']);
    expect(logs[0]!.message.length + JSON.stringify(logs[0]!.fields).length).toBeLessThanOrEqual(MAX_PARSE_LINE_CHARS);
    expect(lines[0]).toBe(LONG);
  });

  it('still find a signal that lies past the cut', async () => {
    const catalog = new CompiledCatalog(loadCatalogFromDir());
    const report = await analyze([{ name: 'paste', text: LONG }], catalog);
    const finding = report.findings.find((f) => f.id === 'openapi-vswitch-ip-not-enough');
    expect(finding?.evidence[0]?.line).toBe(1);
  });
});
