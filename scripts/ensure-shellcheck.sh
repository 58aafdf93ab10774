#!/usr/bin/env bash
# Make sure `shellcheck` is on PATH, so tests/scripts/shellcheck.test.ts runs instead of skipping.
# Installs Debian's `shellcheck` package with apt when it is missing and we are root; otherwise explains what
# to do and fails. Usage: bash scripts/ensure-shellcheck.sh
set -euo pipefail

if command -v shellcheck >/dev/null 2>&1; then
  echo "shellcheck: $(shellcheck --version | sed -n 's/^version: //p') already installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-shellcheck: shellcheck is missing and apt-get is not available; install shellcheck with your package manager (https://github.com/koalaman/shellcheck#installing)" >&2
  exit 1
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-shellcheck: shellcheck is missing; run as root, or: sudo apt-get update && sudo apt-get install -y shellcheck" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends shellcheck

if ! command -v shellcheck >/dev/null 2>&1; then
  echo "ensure-shellcheck: apt-get install shellcheck finished but shellcheck is still not on PATH" >&2
  exit 1
fi
echo "shellcheck: $(shellcheck --version | sed -n 's/^version: //p') installed"
