#!/usr/bin/env bash
# Regenerates samples/ from GenerateSamples (core test sources). Run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
cd "$root"
mvn -B -q -DskipTests -pl functions/core -am install
mvn -B -q dependency:build-classpath -pl functions/core -Dmdep.outputFile=target/samples.cp -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "functions/core/target/test-classes:functions/core/target/classes:$(cat functions/core/target/samples.cp)" \
  dev.chipscreen.core.samples.GenerateSamples samples
