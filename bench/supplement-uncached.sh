#!/bin/bash
# bench/supplement-uncached.sh: the server computing every answer (answer cache off, -Xmx2g) at 8 and 32 clients
# on the 10,000-report store that bench/run.sh built, then its peak resident memory. Run after bench/run.sh
# (which measures the same since its loadtest fix; this ran by hand once when it had not).
set -u
cd "$(dirname "$0")/.."
java -Xmx2g -jar target/ofsted-kg.jar serve --store ${BENCH_WORK:-/tmp/ofsted-kg-bench}/store-10000 --port 3399 --timeout 120 --answer-cache-mb 0 > /dev/null 2>/dev/null &
pid=$!
sleep 8
java -jar target/ofsted-kg.jar loadtest --server http://localhost:3399 --clients 8 --seconds 5 --probe-every 0 > /dev/null 2>&1
for c in 8 32; do
  java -Xmx6g -jar target/ofsted-kg.jar loadtest --server http://localhost:3399 --clients $c --seconds 20 --probe-every 0 --min-per-query 3 2>&1 | tee "${BENCH_WORK:-/tmp/ofsted-kg-bench}/uncached-$c.txt"
done
grep -E 'VmHWM|RssAnon|RssFile' "/proc/$pid/status"
kill $pid
