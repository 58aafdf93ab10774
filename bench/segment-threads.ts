// The several-workers path on Node, for the benchmarks: worker threads decode and scan segments of a file
// (engine/analysis/segments.ts, as the browser's helper workers do) while the main thread parses them in
// order. `segmentThreads(n)` starts the threads (each compiles the catalog once); `segments(path)` feeds
// analyze().
import { open } from 'node:fs/promises';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { CompiledCatalog } from '../src/engine/match/compiled-catalog';
import {
  scanSegment,
  segmentCount,
  segmentsInOrder,
  transferables,
  type ScannedSegment,
} from '../src/engine/analysis/segments';
import { loadCatalogFromDir } from '../src/node/load-catalog';

interface Request {
  id: number;
  path: string;
  size: number;
  index: number;
}

const readRange = (path: string) => async (start: number, end: number) => {
  const file = await open(path);
  try {
    const bytes = new Uint8Array(end - start);
    for (let at = 0; at < bytes.length;) {
      const { bytesRead } = await file.read(bytes, at, bytes.length - at, start + at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return bytes;
  } finally {
    await file.close();
  }
};

export interface SegmentThreads {
  segments(path: string, size: number): AsyncIterable<ScannedSegment>;
  close(): Promise<void>;
}

export async function segmentThreads(count: number): Promise<SegmentThreads> {
  const waiting = new Map<number, (s: ScannedSegment) => void>();
  let nextId = 0;
  const threads = await Promise.all(
    Array.from({ length: count }, async () => {
      // a thread does not inherit tsx's loader: it registers it, then loads this file
      const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(import.meta.url)});`;
      const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
      w.on('message', (m: { id: number; segment: ScannedSegment } | 'ready') => {
        if (m !== 'ready') waiting.get(m.id)?.(m.segment);
      });
      await new Promise<void>((resolve, reject) => {
        w.once('message', () => resolve());
        w.once('error', reject);
      });
      return w;
    }),
  );
  return {
    segments(path, size) {
      const scan = (index: number) =>
        new Promise<ScannedSegment>((resolve) => {
          const id = nextId++;
          waiting.set(id, (s) => {
            waiting.delete(id);
            resolve(s);
          });
          threads[index % threads.length]!.postMessage({ id, path, size, index } satisfies Request);
        });
      return segmentsInOrder(segmentCount(size), scan, threads.length * 2);
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const catalog = new CompiledCatalog(loadCatalogFromDir());
  port.on('message', (r: Request) => {
    void scanSegment(catalog, readRange(r.path), r.size, r.index).then((segment) =>
      port.postMessage({ id: r.id, segment }, transferables(segment)),
    );
  });
  port.postMessage('ready');
}
