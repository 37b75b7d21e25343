#!/usr/bin/env bash
# Runs every test of chipscreen on a fresh machine: finds a JDK >= 21, then builds and tests all
# modules with Maven (unit tests, the CLI's end-to-end tests on real files, and the tests against
# the real list snapshots in ../shared/data/lists). This is the command README.md prints and
# .ci/run calls.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source "$root/scripts/env.sh"
lists="$root/../shared/data/lists"
if [ ! -d "$lists" ]; then
  echo "test.sh: the list snapshots are not at $lists; the party tests need them" >&2
  exit 1
fi
echo "test.sh: JDK $JAVA_HOME" >&2
mvn -B verify "$@"
