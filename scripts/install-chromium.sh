#!/usr/bin/env bash
# Installs Debian's Chromium when missing: the browser tests (functions/core, *BrowserTest) render
# the HTML reports and alert e-mails in it headless. Idempotent; the test command calls it, as it
# calls install-ocr.sh. A browser named by CHIPSCREEN_CHROMIUM is used instead.
set -euo pipefail
if [ -n "${CHIPSCREEN_CHROMIUM:-}" ] && [ -x "$CHIPSCREEN_CHROMIUM" ]; then
  exit 0
fi
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "install-chromium.sh: installing chromium" >&2
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-chromium.sh: need root or sudo to install chromium" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
