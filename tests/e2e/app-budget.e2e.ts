// First-load budget: the JS + CSS that index.html loads (the inlined worker and its catalog included)
// stay within 150 KB gzip. Chunks loaded later (the reference view) are reported, not counted.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

test('the first load (JS + CSS referenced by dist/index.html) is at most 150 KB gzip', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  expect(first.length).toBeGreaterThan(0);
  const firstBytes = first.reduce((n, f) => n + gz(join('dist', f)), 0);
  const later = readdirSync('dist/assets')
    .map((f) => `assets/${f}`)
    .filter((f) => /\.(js|css)$/.test(f) && !first.includes(f));
  const laterBytes = later.reduce((n, f) => n + gz(join('dist', f)), 0);
  console.log(
    `first load: ${(firstBytes / 1024).toFixed(1)} KB gzip (${first.join(', ')}); later: ${(laterBytes / 1024).toFixed(1)} KB`,
  );
  expect(firstBytes).toBeLessThanOrEqual(150 * 1024);
});
