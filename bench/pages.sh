#!/usr/bin/env bash
# bench/pages.sh: how long every kind of page and document the server offers takes to answer on a store of
# generated reports (10,000 by default), with serve as bin/ofsted-kg runs it (-Xmx640m, --timeout 30, answers
# kept and computed ahead), and writes section 8 of BENCHMARKS.md (rewriting only that section; bench/run.sh keeps
# it when it writes the rest). Three passes over the same pages, each page asked with curl over the loopback:
#   cold       the server just started on the store with no kept answers (answers/ deleted): each page asked
#              once, in order, while the server computes its answers ahead (AnswerWarmer);
#   warm       once the server has said its answers are kept: each page asked PAGES_RUNS times (median, max);
#   restarted  the server started again on the unchanged store (answers kept on disk): each page asked once.
# The goal: every page within 1 s, and never a 500.
#
# Environment (all optional):
#   PAGES_REPORTS  reports in the generated corpus (default 10000)
#   PAGES_STORE    a store to measure (default: one built by ingest from the generated corpus under PAGES_WORK;
#                  it is built only if missing, so a second run measures the same store at once)
#   PAGES_WORK     working folder (default /tmp/ofsted-kg-pages)
#   PAGES_RUNS     requests per page in the warm pass (default 5)
#   PAGES_PORT     the server's port (default 3397)
#   PAGES_JAVA_OPTS the server's JVM options (default -Xmx640m, as bin/ofsted-kg serve)
#   BENCH_OUT      the report (default BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(pwd)

reports=${PAGES_REPORTS:-10000}
work=${PAGES_WORK:-/tmp/ofsted-kg-pages}
store=${PAGES_STORE:-$work/store-$reports}
runs=${PAGES_RUNS:-5}
port=${PAGES_PORT:-3397}
serve_opts=${PAGES_JAVA_OPTS:--Xmx640m}
out=${BENCH_OUT:-BENCHMARKS.md}
settings=$( { env | grep -E '^PAGES_[A-Z_]+=' || true; } | sort | sed -E 's/^([A-Z_]+)=(.*)$/\1="\2"/' | paste -sd' ' -)
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$work"
log="$work/pages.log"
: >"$log"
say() { echo "pages: $*" >&2; echo "pages: $*" >>"$log"; }

./mvnw -q -B -DskipTests package >&2
jar="$home/target/ofsted-kg.jar"
kg() { java -Xmx2g -XX:+UseParallelGC -jar "$jar" "$@"; }

if [ ! -d "$store/Data-0001" ] && [ ! -d "$store" -o -z "$(ls -A "$store" 2>/dev/null)" ]; then
  say "generating $reports reports and ingesting them into $store"
  kg generate --reports "$reports" --seed 1 --out "$work/corpus-$reports" --force >>"$log" 2>&1
  kg ingest --store "$store" "$work/corpus-$reports/reports" >>"$log" 2>&1
fi

# The resources measured, picked from the store: the authority with the most reports, its latest letter and
# review, and a judgement, a finding and a piece of evidence of that review.
pick() { kg query --store "$store" --format csv --sparql "$1" 2>>"$log" | sed -n 2p | tr -d '\r'; }
prefixes='PREFIX okg: <https://w3id.org/ofsted-kg/def/> PREFIX dcterms: <http://purl.org/dc/terms/>'
authority=$(pick "$prefixes SELECT ?a (COUNT(?r) AS ?n) { ?r a okg:Report ; okg:authority ?a } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 1" | cut -d, -f1)
authority_reports=$(pick "$prefixes SELECT (COUNT(?r) AS ?n) { ?r a okg:Report ; okg:authority <$authority> }")
latest() { pick "$prefixes SELECT ?r { ?r a okg:Report ; okg:authority <$authority> ; dcterms:type/<http://www.w3.org/2004/02/skos/core#notation> \"$1\" ; dcterms:date ?d } ORDER BY DESC(?d) LIMIT 1"; }
letter=$(latest annual-rating-letter)
review=$(latest joint-area-review)
judgement=$(pick "$prefixes SELECT ?j { ?j a okg:Judgement ; okg:report <$review> } ORDER BY ?j LIMIT 1")
finding=$(pick "$prefixes SELECT ?f { ?f a okg:Finding ; okg:report <$review> } ORDER BY ?f LIMIT 1")
evidence=$(pick "$prefixes SELECT ?e { ?f okg:report <$review> ; okg:evidence ?e } ORDER BY ?e LIMIT 1")
graph=${review/\/id\/report\//\/graph\/report\/}
for v in authority letter review judgement finding evidence; do
  [ -n "${!v}" ] || { echo "pages: found no $v in $store" >&2; exit 1; }
done
base=https://w3id.org/ofsted-kg/
doc() { echo "/doc/${1#"${base}id/"}"; }
id() { echo "/${1#"$base"}"; }
say "authority $authority ($authority_reports reports), letter $letter, review $review"

# name|Accept|path, in the order asked.
pages=(
  "home|text/html|/"
  "home as Turtle (the dataset's description)|text/turtle|/"
  "authority with $authority_reports reports|text/html|$(doc "$authority")"
  "authority, Turtle|text/turtle|$(doc "$authority").ttl"
  "authority, /id/ (303)|text/html|$(id "$authority")"
  "report: letter|text/html|$(doc "$letter")"
  "report: review|text/html|$(doc "$review")"
  "report: review, Turtle|text/turtle|$(doc "$review").ttl"
  "report, /id/ (303)|text/html|$(id "$review")"
  "judgement|text/html|$(doc "$judgement")"
  "finding|text/html|$(doc "$finding")"
  "evidence|text/html|$(doc "$evidence")"
  "judgement, /id/ (303)|text/html|$(id "$judgement")"
  "named graph of the review|text/turtle|$(id "$graph")"
  "query page|text/html|/query"
)
for rq in queries/*.rq; do
  q=$(basename "$rq" .rq)
  pages+=("query page: $q|text/html|/query?name=$q")
done
pages+=(
  "SPARQL service description|text/turtle|/sparql"
  "VoID (/.well-known/void)|text/turtle|/.well-known/void"
  "dumps listing|text/html|/dumps/"
  "ontology|text/html|/def/"
  "ontology term|text/html|/def/Judgement"
  "summary CSV|text/csv|/summary.csv"
  "summary XLSX|*/*|/summary.xlsx"
  "unknown identifier (404)|text/html|/doc/authority/atlantis"
)

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT
start_server() {
  # shellcheck disable=SC2086
  java $serve_opts -jar "$jar" serve --store "$store" --port "$port" >"$work/serve.out" 2>"$work/serve.err" &
  server_pid=$!
  for _ in $(seq 1 1200); do
    grep -q "endpoint ready\|http://" "$work/serve.out" 2>/dev/null \
      && curl -sf -o /dev/null "http://localhost:$port/def/" && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err" >&2; echo "pages: serve died" >&2; exit 1; }
    sleep 0.05
  done
  echo "pages: serve did not start in 60 s" >&2
  exit 1
}
await_warm() {
  for _ in $(seq 1 2400); do
    grep -q 'canned queries kept' "$work/serve.out" && return 0
    sleep 0.5
  done
  echo "pages: the answers were not computed ahead in 20 minutes" >&2
  exit 1
}
# One request: "status seconds".
ask() {
  curl -s -o /dev/null --max-time 120 -H "Accept: $1" -H 'Accept-Encoding: gzip' -w '%{http_code} %{time_total}\n' \
    "http://localhost:$port$2" || echo "000 120"
}
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
statuses() { sort -u | paste -sd/ -; }

declare -A cold cold_status warm warm_max warm_status again again_status
# One pass: each page asked once; sets the named arrays of seconds and status.
once() {
  local -n seconds=$1 status=$2
  local i name accept path line
  for i in "${!pages[@]}"; do
    IFS='|' read -r name accept path <<<"${pages[$i]}"
    line=$(ask "$accept" "$path")
    status[$i]=${line% *}
    seconds[$i]=${line#* }
    say "$3 ${status[$i]} ${seconds[$i]} s $path"
  done
}

stop_server
rm -rf "$store/answers"
say "cold: the server started with no kept answers"
start_server
once cold cold_status cold
await_warm
say "warm: $runs requests per page"
for i in "${!pages[@]}"; do
  IFS='|' read -r name accept path <<<"${pages[$i]}"
  lines=$(for _ in $(seq 1 "$runs"); do ask "$accept" "$path"; done)
  warm[$i]=$(cut -d' ' -f2 <<<"$lines" | median)
  warm_max[$i]=$(cut -d' ' -f2 <<<"$lines" | sort -g | tail -1)
  warm_status[$i]=$(cut -d' ' -f1 <<<"$lines" | statuses)
  say "warm ${warm_status[$i]} ${warm[$i]} (max ${warm_max[$i]}) s $path"
done
stop_server
say "restarted: the server started again on the unchanged store"
start_server
once again again_status restarted
stop_server

ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }
over=0
errors=0
section="$work/pages.md"
{
  echo "## 8. Pages, $reports reports"
  echo
  echo "Written by \`${settings:+$settings }bench/pages.sh\`; $(date -u +%Y-%m-%dT%H:%MZ), ofsted-kg $(git rev-parse --short HEAD),"
  echo "load average $load_at_start at the start. Every kind of page and document of \`serve\` (\`$serve_opts\`, the"
  echo "default \`--timeout 30\`), asked with curl over the loopback (\`Accept-Encoding: gzip\`). Cold: the server just"
  echo "started with no kept answers, each page asked once, in this order, while it computes its answers ahead;"
  echo "warm: once they are kept, $runs requests each (median, and the longest); started again: on the unchanged"
  echo "store, answers kept on disk, each page asked once. Milliseconds, and the HTTP status. The authority is"
  echo "\`$(id "$authority")\` ($authority_reports reports), the report \`$(id "$review")\`. Goal: every page within"
  echo "1,000 ms, never a 500."
  echo
  echo "| page | cold | warm: median (longest) | started again |"
  echo "|---|---|---|---|"
  for i in "${!pages[@]}"; do
    IFS='|' read -r name accept path <<<"${pages[$i]}"
    echo "| $name (\`${path%%\?*}${path#"${path%%\?*}"}\`, $accept) | $(ms "${cold[$i]}") ms, ${cold_status[$i]} | $(ms "${warm[$i]}") ($(ms "${warm_max[$i]}")) ms, ${warm_status[$i]} | $(ms "${again[$i]}") ms, ${again_status[$i]} |"
    for s in "${cold[$i]}" "${warm_max[$i]}" "${again[$i]}"; do
      awk -v s="$s" 'BEGIN { exit !(s > 1) }' && over=$((over + 1))
    done
    # A status may be several ("200/503" in the warm pass): each 5xx but 503 counts.
    for s in "${cold_status[$i]}" "${warm_status[$i]}" "${again_status[$i]}"; do
      for one in ${s//\// }; do
        [[ "$one" == 5* ]] && [[ "$one" != 503 ]] && errors=$((errors + 1))
      done
    done
  done
  echo
  echo "Answers over 1,000 ms: $over; server errors (5xx other than 503): $errors."
} >"$section"

bench/splice-section.sh 8 "$section" "$out"
say "wrote section 8 of $out"
