#!/usr/bin/env bash
# Browser tests use Debian's Chromium: Playwright's own browser download cannot
# reach its host from these machines.
set -euo pipefail
CHROMIUM="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is missing at $CHROMIUM; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "Installing Debian chromium for the browser tests ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
