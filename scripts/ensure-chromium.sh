#!/usr/bin/env bash
# Playwright cannot download browsers here: the e2e suite runs Debian's Chromium.
# Installs it with apt when missing and we are root on Debian; otherwise says what to install.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium not found at $CHROMIUM: installing Debian's chromium with apt-get..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "error: Chromium is required for the end-to-end tests but $CHROMIUM is missing." >&2
echo "Install it (Debian/Ubuntu: 'sudo apt-get install -y chromium') or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
