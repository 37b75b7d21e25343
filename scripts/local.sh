#!/usr/bin/env bash
# The pipeline on your machine, on LocalStack:
#   scripts/local.sh up            start LocalStack (if none runs), build, provision the bucket, queues,
#                                  notifications, SES sender and the lists (from ../shared/data/lists)
#   scripts/local.sh run           run the ingest, OCR and notify functions on the queues (Ctrl-C stops);
#                                  OCR runs in this process with the machine's Tesseract
#   scripts/local.sh drop FILE...  upload documents under incoming/ (what an analyst does)
#   scripts/local.sh emails        show the e-mails LocalStack's SES received
#   scripts/local.sh invoke HANDLER EVENT.json   one handler on one event (sqs-ingest, s3-ingest,
#                                  eventbridge-ingest, notify), e.g. events/sqs-s3-put.json
#   scripts/local.sh down          stop LocalStack
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
endpoint="${CHIPSCREEN_AWS_ENDPOINT:-http://127.0.0.1:4566}"
bucket="${CHIPSCREEN_BUCKET:-chipscreen-local}"
envfile="$root/.localstack/pipeline.env"
jar="$root/functions/lambda/target/chipscreen-functions.jar"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1

java_local() { "$JAVA_HOME/bin/java" -cp "$jar" dev.chipscreen.functions.local.Local "$@"; }

case "${1:-}" in
  up)
    "$root/scripts/localstack.sh" start
    "$root/scripts/install-ocr.sh"
    (cd "$root" && mvn -B -q -DskipTests install) >&2
    mkdir -p "$root/.localstack"
    java_local provision "$endpoint" "$bucket" "$root/../shared/data/lists" > "$envfile"
    echo "provisioned bucket $bucket; environment in $envfile" >&2
    ;;
  run)
    set -a; source "$envfile"; set +a
    java_local run
    ;;
  drop)
    shift
    for file in "$@"; do
      aws --endpoint-url "$endpoint" s3 cp "$file" "s3://$bucket/incoming/$(basename "$file")"
    done
    ;;
  emails)
    curl -s "$endpoint/_aws/ses" | python3 -m json.tool
    ;;
  invoke)
    set -a; source "$envfile"; set +a
    java_local invoke "$2" "$3"
    ;;
  down)
    "$root/scripts/localstack.sh" stop
    ;;
  *)
    sed -n '2,13p' "$0" >&2
    exit 2
    ;;
esac
