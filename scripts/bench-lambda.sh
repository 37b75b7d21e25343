#!/usr/bin/env bash
# The ingest function's cold start as Lambda runs it, on LocalStack: each run is a fresh JVM (C1
# only and serial GC, as the java21 runtime starts it) that builds the handler (SDK clients, the
# list store copied from the bucket, loaded and indexed) and handles one SQS-wrapped S3 event for a
# document not seen before (fetch, screen, write the report, queue the alert). Five runs, medians.
# Usage: scripts/bench-lambda.sh [RUNS] [FUNCTIONS_JAR]  (the jar: to time another build the same way)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
runs="${1:-5}"
"$root/scripts/local.sh" up
jar="${2:-$root/functions/lambda/target/chipscreen-functions.jar}"
set -a; source "$root/.localstack/pipeline.env"; set +a
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
endpoint="${CHIPSCREEN_AWS_ENDPOINT:-http://127.0.0.1:4566}"
bucket="${DOCUMENT_BUCKETS%%,*}"
out="$root/target/bench-lambda"
mkdir -p "$out"
: > "$out/times.txt"
for i in $(seq 1 "$runs"); do
  key="incoming/cold-start-$(date +%s%N)-$i.pdf"
  aws --endpoint-url "$endpoint" s3 cp --quiet "$root/samples/invoice-a100-buyer-sophgo.pdf" "s3://$bucket/$key"
  python3 - "$root/events/sqs-s3-put.json" "$bucket" "$key" > "$out/event.json" <<'PY'
import json, sys, urllib.parse
event = json.load(open(sys.argv[1]))
body = json.loads(event["Records"][0]["body"])
body["Records"][0]["s3"]["bucket"]["name"] = sys.argv[2]
obj = body["Records"][0]["s3"]["object"]
obj["key"] = urllib.parse.quote_plus(sys.argv[3], safe="/")
# The sample's version, tag and size belong to its own object, not to the one uploaded here.
for field in ("versionId", "eTag", "size"):
    obj.pop(field, None)
event["Records"][0]["body"] = json.dumps(body)
print(json.dumps(event))
PY
  JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1" /usr/bin/time -f "%e %M" -o "$out/time.txt" \
    "$JAVA_HOME/bin/java" -cp "$jar" dev.chipscreen.functions.local.Local invoke sqs-ingest "$out/event.json" \
    > "$out/run-$i.log" 2>&1
  grep -q "SCREENED\|CRITICAL\|HIGH\|alert" "$out/run-$i.log" || { echo "run $i did not screen:"; cat "$out/run-$i.log"; exit 1; }
  cat "$out/time.txt" >> "$out/times.txt"
done
sort -n "$out/times.txt" | awk '{t[NR]=$1; m[NR]=$2} END {printf "ingest cold start, %d runs: median %.2f s (%.2f to %.2f), peak RSS %d MB\n", NR, t[int((NR+1)/2)], t[1], t[NR], m[int((NR+1)/2)]/1024}'
