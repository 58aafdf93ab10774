// For the single-file build every script is inlined, so `script-src 'self'` would block it.
// This plugin runs after inlining and pins the inline scripts by SHA-256 hash instead:
// no 'unsafe-inline', and a tampered copy of the file refuses to run.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const SCRIPT_RE = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

export function cspHashPlugin(): Plugin {
  return {
    name: 'terway-triage:csp-hash',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const html = String(asset.source);
          const hashes = [...html.matchAll(SCRIPT_RE)]
            .map((m) => m[1] ?? '')
            .filter((body) => body.trim().length > 0)
            .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
          if (hashes.length === 0) continue;
          const pinned = html.replace("script-src 'self'", `script-src ${hashes.join(' ')}`);
          if (pinned === html) this.error('CSP meta with "script-src \'self\'" not found in index.html');
          asset.source = pinned;
        }
      },
    },
  };
}
