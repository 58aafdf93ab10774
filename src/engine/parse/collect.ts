// A sink that keeps everything: what parseText returns.

import type { ParsedInput, RecordSink } from '../records';

export interface CollectingSink extends RecordSink {
  result(): ParsedInput;
}

export function createCollectingSink(): CollectingSink {
  const out: ParsedInput = {
    documents: [],
    events: [],
    logs: [],
    pods: [],
    objects: [],
    configs: [],
    inspects: [],
    lineCount: 0,
  };
  return {
    document: (d) => void out.documents.push(d),
    event: (e) => void out.events.push(e),
    log: (r) => void out.logs.push(r),
    pod: (p) => void out.pods.push(p),
    object: (o) => void out.objects.push(o),
    config: (c) => void out.configs.push(c),
    inspect: (i) => void out.inspects.push(i),
    line: (no) => {
      out.lineCount = no;
    },
    result: () => out,
  };
}
