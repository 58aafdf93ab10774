#!/usr/bin/env bash
# Every test the project has, in the order a reviewer wants failures: static checks, unit tests,
# then the built app in a real Chromium. Installs what a fresh machine lacks (Chromium, shellcheck).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "tools: chromium, shellcheck"
bash scripts/ensure-chromium.sh
if [ -f scripts/ensure-shellcheck.sh ]; then bash scripts/ensure-shellcheck.sh; fi

step "type check (tsc per realm + svelte-check)"
npm run --silent check

step "lint (eslint + prettier)"
npm run --silent lint

step "unit tests (vitest)"
npx vitest run

step "build (dist/ and single file)"
npx vite build --logLevel warn
npx vite build --mode single --logLevel warn

step "end-to-end (Playwright, Chromium)"
npx playwright test
