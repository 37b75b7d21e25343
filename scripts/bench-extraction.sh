#!/usr/bin/env bash
# Median extraction time per page, PDFBox beside Tika, on a folder of documents (default samples/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
cd "$root"
mvn -B -q -DskipTests -pl functions/core -am install
mvn -B -q dependency:build-classpath -pl functions/core -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx1g -cp "functions/core/target/test-classes:functions/core/target/classes:$(cat functions/core/target/bench.cp)" \
  dev.chipscreen.core.bench.ExtractionTiming "${1:-samples}" "${2:-200}"
