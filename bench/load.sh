#!/usr/bin/env bash
# bench/load.sh: the long load test. Starts a server on a fresh store of the sample reports with a
# random admin token, then runs 32 clients over the canned queries for LOAD_SECONDS while generated
# reports are posted through POST /admin/reports; every few requests each client probes the graphs'
# sizes, which must show a committed state (the store as it was plus the first k reports posted,
# each whole). Exits 0 only with no failed request and no inconsistent answer.
#
# Environment (all optional): LOAD_SECONDS (default 60), LOAD_CLIENTS (32), LOAD_REPORTS (reports to
# post, default 400), LOAD_WORK (default /tmp/ofsted-kg-load), LOAD_PORT (3398).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${LOAD_SECONDS:-60}
clients=${LOAD_CLIENTS:-32}
reports=${LOAD_REPORTS:-400}
work=${LOAD_WORK:-/tmp/ofsted-kg-load}
port=${LOAD_PORT:-3398}

./mvnw -q -B -DskipTests package >&2
jar="$(pwd)/target/ofsted-kg.jar"
rm -rf "$work"
mkdir -p "$work"
java -jar "$jar" generate --reports "$reports" --seed 5 --out "$work/corpus" >&2
umask 077
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/token"

java -Xmx2g -jar "$jar" serve --store "$work/store" --port "$port" --admin-token-file "$work/token" \
  >"$work/serve.out" 2>"$work/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "endpoint ready" "$work/serve.out" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 2; }
  sleep 0.1
done

echo "load test: $clients clients for $seconds s, posting up to $reports reports" >&2
status=0
java -jar "$jar" loadtest --server "http://localhost:$port" --clients "$clients" --seconds "$seconds" \
  --post "$work/corpus/reports" --admin-token-file "$work/token" --post-interval-ms 50 --probe-every 10 || status=$?
echo "server's last lines:" >&2
tail -3 "$work/serve.out" >&2
exit "$status"
