// The worker is imported with `?worker&inline`: its code travels inside the main bundle as a blob.
// The dev-only `new Worker(new URL('./engine.worker.ts', import.meta.url))` branch still makes the
// build emit a separate `engine.worker-*.js` that nothing loads. This drops such worker files when
// no other output file names them (in the single-file build: when index.html does not).
import type { Plugin } from 'vite';

const WORKER_FILE = /(?:^|\/)[^/]*\.worker-[^/]*\.js$/;

export function unusedWorkerPlugin(): Plugin {
  return {
    name: 'terway-triage:unused-worker',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = Object.values(bundle);
        for (const out of files) {
          if (!WORKER_FILE.test(out.fileName)) continue;
          const base = out.fileName.slice(out.fileName.lastIndexOf('/') + 1);
          const named = files.some(
            (other) => other !== out && (other.type === 'chunk' ? other.code : String(other.source)).includes(base),
          );
          if (!named) delete bundle[out.fileName];
        }
      },
    },
  };
}
