#!/usr/bin/env bash
# Scores chipscreen on the labelled development set in ../shared/eval-dev with its own scorer and
# fails below the thresholds. Part of the README's test command; run alone after a build.
# The thresholds are the issues' targets, raised as detection improved (2026-12-02: chips 62/62 and
# 62/62, parties 31/31 and 31/31, severity 119/120, doc type 120/120): raise them, never lower them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="$root/../shared/eval-dev"
lists="$root/../shared/data/lists"
if [ ! -f "$eval_dir/score.py" ]; then
  echo "score-dev-set.sh: the development set is not at $eval_dir" >&2
  exit 1
fi
store="$(mktemp -d)"
trap 'rm -rf "$store"' EXIT
"$root/chipscreen" lists import "$lists" --store "$store" >/dev/null
cd "$root"
python3 "$eval_dir/score.py" --quiet --run "./chipscreen scan --format json --lists $store" \
  --min-party-recall 0.95 --min-party-precision 0.95 \
  --min-chip-recall 0.98 --min-chip-precision 0.98 \
  --min-severity 0.98 --min-doctype 0.97 --max-missing 0
