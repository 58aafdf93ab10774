// The parser's record sink with a second reader of every line: what reads lines the Collector keeps
// no trace of (the Terway versions a paste shows) listens here instead of inside the Collector. The tap
// reads only lines that hold one of its literals, so the sink's scan-first literals must include them
// (the Collector's do: VERSION_LITERALS); a skimmed line never reaches it.
import type { RecordSink } from '../records';

export function withLineTap(sink: RecordSink, tap: (lineNo: number, text: string) => void): RecordSink {
  return {
    ...(sink.scanFirst ? { scanFirst: sink.scanFirst } : {}),
    document: (doc) => sink.document(doc),
    event: (ev) => sink.event(ev),
    log: (rec) => sink.log(rec),
    pod: (row) => sink.pod(row),
    object: (obj) => sink.object(obj),
    config: (cfg) => sink.config(cfg),
    inspect: (rec) => sink.inspect(rec),
    line: (lineNo, text, quiet) => {
      sink.line(lineNo, text, quiet);
      if (quiet !== true) tap(lineNo, text);
    },
  };
}
