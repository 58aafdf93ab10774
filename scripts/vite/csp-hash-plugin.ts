// For the single-file build every script is inlined, so `script-src 'self'` would block it.
// This plugin runs after inlining and pins the inline scripts by SHA-256 hash instead:
// no 'unsafe-inline', and a tampered copy of the file refuses to run.
//
// vite-plugin-singlefile warns, while inlining, that the CSP meta tag does not allow inline scripts.
// That is true of the policy it sees and fixed right after by this plugin, so the warning is
// replaced by one line saying what was pinned (and it still fails the build if pinning fails).
import { createHash } from 'node:crypto';
import type { Logger, Plugin } from 'vite';

const SCRIPT_RE = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

export function cspHashPlugin(): Plugin {
  let logger: Logger | undefined;
  return {
    name: 'terway-triage:csp-hash',
    enforce: 'post',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    onLog(level, log) {
      if (level === 'warn' && log.plugin === 'vite:singlefile' && log.message.includes('Content-Security-Policy'))
        return false;
    },
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
          logger?.info(
            `csp-hash: ${asset.fileName}: ${hashes.length} inline script(s) pinned by SHA-256 in script-src (no 'unsafe-inline')`,
          );
        }
      },
    },
  };
}
