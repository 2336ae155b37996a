#!/usr/bin/env bash
# bench/run.sh: measures ofsted-kg on generated corpora and writes BENCHMARKS.md: ingest (the full
# pipeline, split by stage, beside TDB2's own bulk loader on the very same quads), SHACL validation,
# query latency over HTTP at 1, 8 and 32 clients beside Virtuoso on the same dump, start-up time and
# memory, growth with the corpus, and the real reports of data/real-reports ingested beside Debian's pdftotext on
# the same files (section 7; it installs poppler-utils, pdftotext and pdfinfo, with apt-get if pdftotext is missing).
# Whole processes are timed (JVM start included where a user would pay it); every figure is the median of
# BENCH_RUNS runs with the spread (min-max).
#
# Environment (all optional):
#   BENCH_ONLY           "real" to run only section 7, the real reports (data/real-reports) ingested into a new store
#                        beside pdftotext over the same files (a few minutes: BENCH_ONLY=real BENCH_RUNS=5
#                        bench/run.sh), and rewrite only that section of BENCH_OUT, keeping the rest as it is (the
#                        section is added if the file has none); unset, everything is run and BENCH_OUT written whole
#   BENCH_SIZES          corpus sizes, in reports (default "1000 10000"; add 100000 for the last growth point)
#   BENCH_RUNS           runs per figure (default 3)
#   BENCH_LARGE_RUNS     runs per figure for corpora over 10,000 reports (default 1: an ingest of 100,000 takes about
#                        6 minutes here, and the raw load as long again)
#   BENCH_QUERY_SIZE     the corpus whose store the query, start and memory figures are measured on (default 10000)
#   BENCH_SERVE_JAVA_OPTS JVM options of the server as it runs by default, answer cache on (default -Xmx640m, as
#                        bin/ofsted-kg runs serve); start-up, idle memory and the cached column are measured with them
#   BENCH_UNCACHED_JAVA_OPTS JVM options of the server computing every answer (default -Xmx2g: room for four
#                        queries at once in each lane); the uncached columns and the growth table
#   BENCH_QUERY_SECONDS  seconds per query load run (default 20)
#   BENCH_WORK           working folder (default /tmp/ofsted-kg-bench; needs several GB for 100,000 reports)
#   BENCH_JAVA_OPTS      JVM options for every other ofsted-kg process: ingest, the raw load, validate, generate
#                        (default -Xmx6g -XX:+UseParallelGC, the collector bin/ofsted-kg gives batch commands)
#   BENCH_VIRTUOSO       0 to skip the Virtuoso comparison (default 1; it installs virtuoso-opensource)
#   BENCH_OUT            the report (default BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(pwd)

sizes=${BENCH_SIZES:-"1000 10000"}
runs=${BENCH_RUNS:-3}
large_runs=${BENCH_LARGE_RUNS:-1}
query_size=${BENCH_QUERY_SIZE:-10000}
serve_java_opts=${BENCH_SERVE_JAVA_OPTS:--Xmx640m}
uncached_java_opts=${BENCH_UNCACHED_JAVA_OPTS:--Xmx2g}
# The queries measured at every size for the growth table: those that stay well inside the timeout at 100,000
# reports without the answer cache (the full-table ones take minutes there: see section 3).
growth_queries=authority-history,conflicts,ratings,authorities-by-rating,weak-areas
query_seconds=${BENCH_QUERY_SECONDS:-20}
work=${BENCH_WORK:-/tmp/ofsted-kg-bench}
java_opts=${BENCH_JAVA_OPTS:--Xmx6g -XX:+UseParallelGC}
with_virtuoso=${BENCH_VIRTUOSO:-1}
out=${BENCH_OUT:-BENCHMARKS.md}
only=${BENCH_ONLY:-}
case "$only" in
  "" | real) ;;
  *) echo "bench: BENCH_ONLY=$only: the only section that runs alone is real" >&2; exit 2 ;;
esac
# Run alone, section 7 starts no Virtuoso, so it must not stop one (a full run's) on exit.
[ "$only" = real ] && with_virtuoso=0
seed=42
port=3399
vt_http=8899
vt_sql=1199

mkdir -p "$work"
# The settings as given, to print with the report so that it says how to run it again.
settings=$( { env | grep -E '^BENCH_[A-Z_]+=' || true; } | sort | sed -E 's/^([A-Z_]+)=(.*)$/\1="\2"/' | paste -sd' ' -)
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
log="$work/bench${only:+-$only}.log"
: >"$log"
say() { echo "bench: $*" >&2; echo "bench: $*" >>"$log"; }

./mvnw -q -B -DskipTests package >&2
jar="$home/target/ofsted-kg.jar"
# shellcheck disable=SC2086
kg() { java $java_opts -jar "$jar" "$@"; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# The median of the numbers on standard input, and their spread.
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.4g\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
spread() { sort -g | awk 'NR == 1 { min = $1 } { max = $1 } END { if (NR == 0) print "n/a"; else printf "%s-%s", min, max }'; }
fig() { local values; values=$(cat); printf '%s (%s)' "$(median <<<"$values")" "$(spread <<<"$values")"; }
kb_on_disk() { du -sk "$1" | cut -f1; }

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap 'stop_server; [ "$with_virtuoso" = 1 ] && bench/virtuoso.sh stop "$work/virtuoso" "$vt_sql" >/dev/null 2>&1 || true' EXIT

# Starts serve with JVM options on a store (extra options after it); sets started_in to the seconds from
# launch to the first answered query.
started_in=""
start_server() {
  local opts=$1 store=$2 start
  shift 2
  start=$(now)
  # shellcheck disable=SC2086
  java $opts -jar "$jar" serve --store "$store" --port "$port" --timeout 120 "$@" >"$work/serve.out" 2>"$work/serve.err" &
  server_pid=$!
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null -H 'Accept: text/csv' --data-urlencode 'query=ASK {}' "http://localhost:$port/sparql"; then
      started_in=$(elapsed "$start" "$(now)")
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err" >&2; echo "bench: serve died" >&2; exit 1; }
    sleep 0.05
  done
  echo "bench: serve did not answer in 60 s" >&2
  exit 1
}

peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# Resident memory now, split: the JVM's own (heap and the rest) and files mapped in (the JVM's libraries; with
# serve --file-mode mapped, the store's files).
rss_split() { awk '/RssAnon/ { a = $2 } /RssFile/ { f = $2 } END { printf "%.0f MB own + %.0f MB of mapped files", a / 1024, f / 1024 }' "/proc/$1/status"; }

# Waits until the server has said its canned answers are kept (AnswerWarmer), at most 20 minutes.
await_warm() {
  for _ in $(seq 1 2400); do
    grep -q 'canned queries kept' "$work/serve.out" && return 0
    sleep 0.5
  done
  echo "bench: the answers were not warmed in 20 minutes" >&2
  exit 1
}

# Runs the load test: prints "query p50 p99" lines and a "rps N" line. A run with failed requests or inconsistent
# answers is recorded in $failures, which the report shows.
failures="$work/load-failures.txt"
: >"$failures"
load() {
  local server=$1 clients=$2 seconds=$3
  shift 3
  local file="$work/load-$clients.txt" rc=0
  kg loadtest --server "$server" --clients "$clients" --seconds "$seconds" --probe-every 0 --min-per-query 3 "$@" \
    >"$file" 2>>"$log" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "- \`loadtest\` against $server, $clients clients, exited $rc: $(grep -E '^(failure|inconsistent)' "$file" | head -3 | paste -sd';' -)" >>"$failures"
  fi
  awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^\(/) { rps = substr($i, 2); print "rps", rps } }
       NR > 2 && NF == 6 && $1 !~ /^(failure|inconsistent)/ { print $1, $4, $5, $3 }' "$file"
}

machine() {
  echo "- CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "- memory: $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "- disk: $(df -h "$work" | awk 'NR == 2 { print $2 " (" $4 " free) at " $6 }')"
  echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "- Java: $(java -version 2>&1 | head -1), options \`$java_opts\`"
  echo "- load average when the run started: $load_at_start"
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); ofsted-kg $(git rev-parse --short HEAD)"
}

# Section 7: the files of data/real-reports (Ofsted's reports as published: PDFs, and one HTML page named .pdf that
# ingest rejects and pdftotext fails on) ingested into a new store, the whole process timed, beside pdftotext run
# over the same files one after another, interleaved run by run. Writes the section's Markdown to standard output.
real_dir=data/real-reports
real_section() {
  local load_then
  load_then=$(cut -d' ' -f1-3 /proc/loadavg)
  if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
    ((EUID == 0)) || { echo "bench: pdftotext is missing and installing poppler-utils needs root" >&2; exit 1; }
    say "installing poppler-utils with apt-get"
    (
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends poppler-utils
    ) >&2
  fi
  local files=() others=() f p pages=0 pdfs=0
  while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$real_dir" -type f ! -name '.*' -print0 | sort -z)
  for f in "${files[@]}"; do
    p=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }' || true)
    if [ -n "$p" ]; then
      pages=$((pages + p))
      pdfs=$((pdfs + 1))
    else
      others+=("${f#"$real_dir"/}")
    fi
  done
  [ "$pages" -gt 0 ] || { echo "bench: no pages in $real_dir" >&2; exit 1; }
  cat "${files[@]}" >/dev/null # into the page cache: both then read the files from memory
  local store="$work/store-real" walls=() tool_walls=() ratios=() rates=() tool_rates=() failed=() r first which
  local start rc summary="" rejected="" ingest_s tool_s
  for r in $(seq 1 "$runs"); do
    # The order alternates, so neither is always the one run on a machine just busy with the other.
    if ((r % 2)); then first="ingest pdftotext"; else first="pdftotext ingest"; fi
    for which in $first; do
      if [ "$which" = ingest ]; then
        say "ingest of $real_dir, run $r"
        rm -rf "$store"
        rc=0
        start=$(now)
        kg ingest --store "$store" "$real_dir" >"$work/ingest-real.out" 2>>"$log" || rc=$?
        ingest_s=$(elapsed "$start" "$(now)")
        # 1 says some file was rejected (the HTML page); 2 that the ingest could not run.
        [ "$rc" -le 1 ] || { tail -3 "$work/ingest-real.out" >&2; echo "bench: ingest of $real_dir exited $rc" >&2; exit 1; }
        say "ingest, run $r: $ingest_s s"
        summary=$(tail -1 "$work/ingest-real.out" | sed -E 's/;.*//')
        rejected=$(awk '/^rejected / { sub(/^rejected +/, ""); sub("^" dir "/", ""); printf "%s`%s`", (n++ ? "; " : ""), $0 }' dir="$real_dir" "$work/ingest-real.out")
      else
        say "pdftotext over $real_dir, file after file, run $r"
        failed=()
        start=$(now)
        for f in "${files[@]}"; do
          pdftotext "$f" /dev/null 2>>"$log" || failed+=("${f#"$real_dir"/}")
        done
        tool_s=$(elapsed "$start" "$(now)")
        say "pdftotext, run $r: $tool_s s"
      fi
    done
    walls+=("$ingest_s")
    tool_walls+=("$tool_s")
    rates+=("$(awk -v p="$pages" -v s="$ingest_s" 'BEGIN { printf "%.1f", p / s }')")
    tool_rates+=("$(awk -v p="$pages" -v s="$tool_s" 'BEGIN { printf "%.1f", p / s }')")
    ratios+=("$(awk -v a="$ingest_s" -v b="$tool_s" 'BEGIN { printf "%.2f", a / b }')")
  done
  local ratio verdict
  ratio=$(printf '%s\n' "${ratios[@]}" | median)
  verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 2 ? "met" : "not met") }')
  local dirty="" n_others=$((${#files[@]} - pdfs)) of_runs="each figure is the median of $runs runs, with the spread (lowest-highest) in brackets"
  [ "$runs" -gt 1 ] || of_runs="each figure is from one run"
  [ -z "$(git status --porcelain -- src pom.xml 2>/dev/null)" ] || dirty=" (with uncommitted changes to the sources)"
  echo "## 7. Real reports, beside pdftotext"
  echo
  echo "The ${#files[@]} files of \`$real_dir/\` (Ofsted's inspection reports of 2012-2025 as published: $pdfs PDFs of $pages pages"
  echo "as \`pdfinfo\` counts them, and $n_others file$( ((n_others == 1)) || echo s) of no pages to pdfinfo$( ((n_others)) && printf ' (%s), not counted' "$(printf '`%s`, ' "${others[@]}" | sed 's/, $//')"))"
  echo "ingested into a new store by \`java $java_opts -jar target/ofsted-kg.jar ingest --store DIR $real_dir\`, the"
  echo "whole process timed (the JVM's start included), beside Debian's \`pdftotext\` ($(pdftotext -v 2>&1 | head -1)) run over the"
  echo "same files one after another (\`pdftotext FILE /dev/null\`, one process per file) in the same run: $runs run$( ((runs == 1)) || echo s) of each,"
  echo "interleaved, the order alternating, after the files were read once, so both read them from the page cache. Pages"
  echo "per second are the PDFs' $pages pages over the whole run. Goal: the whole ingest within twice pdftotext's time."
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) at ofsted-kg $(git rev-parse --short HEAD)$dirty, load average $load_then when the section started,"
  echo "by \`${settings:+$settings }bench/run.sh\`; $of_runs."
  echo
  echo "| | whole run s | pages/s |"
  echo "|---|---|---|"
  echo "| \`ingest\` into a new store | $(printf '%s\n' "${walls[@]}" | fig) | $(printf '%s\n' "${rates[@]}" | fig) |"
  echo "| \`pdftotext\`, file after file | $(printf '%s\n' "${tool_walls[@]}" | fig) | $(printf '%s\n' "${tool_rates[@]}" | fig) |"
  echo
  echo "| ingest / pdftotext (each run's pair) | goal | |"
  echo "|---|---|---|"
  echo "| $(printf '%s\n' "${ratios[@]}" | fig) | at most 2 | $verdict |"
  echo
  echo "ingest's summary: $summary${rejected:+ (rejected: $rejected)}. pdftotext failed on: $( ((${#failed[@]})) && printf '`%s`, ' "${failed[@]}" | sed 's/, $//' || echo none)."
}

if [ "$only" = real ]; then
  real_section >"$work/real.md"
  bench/splice-section.sh 7 "$work/real.md" "$out"
  say "wrote section 7 of $out"
  exit 0
fi

declare -A ingest_row raw_row ratio_row size_row compact_row validate_row growth_row
largest=""
for n in $sizes; do
  largest=$n
  corpus="$work/corpus-$n"
  if [ ! -f "$corpus/manifest.csv" ] || [ "$(($(wc -l <"$corpus/manifest.csv") - 1))" -ne "$n" ]; then
    say "generating $n reports"
    kg generate --reports "$n" --seed "$seed" --out "$corpus" --force >>"$log" 2>&1
  fi
  rates=() triples=() extract=() map=() valid=() storage=() raw=() walls=()
  n_runs=$runs
  [ "$n" -gt 10000 ] && n_runs=$large_runs
  for r in $(seq 1 "$n_runs"); do
    say "ingest of $n reports, run $r"
    rm -rf "$work/store-$n"
    start=$(now)
    kg ingest --timings --store "$work/store-$n" "$corpus/reports" >"$work/ingest-$n.out" 2>>"$log"
    walls+=("$(elapsed "$start" "$(now)")")
    line=$(grep '^timings:' "$work/ingest-$n.out")
    rates+=("$(sed -E 's/.*\(([0-9.]+) reports\/s.*/\1/' <<<"$line")")
    triples+=("$(sed -E 's/.*, ([0-9]+) triples\/s.*/\1/' <<<"$line")")
    extract+=("$(sed -E 's/.*extraction ([0-9.]+) s.*/\1/' <<<"$line")")
    map+=("$(sed -E 's/.*mapping ([0-9.]+) s.*/\1/' <<<"$line")")
    valid+=("$(sed -E 's/.*validation ([0-9.]+) s.*/\1/' <<<"$line")")
    storage+=("$(sed -E 's/.*storage ([0-9.]+) s.*/\1/' <<<"$line")")
  done
  size_row[$n]=$(kb_on_disk "$work/store-$n")
  kg backup --store "$work/store-$n" --out "$work/dump-$n.nq.gz" >>"$log" 2>&1
  quads=$(zcat "$work/dump-$n.nq.gz" | wc -l)
  for r in $(seq 1 "$n_runs"); do
    say "raw TDB2 bulk load of the same $quads quads, run $r"
    rm -rf "$work/raw-$n"
    # Its own rate, timed inside the process as ingest times itself: the whole process would add the JVM's
    # start to the raw load's time only.
    kg restore --store "$work/raw-$n" --from "$work/dump-$n.nq.gz" >"$work/restore-$n.out" 2>>"$log"
    raw+=("$(sed -E 's/.* \(([0-9]+) quads\/s\).*/\1/' "$work/restore-$n.out")")
  done
  compact_row[$n]=$(kb_on_disk "$work/raw-$n")
  ingest_row[$n]="| $n | $(printf '%s\n' "${walls[@]}" | fig) | $(printf '%s\n' "${rates[@]}" | fig) | $(printf '%s\n' "${triples[@]}" | fig) | $(printf '%s\n' "${extract[@]}" | fig) | $(printf '%s\n' "${map[@]}" | fig) | $(printf '%s\n' "${valid[@]}" | fig) | $(printf '%s\n' "${storage[@]}" | fig) |"
  raw_row[$n]=$(printf '%s\n' "${raw[@]}" | fig)
  ratio_row[$n]=$(awk -v a="$(printf '%s\n' "${triples[@]}" | median)" -v b="$(printf '%s\n' "${raw[@]}" | median)" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  validate_row[$n]=$(awk -v v="$(printf '%s\n' "${valid[@]}" | median)" -v n="$n" 'BEGIN { printf "%.2f ms", 1000 * v / n }')
  if [ "$n" -le 10000 ]; then
    say "whole-store SHACL validation of $n reports"
    start=$(now)
    kg validate --store "$work/store-$n" >"$work/validate-store-$n.out" 2>>"$log" || true
    validate_row[$n]="${validate_row[$n]} | $(elapsed "$start" "$(now)") s ($(tail -1 "$work/validate-store-$n.out"))"
  else
    validate_row[$n]="${validate_row[$n]} | not run (over 10,000 reports it takes tens of minutes; the pipeline validates each report alone)"
  fi

  say "queries on $n reports at 8 clients"
  start_server "$uncached_java_opts" "$work/store-$n" --answer-cache-mb 0
  load "http://localhost:$port" 8 5 --query "$growth_queries" >/dev/null # warm-up
  growth_row[$n]=$(load "http://localhost:$port" 8 "$query_seconds" --query "$growth_queries" | awk '$1 != "rps" { printf "%s %s, ", $1, $2 }')
  stop_server
done
largest=$query_size

say "start-up and memory with $largest reports"
starts=()
for r in $(seq 1 "$runs"); do
  start_server "$serve_java_opts" "$work/store-$largest" --answer-cache-mb 0
  starts+=("$started_in")
  rss_idle=$(peak_rss_mb "$server_pid")
  stop_server
done

start_server "$uncached_java_opts" "$work/store-$largest" --answer-cache-mb 0

declare -A ours theirs rps_ours rps_theirs
load "http://localhost:$port" 8 5 >/dev/null # warm-up
for c in 1 8 32; do
  say "our server, $c clients"
  while read -r q p50 p99 _; do
    if [ "$q" = rps ]; then rps_ours[$c]=$p50; else ours[$q,$c]="$p50 / $p99"; fi
  done < <(load "http://localhost:$port" "$c" "$query_seconds")
done
rss_loaded=$(peak_rss_mb "$server_pid")
rss_loaded_split=$(rss_split "$server_pid")
stop_server

# Starts the server as it runs by default on the query store, waits for its canned answers, and runs 8 clients:
# sets <prefix>_started (to the first answer), <prefix>_warmed (from then to the answers' being ready),
# <prefix>_rps, <prefix>_rss (peak), <prefix>_split (at the end), and the array <prefix>[query] ("p50 / p99").
cached_run() {
  local -n figures=$1
  local -n started=${1}_started warmed=${1}_warmed rps=${1}_rps rss=${1}_rss split=${1}_split
  local start q p50 p99
  start_server "$serve_java_opts" "$work/store-$largest"
  started=$started_in
  start=$(now)
  await_warm
  warmed=$(elapsed "$start" "$(now)")
  load "http://localhost:$port" 8 5 >/dev/null # warm-up
  while read -r q p50 p99 _; do
    if [ "$q" = rps ]; then rps=$p50; else figures[$q]="$p50 / $p99"; fi
  done < <(load "http://localhost:$port" 8 "$query_seconds")
  rss=$(peak_rss_mb "$server_pid")
  split=$(rss_split "$server_pid")
  stop_server
}

declare -A cached restarted
say "our server with its answer cache, 8 clients"
rm -rf "$work/store-$largest/answers" # answers kept by an earlier run: computing them is part of the measure
cached_run cached
# The same server started again on the unchanged store: its answers are on disk, so it computes none.
say "our server started again, answers kept on disk, 8 clients"
cached_run restarted

if [ "$with_virtuoso" = 1 ]; then
  say "Virtuoso with the same $largest-report dump"
  rm -rf "$work/virtuoso"
  bench/virtuoso.sh start "$work/virtuoso" "$vt_http" "$vt_sql" >>"$log" 2>&1
  vt_load=$( { bench/virtuoso.sh load "$work/virtuoso" "$vt_sql" "$work/dump-$largest.nq.gz" 2>&1 | tee -a "$log"; } | grep -i -m1 'took\|loaded' || true)
  load "http://127.0.0.1:$vt_http" 8 5 >/dev/null
  for c in 1 8 32; do
    say "Virtuoso, $c clients"
    while read -r q p50 p99 _; do
      if [ "$q" = rps ]; then rps_theirs[$c]=$p50; else theirs[$q,$c]="$p50 / $p99"; fi
    done < <(load "http://127.0.0.1:$vt_http" "$c" "$query_seconds")
  done
  bench/virtuoso.sh stop "$work/virtuoso" "$vt_sql" >>"$log" 2>&1
fi

real_section >"$work/real.md"
# Section 8 (pages, bench/pages.sh) is measured on its own: the report written whole keeps it as it was.
pages_section=""
[ -f "$out" ] && pages_section=$(awk '/^## 8\. / { keep = 1 } keep' "$out")

queries=$(awk 'NR > 2 && NF == 6 { print $1 }' "$work/load-1.txt")
growth_header=$(tr ',' ' ' <<<"$growth_queries")
{
  echo "# Benchmarks"
  echo
  echo "Written by \`${settings:+$settings }bench/run.sh\` (other settings as the script's header gives them); do not edit by hand."
  if [ "$runs" -gt 1 ]; then
    echo "Each figure is the median of $runs runs, with the spread (lowest-highest) in brackets. Corpora are"
  else
    echo "Each figure is from one run. Corpora are"
  fi
  echo "\`bin/ofsted-kg generate --reports N --seed $seed\`."
  if [ -s "$failures" ]; then
    echo
    echo "**Some load runs had failed requests or inconsistent answers**, so their figures are not of a clean run:"
    cat "$failures"
  fi
  echo
  echo "## Machine"
  echo
  machine
  echo
  echo "## 1. Ingest"
  echo
  echo "\`bin/ofsted-kg ingest --timings --store DIR corpus/reports\` into a new store (the full pipeline: extraction, mapping"
  echo "and validation on one thread per processor, each report's graph validated alone; storage through TDB2's bulk"
  echo "loader, which ingest uses for a new store). Stage times are summed over the threads; storage includes the"
  echo "loader's index building at the end. The raw load is the same TDB2 bulk loader (\`restore\`, Jena's LoaderFactory)"
  echo "of the very quads that ingest stored, from gzipped N-Quads into an empty store. Both rates are timed inside the"
  echo "process (the JVM's start is left out of both), both runs end by writing the store's planner statistics"
  echo "(counted by node id: under a second at 10,000 reports) and moving the store into place, and neither counts"
  echo "reading the store again for its closing summary (ingest's rate includes printing its reports' lines). Corpora"
  echo "over 10,000 reports are run $large_runs time(s)."
  echo
  echo "| reports | whole run s | reports/s | triples/s | extraction s | mapping s | validation s | storage s |"
  echo "|---|---|---|---|---|---|---|---|"
  for n in $sizes; do echo "${ingest_row[$n]}"; done
  echo
  echo "| reports | raw TDB2 load, quads/s | pipeline / raw (the headline) | store on disk after ingest | after the raw load |"
  echo "|---|---|---|---|---|"
  for n in $sizes; do
    echo "| $n | ${raw_row[$n]} | ${ratio_row[$n]} | $((size_row[$n] / 1024)) MB | $((compact_row[$n] / 1024)) MB |"
  done
  echo
  echo "## 2. Validation"
  echo
  echo "| reports | SHACL per report (its graph with the ontology and register) | the whole store at once (\`validate --store\`) |"
  echo "|---|---|---|"
  for n in $sizes; do echo "| $n | ${validate_row[$n]} |"; done
  echo
  echo "## 3 and 4. Queries over HTTP, ours beside Virtuoso, on $largest reports"
  echo
  echo "\`bin/ofsted-kg loadtest --clients C --seconds $query_seconds\` (each client runs the canned queries in turn, CSV"
  echo "results), after a 5 s warm-up; p50 / p99 in milliseconds. Virtuoso: Debian's virtuoso-opensource"
  if [ "$with_virtuoso" = 1 ]; then
    echo "(\`bench/virtuoso.sh\`), the same dump, the same queries and clients."
  else
    echo "(\`bench/virtuoso.sh\`), the same dump, the same queries and clients; not run here (BENCH_VIRTUOSO=0), so its"
    echo "columns are n/a."
  fi
  echo
  echo "Ours runs with its answer cache off (\`--answer-cache-mb 0\`: every request is computed), except in the column"
  echo "\"8, cached\": the server as it runs by default, which computes the canned queries' answers ahead once the store"
  echo "is settled and keeps them until it changes (here they were ready ${cached_warmed} s after its first answer), so the figures are of"
  echo "kept answers. The server runs with \`$serve_java_opts\` as it does by default, and with \`$uncached_java_opts\` when"
  echo "computing every answer; it computes at once as many queries in each lane (quick, slow) as its heap has room for,"
  echo "up to twice the processors (one at 640 MB, four at 2 GB: \`serve --help\`, --concurrent-queries)."
  echo
  echo "| query | ours, 1 client | ours, 8 | ours, 32 | ours, 8, cached | Virtuoso, 1 | Virtuoso, 8 | Virtuoso, 32 | ratio at 8 (ours / Virtuoso, p50) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for q in $queries; do
    ratio=$(awk -v a="${ours[$q,8]:-n/a}" -v b="${theirs[$q,8]:-n/a}" 'BEGIN { split(b, t, " "); if (t[1] + 0 > 0 && a + 0 > 0) printf "%.1f", a / t[1]; else print "n/a" }')
    echo "| $q | ${ours[$q,1]:-} | ${ours[$q,8]:-} | ${ours[$q,32]:-} | ${cached[$q]:-} | ${theirs[$q,1]:-n/a} | ${theirs[$q,8]:-n/a} | ${theirs[$q,32]:-n/a} | $ratio |"
  done
  echo "| requests per second | ${rps_ours[1]:-} | ${rps_ours[8]:-} | ${rps_ours[32]:-} | ${cached_rps:-} | ${rps_theirs[1]:-n/a} | ${rps_theirs[8]:-n/a} | ${rps_theirs[32]:-n/a} | |"
  echo
  [ "$with_virtuoso" = 1 ] && echo "Virtuoso's load of the dump: ${vt_load:-see bench.log}" && echo
  echo "## 5. Start and memory, $largest reports"
  echo
  echo "The server reads the store's files into TDB2's block cache in its heap (\`serve --file-mode direct\`, the default),"
  echo "so its resident memory is the JVM's own; the files are in the kernel's page cache like any file read, not in the"
  echo "process. (With \`--file-mode mapped\` every page a query touches is resident in the process too.)"
  echo
  echo "| from \`serve\` to the first answered query | peak resident memory, idle (\`$serve_java_opts\`) | computing the canned answers, then the cached run at 8 clients (\`$serve_java_opts\`) | started again on the unchanged store (answers on disk), the cached run at 8 clients (\`$serve_java_opts\`) | after the uncached runs at 1, 8 and 32 clients (\`$uncached_java_opts\`) |"
  echo "|---|---|---|---|---|"
  echo "| $(printf '%s\n' "${starts[@]}" | fig) s | ${rss_idle} MB | ${cached_rss} MB (at the end: ${cached_split}) | ${restarted_rss} MB (at the end: ${restarted_split}) | ${rss_loaded} MB (at the end: ${rss_loaded_split}) |"
  echo
  echo "Started again on the unchanged store, the server answered its first query ${restarted_started} s after launch and had"
  echo "its canned answers ready ${restarted_warmed} s later (${cached_warmed} s when it computed them); at 8 clients it gave"
  echo "${restarted_rps:-n/a} requests per second, the point look-up (authority-history) at ${restarted[authority-history]:-n/a} ms p50 / p99,"
  echo "the slowest canned query at $(for q in "${!restarted[@]}"; do echo "${restarted[$q]%% *} $q"; done | sort -g | tail -1 | awk '{ print $1 " ms p50 (" $2 ")" }')."
  echo
  echo "## 6. Growth"
  echo
  echo "Query p50 in milliseconds at 8 clients, answer cache off (\`$uncached_java_opts\`), for the queries that stay inside the timeout at every"
  echo "size: $growth_header."
  echo
  echo "| reports | ingest, whole run | store on disk | query p50 at 8 clients (ms) |"
  echo "|---|---|---|---|"
  for n in $sizes; do
    echo "| $n | $(cut -d'|' -f3 <<<"${ingest_row[$n]}" | sed -E 's/^ +| +$//g') s | $((size_row[$n] / 1024)) MB | ${growth_row[$n]%, } |"
  done
  echo
  cat "$work/real.md"
  [ -z "$pages_section" ] || { echo; echo "$pages_section"; }
} >"$out"
say "wrote $out"
