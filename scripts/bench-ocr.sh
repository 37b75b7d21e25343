#!/usr/bin/env bash
# OCR time per page, in one run: Tesseract alone on the scanned pages (the floor: one process per
# page, English only and English + simplified Chinese as chipscreen runs it), chipscreen screening
# the same files in one JVM, and the whole `chipscreen scan` process over the folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
cd "$root"
"$root/scripts/install-ocr.sh"
pages="${1:-10}"
out="$root/target/bench-ocr"
rm -rf "$out" && mkdir -p "$out/scans"
mvn -B -q -DskipTests install
mvn -B -q dependency:build-classpath -pl functions/core -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx1g -cp "functions/core/target/test-classes:functions/core/target/classes:$(cat functions/core/target/bench.cp)" \
  dev.chipscreen.core.bench.OcrTiming "$out/scans" "$pages" | tee "$out/summary.txt"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
for kind in png300 jpeg200; do
  for langs in eng eng+chi_sim; do
    for f in "$out"/scans/$kind-*; do
      s=$(date +%s%N); OMP_THREAD_LIMIT=1 tesseract "$f" stdout -l "$langs" --psm 3 >/dev/null 2>&1; e=$(date +%s%N)
      echo $(( (e - s) / 1000000 ))
    done | median | xargs printf "%-8s tesseract alone (-l %s): median %s ms/page\n" "$kind" "$langs" | tee -a "$out/summary.txt"
  done
done
n=$(ls "$out/scans" | wc -l)
s=$(date +%s%N); ./chipscreen scan --format json --lists "$out/no-lists" "$out/scans" >/dev/null 2>&1; e=$(date +%s%N)
printf "chipscreen scan (whole process, %d scans): %.2f s, %.0f ms/page\n" "$n" "$(echo "($e - $s) / 1000000000" | bc -l)" \
  "$(echo "($e - $s) / 1000000 / $n" | bc -l)" | tee -a "$out/summary.txt"
