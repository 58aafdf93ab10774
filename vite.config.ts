import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspHashPlugin } from './scripts/vite/csp-hash-plugin';
import { catalogPlugin } from './scripts/vite/catalog-plugin';
import { devCspPlugin } from './scripts/vite/dev-csp-plugin';
import { unusedWorkerPlugin } from './scripts/vite/unused-worker-plugin';

// `vite build` → dist/ (relative URLs, works under any sub-path).
// `vite build --mode single` → dist-single/index.html, one self-contained file for file:// use.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [
      svelte(),
      catalogPlugin(),
      devCspPlugin(),
      ...(single ? [viteSingleFile({ removeViteModuleLoader: true }), cspHashPlugin()] : []),
      unusedWorkerPlugin(),
    ],
    // iife: only classic blob workers run from file:// (module blob workers hang there).
    worker: { format: 'iife', plugins: () => [catalogPlugin()] },
    build: {
      outDir: single ? 'dist-single' : 'dist',
      target: 'es2022',
      reportCompressedSize: true,
    },
    server: { host: '127.0.0.1' },
    test: {
      expect: { requireAssertions: true },
      // correctness tests that spawn tsx, bash or shellcheck outlast 5 s on a loaded 2-core machine;
      // speed is measured by the benchmarks, never by test timeouts
      testTimeout: 30_000,
      projects: [
        { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/ui/components/**'] } },
        // Svelte components mounted in happy-dom with Svelte's browser build (@testing-library/svelte)
        {
          extends: true,
          plugins: [svelteTesting()],
          test: { name: 'components', include: ['tests/ui/components/**/*.test.ts'], environment: 'happy-dom' },
        },
      ],
    },
  };
});
