#!/usr/bin/env bash
# Installs a pinned AWS SAM CLI into a virtualenv the project manages (.sam/), for the tests'
# `sam validate --lint` and `sam build` (and make, which sam build of the zip functions runs). Idempotent: a second run finds it and does nothing.
# Prints the path of the sam program.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAM_VERSION=1.170.0
UV_VERSION=0.13.9
state="$root/.sam"
sam="$state/venv/bin/sam"
# `sam build` of the zip functions runs functions/lambda/Makefile: it needs make.
if ! command -v make >/dev/null 2>&1; then
  echo "install-sam.sh: installing make (Debian package) for sam build" >&2
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-sam.sh: need root or sudo to install make" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq --no-install-recommends make >/dev/null
fi
if [ -x "$sam" ] && "$sam" --version 2>/dev/null | grep -q "$SAM_VERSION"; then
  echo "$sam"
  exit 0
fi
py="$(command -v python3)"
echo "install-sam.sh: installing aws-sam-cli==$SAM_VERSION with $py" >&2
if [ ! -x "$state/tools/bin/uv" ]; then
  "$py" -m venv "$state/tools"
  "$state/tools/bin/pip" install -q "uv==$UV_VERSION"
fi
"$state/tools/bin/uv" venv -q --allow-existing --python "$py" "$state/venv"
"$state/tools/bin/uv" pip install -q --python "$state/venv/bin/python" "aws-sam-cli==$SAM_VERSION" >&2
echo "$sam"
