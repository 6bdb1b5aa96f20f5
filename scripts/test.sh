#!/usr/bin/env bash
# Runs every test fsdlint has: installs the peer tools the differential tests
# compare against (npm ci in testtools/), then go vet and go test.
# In CI (CI=true) a missing peer fails the differential tests instead of skipping them.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v go >/dev/null || { echo "test.sh: go is not installed" >&2; exit 2; }
command -v npm >/dev/null || { echo "test.sh: npm (Node.js) is not installed; the differential tests need it" >&2; exit 2; }

echo "==> installing peer tools (testtools/, npm ci)"
(cd testtools && npm ci --no-audit --no-fund --loglevel=error)

# Headless Chromium opens the html of `fsdlint graph` in a test (Debian package).
if ! command -v chromium >/dev/null; then
  echo "==> installing chromium (apt-get)"
  sudo=""
  [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && sudo=sudo
  { $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium >/dev/null; } ||
    echo "test.sh: could not install chromium; the graph html test will skip (fail when CI=true)" >&2
fi

echo "==> go vet"
go vet ./...

echo "==> go test"
go test -count=1 -timeout 60m ./... "$@"
