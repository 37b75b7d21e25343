#!/usr/bin/env bash
# Runs every test of chipscreen on a fresh machine: finds a JDK >= 21, installs cfn-lint,
# Tesseract (scripts/install-ocr.sh) and Chromium (scripts/install-chromium.sh: Debian packages) if they are missing, starts LocalStack
# (scripts/localstack.sh: pinned, host mode, no Docker) unless one is already running, then builds and tests all modules with Maven: unit tests, the CLI's end-to-end
# tests on real files, the tests against the real list snapshots in ../shared/data/lists, and the
# pipeline's integration tests on LocalStack (S3, SQS, SES). This is the command README.md gives
# and .ci/run calls.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source "$root/scripts/env.sh"
lists="$root/../shared/data/lists"
if [ ! -d "$lists" ]; then
  echo "test.sh: the list snapshots are not at $lists; the party tests need them" >&2
  exit 1
fi
if ! command -v cfn-lint >/dev/null 2>&1; then
  echo "test.sh: installing cfn-lint" >&2
  python3 -m pip install -q "cfn-lint==1.51.0"
fi
"$root/scripts/install-ocr.sh"
# Debian's Chromium for the browser tests of the report pages and alert e-mails (ReportBrowserTest).
"$root/scripts/install-chromium.sh"
# The SAM CLI for TemplateTest's `sam validate --lint` and `sam build` of the zip functions (pinned, in .sam/).
CHIPSCREEN_SAM="$("$root/scripts/install-sam.sh")"
export CHIPSCREEN_SAM
started_localstack=0
if ! curl -sf http://127.0.0.1:4566/_localstack/health >/dev/null 2>&1; then
  "$root/scripts/localstack.sh" start
  started_localstack=1
fi
cleanup() {
  if [ "$started_localstack" = 1 ]; then
    "$root/scripts/localstack.sh" stop
  fi
}
trap cleanup EXIT
export CHIPSCREEN_AWS_ENDPOINT=http://127.0.0.1:4566
echo "test.sh: JDK $JAVA_HOME; LocalStack at $CHIPSCREEN_AWS_ENDPOINT" >&2
mvn -B verify "$@"
# Detection on documents the team did not write: the development set, scored by its own scorer,
# against thresholds that only go up (issues "Alerts an analyst can trust" and "Chips, routes and
# document types"). The lists are imported into a store of this run's own.
"$root/scripts/score-dev-set.sh"
