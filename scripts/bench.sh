#!/usr/bin/env bash
# Benchmarks chipscreen against the extraction floor in one run (numbers go to BENCHMARKS.md):
#  - the corpus: 200 text PDFs (1-5 pages), 50 mixed files, a 400-page PDF (BenchCorpus);
#  - pdftotext (poppler-utils; installed from Debian if missing), one process per file, as it is used;
#  - chipscreen scan as one whole process over the folder (the launcher, as users run it), lists installed;
#  - Tika alone: AutoDetectParser, standard parsers, no OCR, all files in one JVM;
#  - cold start to the first report: chipscreen scan one-page.pdf beside a bare PDFBox program;
#  - peak RSS on the 400-page PDF; JMH on the hot paths (scripts/bench.sh --jmh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
cd "$root"
out="$root/target/bench"
mkdir -p "$out"
command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
mvn -B -q -DskipTests install >&2
./chipscreen --version >/dev/null  # the launcher trains its start-up cache once per build: not inside a timed run
bench_jar="$root/benchmarks/target/benchmarks.jar"
java="$JAVA_HOME/bin/java"
[ -d "$out/corpus/pdf" ] || "$java" -cp "$bench_jar" dev.chipscreen.benchmarks.BenchCorpus "$out/corpus" 200 >&2
[ -f "$out/lists/manifest.json" ] || ./chipscreen lists import --store "$out/lists" ../shared/data/lists >/dev/null
pdfs=$(ls "$out"/corpus/pdf/*.pdf | wc -l)
pages=$(for f in "$out"/corpus/pdf/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | paste -sd+ | bc)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
timed() {  # prints "seconds maxrss_kb" of a command
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || true
  cat "$out/time.txt"
}

echo "corpus: $pdfs PDFs, $pages pages; 50 mixed files" | tee "$out/summary.txt"
runs=3
for run in $(seq 1 $runs); do
  start=$(date +%s.%N); maxrss=0
  for f in "$out"/corpus/pdf/*.pdf; do
    /usr/bin/time -f "%M" -o "$out/rss.txt" pdftotext -q "$f" /dev/null
    rss=$(cat "$out/rss.txt"); [ "$rss" -gt "$maxrss" ] && maxrss=$rss
  done
  echo "$(echo "$(date +%s.%N) - $start" | bc) $maxrss" >> "$out/pdftotext.txt"
  # The same with one pdftotext per core, as chipscreen screens one file per core.
  start=$(date +%s.%N)
  ls "$out"/corpus/pdf/*.pdf | xargs -P "$(nproc)" -I{} pdftotext -q {} /dev/null
  echo "$(echo "$(date +%s.%N) - $start" | bc) $maxrss" >> "$out/pdftotext-parallel.txt"
  timed ./chipscreen scan --format json --lists "$out/lists" "$out/corpus/pdf" >> "$out/chipscreen.txt"
  timed "$java" -XX:+UseSerialGC -cp "$bench_jar" dev.chipscreen.benchmarks.TikaBaseline "$out/corpus/pdf" >> "$out/tika.txt"
  timed ./chipscreen scan --format json --lists "$out/lists" "$out/corpus/mixed" >> "$out/chipscreen-mixed.txt"
  timed "$java" -XX:+UseSerialGC -cp "$bench_jar" dev.chipscreen.benchmarks.TikaBaseline "$out/corpus/mixed" >> "$out/tika-mixed.txt"
done
for tool in pdftotext pdftotext-parallel chipscreen tika chipscreen-mixed tika-mixed; do
  s=$(awk '{print $1}' "$out/$tool.txt" | tail -$runs | median)
  r=$(awk '{print $2}' "$out/$tool.txt" | tail -$runs | median)
  n=$pdfs; p=$pages; case $tool in *mixed) n=50; p=50 ;; esac
  printf "%-17s median %7.2f s  %7.1f docs/s  %6.2f ms/page  peak RSS %4d MB\n" "$tool" "$s" \
    "$(echo "$n / $s" | bc -l)" "$(echo "$s * 1000 / $p" | bc -l)" "$((r / 1024))" | tee -a "$out/summary.txt"
done
ptt=$(awk '{print $1}' "$out/pdftotext.txt" | tail -$runs | median)
cs=$(awk '{print $1}' "$out/chipscreen.txt" | tail -$runs | median)
tk=$(awk '{print $1}' "$out/tika.txt" | tail -$runs | median)
ptp=$(awk '{print $1}' "$out/pdftotext-parallel.txt" | tail -$runs | median)
printf "throughput ratios on PDFs: chipscreen/pdftotext %.2f (pdftotext one per core: %.2f), chipscreen/tika %.2f\n" \
  "$(echo "$ptt / $cs" | bc -l)" "$(echo "$ptp / $cs" | bc -l)" "$(echo "$tk / $cs" | bc -l)" | tee -a "$out/summary.txt"

# Cold start to the first report, 7 runs each.
for i in $(seq 1 7); do
  timed "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$bench_jar" dev.chipscreen.benchmarks.BarePdfBox \
    "$out/corpus/one-page.pdf" >> "$out/cold-pdfbox.txt"
  timed ./chipscreen scan --lists "$out/no-lists" "$out/corpus/one-page.pdf" >> "$out/cold-cli.txt"
  timed ./chipscreen scan --lists "$out/lists" "$out/corpus/one-page.pdf" >> "$out/cold-cli-lists.txt"
done
for tool in cold-pdfbox cold-cli cold-cli-lists; do
  printf "%-17s median %6.3f s  peak RSS %4d MB\n" "$tool" "$(awk '{print $1}' "$out/$tool.txt" | tail -7 | median)" \
    "$(( $(awk '{print $2}' "$out/$tool.txt" | tail -7 | median | cut -d. -f1) / 1024 ))" | tee -a "$out/summary.txt"
done
big=$(timed ./chipscreen scan --lists "$out/lists" "$out/corpus/big.pdf")
printf "400-page PDF: %s s, peak RSS %d MB\n" "$(echo "$big" | cut -d' ' -f1)" "$(( $(echo "$big" | cut -d' ' -f2) / 1024 ))" \
  | tee -a "$out/summary.txt"
if [ "${1:-}" = "--jmh" ]; then
  "$java" -Dchipscreen.lists="$out/lists" -jar "$bench_jar" MatchingBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s \
    | tail -5 | tee -a "$out/summary.txt"
fi
