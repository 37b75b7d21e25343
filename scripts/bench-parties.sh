#!/usr/bin/env bash
# List load and party screening per page beside PDFBox extraction, with the lists x1 and x10.
# Usage: scripts/bench-parties.sh [LIST_STORE] [DIR]; the store is filled from ../shared first if empty.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
cd "$root"
store="${1:-$root/target/bench-lists}"
mvn -B -q -DskipTests install
if [ ! -f "$store/manifest.json" ]; then
  ./chipscreen lists import --store "$store" ../shared/data/lists >/dev/null
fi
mvn -B -q dependency:build-classpath -pl functions/core -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx6g -cp "functions/core/target/test-classes:functions/core/target/classes:$(cat functions/core/target/bench.cp)" \
  dev.chipscreen.core.bench.PartyScreeningTiming "$store" "${2:-samples}"
