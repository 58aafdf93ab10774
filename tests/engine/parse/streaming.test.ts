// The streaming contract: records are emitted as lines arrive, push/pushLines/parseText agree, and memory stays
// bounded by the per-document and per-record caps whatever the input.

import { describe, expect, it } from 'vitest';
import { createCollectingSink, createLineParser, parseText } from '../../../src/engine/parse/index';
import { MAX_DOCUMENT_CHARS, MAX_RECORD_CHARS } from '../../../src/engine/parse/handler';
import { MAX_LINE_CHARS } from '../../../src/engine/text/index';
import { recordRanges } from './helpers';

const KLOG = (i: number): string =>
  `I0723 10:00:00.${String(i).padStart(6, '0')}  182733 pool.go:210] "alloc ip" podName="nginx-${i}"`;

describe('createLineParser', () => {
  it('emits log records line by line, before end()', () => {
    const sink = createCollectingSink();
    const parser = createLineParser(sink);
    parser.push(KLOG(1) + '\n' + KLOG(2) + '\n' + KLOG(3).slice(0, 20));
    // the second record is complete once the third line starts; only the pending one is held
    expect(sink.result().logs.map((l) => l.fields.podName)).toEqual(['nginx-1']);
    parser.push(KLOG(3).slice(20) + '\n' + KLOG(4) + '\n');
    expect(sink.result().logs).toHaveLength(3);
    parser.end();
    expect(sink.result().logs).toHaveLength(4);
    expect(sink.result().documents).toEqual([{ kind: 'log-klog', lines: { start: 1, end: 4 } }]);
    expect(parser.lineCount).toBe(4);
  });

  it('pushLines is the same as push with a newline per line', () => {
    const lines = [
      '$ kubectl get pods',
      'NAME  READY  STATUS  RESTARTS  AGE',
      'x  0/1  Init:Error  1  5s',
      '',
      KLOG(9),
    ];
    const sink = createCollectingSink();
    const parser = createLineParser(sink);
    parser.pushLines(...lines.slice(0, 2));
    parser.pushLines(...lines.slice(2));
    parser.end();
    expect(sink.result()).toEqual(parseText(lines.join('\n') + '\n'));
  });

  it('falls back to line mode when a describe outgrows the document cap', () => {
    const filler = Array.from(
      { length: Math.ceil(MAX_DOCUMENT_CHARS / 60) + 10 },
      (_, i) => `                  label-${i}=${'v'.repeat(40)}`,
    );
    const text = [
      'Name:  big',
      'Namespace:  default',
      'Labels:  a=b',
      ...filler,
      'Events:',
      '  Type  Reason  Age  From  Message',
      '  Warning  AllocIPFailed  1m  terway-daemon  boom',
    ].join('\n');
    const p = parseText(text);
    expect(p.objects.length).toBeGreaterThanOrEqual(1);
    expect(p.objects[0]?.name).toBe('big');
    for (const r of recordRanges(p)) expect(r.end).toBeLessThanOrEqual(p.lineCount);
    // the cut-off document covers only what was buffered
    expect(p.documents[0]!.lines.end).toBeLessThan(p.lineCount);
  });

  it('keeps an oversized JSON document as text instead of buffering it all', () => {
    const items = Array.from(
      { length: Math.ceil(MAX_DOCUMENT_CHARS / 80) + 10 },
      (_, i) => `  {"kind": "Event", "reason": "R${i}", "message": "${'m'.repeat(40)}"},`,
    );
    const text = ['[', ...items, '  {}', ']'].join('\n');
    const p = parseText(text);
    expect(p.events).toHaveLength(0);
    expect(p.documents[0]).toMatchObject({ kind: 'text', title: 'json' });
    for (const r of recordRanges(p)) expect(r.end).toBeLessThanOrEqual(p.lineCount);
  });

  it('does not let continuation lines grow one log record without bound', () => {
    const cont = '\tat some.frame(File.java:1) ' + 'x'.repeat(100);
    const n = Math.ceil((MAX_RECORD_CHARS * 3) / cont.length);
    const text = [KLOG(1), ...Array.from({ length: n }, () => cont)].join('\n');
    const p = parseText(text);
    // past the cap the lines are no longer folded: they continue as their own (text) document
    expect(p.documents.length).toBeGreaterThan(1);
    for (const l of p.logs) expect(l.message.length).toBeLessThanOrEqual(MAX_RECORD_CHARS + cont.length + 1);
  });

  it('cuts an overlong line but keeps the line count', () => {
    const long = 'y'.repeat(MAX_LINE_CHARS + 10);
    const sink = createCollectingSink();
    const seen: number[] = [];
    const parser = createLineParser({ ...sink, line: (no, t) => seen.push(no, t.length) });
    parser.push('a\n' + long.slice(0, 5_000_000));
    parser.push(long.slice(5_000_000) + '\nb\n');
    parser.end();
    expect(parser.lineCount).toBe(3);
    expect(seen).toEqual([1, 1, 2, MAX_LINE_CHARS, 3, 1]);
  });
});
