#!/usr/bin/env bash
# The burst-and-crash benchmark on LocalStack (BENCHMARKS.md, "Burst and crash"): drops DOCUMENTS
# documents (copies of samples/ and ../shared/data/real-docs, renamed) into a fresh stack's bucket at
# once, runs RUNNERS local runner JVMs on its queues, SIGKILLs one mid-way, waits for the queues to
# drain and checks one report per document, one e-mail per alerting document, none twice, nothing in
# the DLQs. Prints documents/min/runner, drain and takeover times; writes target/burst/result.json.
#   scripts/burst.sh [DOCUMENTS=1000] [RUNNERS=3]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source "$root/scripts/env.sh"
documents="${1:-1000}"
runners="${2:-3}"
jar="$root/functions/lambda/target/chipscreen-functions.jar"
if [ ! -f "$jar" ]; then
  mvn -B -q -DskipTests package
fi
"$root/scripts/install-ocr.sh"
if ! curl -sf http://127.0.0.1:4566/_localstack/health >/dev/null 2>&1; then
  "$root/scripts/localstack.sh" start
fi
sources="$root/samples"
[ -d "$root/../shared/data/real-docs" ] && sources="$sources,$root/../shared/data/real-docs"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1
exec "$JAVA_HOME/bin/java" -cp "$jar" dev.chipscreen.functions.local.Burst --documents "$documents" \
  --runners "$runners" --sources "$sources" --lists "$root/../shared/data/lists" --jar "$jar" \
  --work "$root/target/burst" --visibility 60
