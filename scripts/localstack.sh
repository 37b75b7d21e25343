#!/usr/bin/env bash
# LocalStack for chipscreen, without Docker: installs a pinned localstack-core into a virtualenv
# the project manages (.localstack/), and runs it in host mode on 127.0.0.1:4566.
#   scripts/localstack.sh start    start it unless one already answers (a Docker LocalStack is used as it is)
#   scripts/localstack.sh stop     stop the one this script started
#   scripts/localstack.sh status   print the health document
# LocalStack 4.14.0 is the last release that runs without an auth token. It needs Python >= 3.13
# (PEP 695 syntax, warnings.deprecated), and its dependencies resolved as of its release: newer
# cbor2 and pyOpenSSL releases break it, so uv resolves with --exclude-newer.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCALSTACK_VERSION=4.14.0
RESOLVED_AS_OF=2026-03-01
UV_VERSION=0.13.9
state="$root/.localstack"
port="${LOCALSTACK_PORT:-4566}"
endpoint="http://127.0.0.1:$port"
export XDG_CACHE_HOME="$state/cache"   # plux caches entry points per user: keep ours apart

say() { echo "localstack.sh: $*" >&2; }

healthy() {
  curl -sf "$endpoint/_localstack/health" 2>/dev/null | grep -q '"s3": "\(available\|running\)"'
}

find_python() {
  local candidates=()
  for name in python3.14 python3.13; do
    command -v "$name" >/dev/null 2>&1 && candidates+=("$(command -v "$name")")
  done
  for dir in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[3-9]* /root/.pyenv/versions/3.1[3-9]* /usr/local/bin; do
    [ -x "$dir/bin/python3" ] && candidates+=("$dir/bin/python3")
    [ -x "$dir/python3" ] && candidates+=("$dir/python3")
  done
  command -v python3 >/dev/null 2>&1 && candidates+=("$(command -v python3)")
  for py in "${candidates[@]}"; do
    if "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 13) else 1)' 2>/dev/null; then
      echo "$py"
      return 0
    fi
  done
  return 1
}

install() {
  if [ -x "$state/venv/bin/python" ] && "$state/venv/bin/python" -c "import localstack" 2>/dev/null; then
    return 0
  fi
  local py
  if ! py="$(find_python)"; then
    say "no Python >= 3.13 found (looked on PATH and in pyenv); LocalStack $LOCALSTACK_VERSION needs one"
    exit 1
  fi
  say "installing localstack-core[runtime]==$LOCALSTACK_VERSION with $py (dependencies as of $RESOLVED_AS_OF)"
  mkdir -p "$state"
  python3 -m venv "$state/tools"
  "$state/tools/bin/pip" install -q "uv==$UV_VERSION"
  "$state/tools/bin/uv" venv -q --python "$py" "$state/venv"
  "$state/tools/bin/uv" pip install -q --python "$state/venv/bin/python" --exclude-newer "$RESOLVED_AS_OF" \
    "localstack-core[runtime]==$LOCALSTACK_VERSION"
}

start() {
  if healthy; then
    say "LocalStack already answers at $endpoint: using it"
    return 0
  fi
  install
  mkdir -p "$state/data" "$state/run"
  say "starting LocalStack $LOCALSTACK_VERSION in host mode at $endpoint (log: .localstack/localstack.log)"
  # "cd" on its own line: "cd && cmd &" would background a subshell, and $! would not be LocalStack.
  (cd "$state/run"
   SERVICES=s3,sqs,ses,sts,iam SKIP_SSL_CERT_DOWNLOAD=1 DNS_ADDRESS=0 GATEWAY_LISTEN="127.0.0.1:$port" \
     LOCALSTACK_VOLUME_DIR="$state/data" nohup "$state/venv/bin/python" -m localstack.runtime.main \
     > "$state/localstack.log" 2>&1 &
   echo $! > "$state/localstack.pid")
  for _ in $(seq 1 120); do
    if healthy; then
      say "ready"
      return 0
    fi
    if ! kill -0 "$(cat "$state/localstack.pid")" 2>/dev/null; then
      say "LocalStack exited; last lines of its log:"
      tail -20 "$state/localstack.log" >&2
      exit 1
    fi
    sleep 1
  done
  say "LocalStack did not become healthy in 120 s"
  tail -20 "$state/localstack.log" >&2
  exit 1
}

stop() {
  if [ -f "$state/localstack.pid" ]; then
    local pid
    pid="$(cat "$state/localstack.pid")"
    kill "$pid" 2>/dev/null || true
    # LocalStack shuts its services down on SIGTERM; give it 20 s, then kill it.
    for _ in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$state/localstack.pid"
    say "stopped"
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) curl -s "$endpoint/_localstack/health"; echo ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
