#!/usr/bin/env bash
# bench/virtuoso.sh: run Virtuoso Open Source (Debian's virtuoso-opensource, 7.2.x) beside our
# Fuseki/TDB2 server, so the two SPARQL stores can be benchmarked on the same data.
#
#   bench/virtuoso.sh start DIR PORT_HTTP PORT_SQL
#       Installs virtuoso-opensource with apt-get if virtuoso-t is missing (the package's own
#       service is kept from starting and disabled), creates a database in DIR (a fresh one if DIR
#       holds none; an existing one is started again as it is) with its own DIR/virtuoso.ini
#       (HTTP on 127.0.0.1:PORT_HTTP, SQL on 127.0.0.1:PORT_SQL, loopback only), starts virtuoso-t
#       in the background and waits until http://127.0.0.1:PORT_HTTP/sparql answers.
#   bench/virtuoso.sh load DIR PORT_SQL FILE.nq.gz
#       Bulk loads gzipped N-Quads (each quad into its own named graph) with ld_dir,
#       rdf_loader_run() and checkpoint through isql-vt; prints the time it took and the number
#       of quads the server then holds (a new database already holds about 2,500 quads of its own
#       system graphs, so the number added is printed too). The file is hard-linked (or copied)
#       into DIR/load, the folder DirsAllowed lets the server read.
#   bench/virtuoso.sh stop DIR PORT_SQL
#       Shuts the server down cleanly (isql-vt's shutdown, then SIGTERM if that fails) and waits
#       for the process to exit.
#
# Environment (all optional):
#   VIRTUOSO_DBA_PASSWORD   the dba password of the database (default: dba, the password of a new
#                           database; both ports listen on the loopback only)
#   VIRTUOSO_MEMORY_GB      memory Virtuoso may use: 2, 4 (default), 8 or 16; picks the
#                           NumberOfBuffers/MaxDirtyBuffers row of Virtuoso's documented table
#   VIRTUOSO_DIRS_ALLOWED   more folders (comma-separated) the server may read files from
#   VIRTUOSO_START_TIMEOUT  seconds to wait for the endpoint (default 180)
#   VIRTUOSO_STOP_TIMEOUT   seconds to wait for the process to exit (default 120)
#
# With no FROM and no default-graph-uri, Virtuoso's /sparql endpoint matches a triple pattern
# against every graph it holds (its own system graphs too, e.g. virtrdf#): the default graph is
# the union of all graphs, as `ofsted-kg serve` has it. One difference: Virtuoso's union is a bag
# of quads, so a triple stated in two graphs matches twice, where TDB2's union graph matches once.

set -euo pipefail

readonly PKG=virtuoso-opensource          # metapackage; the server is virtuoso-opensource-7(-bin)
readonly SERVER_BIN=virtuoso-t
readonly ISQL_BIN=isql-vt
readonly DEBCONF_OWNER=virtuoso-opensource-7
readonly PKG_SERVICE=virtuoso-opensource-7

die() {
  printf 'virtuoso.sh: %s\n' "$*" >&2
  exit 1
}

usage() {
  cat >&2 <<'EOF'
usage: bench/virtuoso.sh start DIR PORT_HTTP PORT_SQL
       bench/virtuoso.sh load DIR PORT_SQL FILE.nq.gz
       bench/virtuoso.sh stop DIR PORT_SQL
EOF
  exit 2
}

check_port() {
  if ! [[ $1 =~ ^[0-9]+$ ]] || (($1 < 1 || $1 > 65535)); then
    die "not a port number: $1"
  fi
}

# An absolute path for DIR, which need not exist yet.
abs_dir() {
  local d=$1
  [[ $d == /* ]] || d="$PWD/$d"
  printf '%s\n' "${d%/}"
}

dba_password() {
  printf '%s\n' "${VIRTUOSO_DBA_PASSWORD:-dba}"
}

# Is something listening on 127.0.0.1:PORT?
port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# ---------------------------------------------------------------------------------------------
# Installation

ensure_installed() {
  if command -v "$SERVER_BIN" >/dev/null && command -v "$ISQL_BIN" >/dev/null; then
    return 0
  fi
  ((EUID == 0)) || die "$SERVER_BIN is missing and installing $PKG needs root"
  echo "installing $PKG with apt-get ..." >&2

  # The package asks for the DBA password through debconf; an empty answer is its documented
  # "no password, keep the daemon disabled" path, and our databases are made by virtuoso-t itself.
  debconf-set-selections <<EOF
$DEBCONF_OWNER $DEBCONF_OWNER/dba-password password
$DEBCONF_OWNER $DEBCONF_OWNER/dba-password-again password
$DEBCONF_OWNER $DEBCONF_OWNER/register-odbc-dsn boolean false
EOF

  # Its postinst starts the system service (on 1111/8890) through invoke-rc.d; a policy-rc.d that
  # answers 101 forbids that. Docker-style images already have one; otherwise add one for the
  # duration of the install only.
  local policy=/usr/sbin/policy-rc.d added_policy=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\n# added by bench/virtuoso.sh while installing %s\nexit 101\n' "$PKG" >"$policy"
    chmod 755 "$policy"
    added_policy=1
  fi
  local rc=0
  {
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq &&
      apt-get install -y -qq --no-install-recommends "$PKG"
  } >&2 || rc=$?
  if ((added_policy)); then
    rm -f "$policy"
  fi
  ((rc == 0)) || die "apt-get install $PKG failed (exit $rc)"

  disable_package_service
  command -v "$SERVER_BIN" >/dev/null || die "$PKG is installed but $SERVER_BIN is not on PATH"
  command -v "$ISQL_BIN" >/dev/null || die "$PKG is installed but $ISQL_BIN is not on PATH"
}

# The package's own instance (/var/lib/virtuoso-opensource-7/db on 1111/8890) must not run beside
# ours: stop it if it did start, and keep it from starting at boot.
disable_package_service() {
  local init=/etc/init.d/$PKG_SERVICE
  if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null; then
    systemctl disable --now "$PKG_SERVICE" >/dev/null 2>&1 || true
  fi
  if [[ -x $init ]]; then
    if "$init" status >/dev/null 2>&1; then
      "$init" stop >&2 || true
    fi
    update-rc.d "$PKG_SERVICE" disable >/dev/null 2>&1 || true
  fi
}

# ---------------------------------------------------------------------------------------------
# isql

# isql_run PORT_SQL: runs the SQL on standard input through isql-vt as dba; its output on
# standard output. Fails, showing the output, if isql cannot connect or any statement fails.
isql_run() {
  local port=$1 out rc=0
  out=$("$ISQL_BIN" "127.0.0.1:$port" dba "$(dba_password)" \
    VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF 2>&1) || rc=$?
  if ((rc != 0)) || grep -q -E '^\*\*\* Error|Connect failed' <<<"$out"; then
    printf '%s\n' "$out" >&2
    die "isql-vt on 127.0.0.1:$port failed (exit $rc)"
  fi
  printf '%s\n' "$out"
}

# isql_value PORT_SQL STATEMENT: the single value a statement answers.
isql_value() {
  local v
  v=$(isql_run "$1" <<<"$2"$'\n' | sed -e 's/[[:space:]]*$//' -e '/^$/d' | tail -n 1)
  printf '%s\n' "$v"
}

# ---------------------------------------------------------------------------------------------
# start

write_ini() {
  local dir=$1 http=$2 sql=$3 buffers dirty
  case "${VIRTUOSO_MEMORY_GB:-4}" in
    # Virtuoso's table (the "Uncomment next two lines if there is N GB system memory free" rows
    # of the shipped virtuoso.ini, and the RDF performance tuning guide): buffers of 8 KiB pages,
    # about 2/3 of the memory given, the rest for the query processor and the server itself.
    2) buffers=170000 dirty=130000 ;;
    4) buffers=340000 dirty=250000 ;;
    8) buffers=680000 dirty=500000 ;;
    16) buffers=1360000 dirty=1000000 ;;
    *) die "VIRTUOSO_MEMORY_GB must be 2, 4, 8 or 16, not ${VIRTUOSO_MEMORY_GB}" ;;
  esac
  local dirs="., $dir, $dir/load"
  if [[ -n ${VIRTUOSO_DIRS_ALLOWED:-} ]]; then
    dirs="$dirs, $VIRTUOSO_DIRS_ALLOWED"
  fi
  cat >"$dir/virtuoso.ini.new" <<EOF
; Written by bench/virtuoso.sh: a Virtuoso instance for benchmarking, loopback only.

[Database]
DatabaseFile        = $dir/virtuoso.db
ErrorLogFile        = $dir/virtuoso.log
LockFile            = $dir/virtuoso.lck
TransactionFile     = $dir/virtuoso.trx
xa_persistent_file  = $dir/virtuoso.pxa
ErrorLogLevel       = 7
FileExtend          = 200
MaxCheckpointRemap  = 2000
Striping            = 0
TempStorage         = TempDatabase

[TempDatabase]
DatabaseFile        = $dir/virtuoso-temp.db
TransactionFile     = $dir/virtuoso-temp.trx
MaxCheckpointRemap  = 2000
Striping            = 0

[Parameters]
ServerPort          = 127.0.0.1:$sql
LiteMode            = 0
DisableUnixSocket   = 1
DisableTcpSocket    = 0
MaxClientConnections = 20
CheckpointInterval  = 60
O_DIRECT            = 0
CaseMode            = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls        = 0
SchedulerInterval   = 10
DirsAllowed         = $dirs
ThreadCleanupInterval = 0
ThreadThreshold     = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize   = 100000
SingleCPU           = 0
PrefixResultNames   = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps       = 64
MaxMemPoolSize      = 200000000
; Memory: ${VIRTUOSO_MEMORY_GB:-4} GB row of Virtuoso's table (8 KiB pages).
NumberOfBuffers     = $buffers
MaxDirtyBuffers     = $dirty
; The query processor's own memory, on top of the buffers (default 2G).
MaxQueryMem         = 1G
VectorSize          = 1000
MaxVectorSize       = 1000000
AdjustVectorSize    = 0
; Two cores.
ThreadsPerQuery     = 2
AsyncQueueMaxThreads = 10
; ORDER BY with LIMIT/OFFSET sorts at most this many rows (default 10000).
MaxSortedTopRows    = 1000000

[HTTPServer]
ServerPort          = 127.0.0.1:$http
ServerRoot          = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 20
DavRoot             = DAV
EnabledDavVSP       = 0
HTTPProxyEnabled    = 0
TempASPXDir         = 0
DefaultMailServer   = localhost:25
ServerThreads       = 20
MaxKeepAlives       = 10
KeepAliveTimeout    = 10
MaxCachedProxyConnections = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize      = 280000
HttpPrintWarningsInOutput = 0
Charset             = UTF-8
MaintenancePage     = atomic.html
EnabledGzipContent  = 1

[AutoRepair]
BadParentLinks      = 0

[Client]
SQL_PREFETCH_ROWS   = 100
SQL_PREFETCH_BYTES  = 16000
SQL_QUERY_TIMEOUT   = 0
SQL_TXN_TIMEOUT     = 0

[VDB]
ArrayOptimization   = 0
NumArrayParameters  = 10
VDBDisconnectTimeout = 1000
KeepConnectionOnFixedThread = 0

[Replication]
ServerName          = db
ServerEnable        = 1
QueueMax            = 50000

[Zero Config]
ServerName          = virtuoso-bench

[URIQA]
DynamicLocal        = 0
DefaultHost         = 127.0.0.1:$http

[SPARQL]
; No DefaultGraph: a query without FROM sees every graph.
; Rows one /sparql answer may hold (default 10000; Virtuoso's HTTP results stop near 2^20 anyway).
ResultSetMaxRows    = 1000000
; Refuse no query for its estimated cost (default 400 s).
MaxQueryCostEstimationTime = -1
; "Anytime" timeout: past it Virtuoso answers with the rows found so far, marked only by the
; X-SQL-State / X-SQL-Message headers. 600 s is far beyond any query of this benchmark.
MaxQueryExecutionTime = 600
; CONSTRUCT/DESCRIBE: no cap on the triples of one answer.
MaxConstructTriples = 0
DeferInferenceRulesInit = 0
EOF
  mv "$dir/virtuoso.ini.new" "$dir/virtuoso.ini"
}

# The pid of the server running on DIR, if any.
server_pid() {
  local dir=$1 pid=""
  if [[ -f $dir/virtuoso.pid ]]; then
    pid=$(<"$dir/virtuoso.pid")
  elif [[ -f $dir/virtuoso.lck ]]; then
    pid=$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck")
  fi
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -F -e "$SERVER_BIN" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -F -e "$dir/virtuoso.ini" || return 1
  printf '%s\n' "$pid"
}

cmd_start() {
  (($# == 3)) || usage
  local dir http=$2 sql=$3
  dir=$(abs_dir "$1")
  check_port "$http"
  check_port "$sql"
  [[ $http != "$sql" ]] || die "PORT_HTTP and PORT_SQL must differ"

  ensure_installed

  if server_pid "$dir" >/dev/null; then
    die "a Virtuoso server already runs on $dir (pid $(server_pid "$dir")); stop it first"
  fi
  port_busy "$http" && die "port 127.0.0.1:$http is already in use"
  port_busy "$sql" && die "port 127.0.0.1:$sql is already in use"

  mkdir -p "$dir/load"
  if [[ -f $dir/virtuoso.db ]]; then
    echo "starting the existing database in $dir" >&2
  else
    echo "creating a new database in $dir" >&2
  fi
  write_ini "$dir" "$http" "$sql"
  rm -f "$dir/virtuoso.pid"

  # +foreground keeps virtuoso-t in this (background) job, so its pid is known; setsid takes it
  # out of the caller's session and process group, so it outlives this script and the terminal.
  (cd "$dir" && exec setsid "$SERVER_BIN" +foreground +configfile "$dir/virtuoso.ini" \
    </dev/null >>"$dir/virtuoso.out" 2>&1) &
  local pid=$!
  printf '%s\n' "$pid" >"$dir/virtuoso.pid"

  local timeout=${VIRTUOSO_START_TIMEOUT:-180} url="http://127.0.0.1:$http/sparql"
  local deadline=$((SECONDS + timeout)) code
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$dir/virtuoso.pid"
      echo "--- last lines of $dir/virtuoso.log:" >&2
      tail -n 20 "$dir/virtuoso.log" >&2 2>/dev/null || true
      die "virtuoso-t exited while starting (see $dir/virtuoso.log and $dir/virtuoso.out)"
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 \
      -H 'Accept: text/csv' --data-urlencode 'query=ASK {}' "$url" || true)
    [[ $code == 200 ]] && break
    if ((SECONDS >= deadline)); then
      echo "--- last lines of $dir/virtuoso.log:" >&2
      tail -n 20 "$dir/virtuoso.log" >&2 2>/dev/null || true
      die "$url did not answer within ${timeout}s (last HTTP status: ${code:-none}); the server (pid $pid) is left running: bench/virtuoso.sh stop $dir $sql"
    fi
    sleep 1
  done
  echo "Virtuoso ready: $url (SQL 127.0.0.1:$sql, pid $pid, database $dir)"
}

# ---------------------------------------------------------------------------------------------
# load

sql_string() {
  printf "'%s'" "${1//\'/\'\'}"
}

quad_count_sql='SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } };'
graph_count_sql='SPARQL SELECT COUNT(DISTINCT ?g) WHERE { GRAPH ?g { ?s ?p ?o } };'

cmd_load() {
  (($# == 3)) || usage
  local dir sql=$2 file=$3
  dir=$(abs_dir "$1")
  check_port "$sql"
  [[ -f $file ]] || die "no such file: $file"
  [[ $file == *.nq.gz || $file == *.nq ]] || die "expected N-Quads (.nq.gz or .nq): $file"
  server_pid "$dir" >/dev/null || die "no Virtuoso server runs on $dir: bench/virtuoso.sh start $dir PORT_HTTP $sql"

  # ld_dir reads only from DirsAllowed, which includes DIR/load: the file goes there as a hard
  # link (no copy) where the file system allows, else as a copy.
  local name staged
  name=$(basename "$file")
  staged="$dir/load/$name"
  if ! [[ $file -ef $staged ]]; then
    rm -f "$staged"
    ln "$file" "$staged" 2>/dev/null || cp "$file" "$staged"
  fi

  local before after graphs
  before=$(isql_value "$sql" "$quad_count_sql")

  # The third argument of ld_dir is the graph of triples without one; quads keep their own graph.
  local t0 t1
  t0=$(date +%s.%N)
  isql_run "$sql" >/dev/null <<EOF
DELETE FROM DB.DBA.load_list WHERE ll_file = $(sql_string "$staged");
ld_dir($(sql_string "$dir/load"), $(sql_string "$name"), 'urn:x-bench:default-graph');
rdf_loader_run();
checkpoint;
EOF
  t1=$(date +%s.%N)

  local state errors
  state=$(isql_value "$sql" "SELECT ll_state FROM DB.DBA.load_list WHERE ll_file = $(sql_string "$staged");")
  errors=$(isql_value "$sql" "SELECT COALESCE(REPLACE(ll_error, chr(10), ' '), '') FROM DB.DBA.load_list WHERE ll_file = $(sql_string "$staged");")
  [[ $state == 2 ]] || die "the bulk loader did not finish $staged (ll_state ${state:-none})"
  [[ -z $errors || $errors == NULL ]] || die "the bulk loader failed on $staged: $errors"

  after=$(isql_value "$sql" "$quad_count_sql")
  graphs=$(isql_value "$sql" "$graph_count_sql")
  printf 'loaded %s in %s s (ld_dir + rdf_loader_run + checkpoint)\n' "$file" \
    "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')"
  printf 'Virtuoso now holds %s quads in %s graphs (%s before this load, so %s added; system graphs such as virtrdf# included)\n' \
    "$after" "$graphs" "$before" "$((after - before))"
}

# ---------------------------------------------------------------------------------------------
# stop

wait_exit() {
  local pid=$1 timeout=$2 deadline=$((SECONDS + $2))
  while kill -0 "$pid" 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
  return 0
}

cmd_stop() {
  (($# == 2)) || usage
  local dir sql=$2 pid
  dir=$(abs_dir "$1")
  check_port "$sql"
  if ! pid=$(server_pid "$dir"); then
    rm -f "$dir/virtuoso.pid"
    echo "no Virtuoso server runs on $dir" >&2
    return 0
  fi
  local timeout=${VIRTUOSO_STOP_TIMEOUT:-120}
  # SQL shutdown: a checkpoint, then exit. isql's connection drops as the server goes, so only
  # a failure to log in at all is looked at; then the process's exit is waited for. SIGTERM,
  # which Virtuoso documents as the signal for a normal shutdown, if isql cannot do it.
  local out
  out=$("$ISQL_BIN" "127.0.0.1:$sql" dba "$(dba_password)" VERBOSE=OFF BANNER=OFF PROMPT=OFF \
    'EXEC=shutdown;' 2>&1) || true
  if grep -q -E 'CL03[34]|Bad login|Connect failed' <<<"$out" || ! wait_exit "$pid" "$timeout"; then
    printf '%s\n' "$out" | sed -e '/^$/d' >&2
    echo "virtuoso.sh: isql-vt could not shut down pid $pid; sending SIGTERM" >&2
    kill -TERM "$pid" 2>/dev/null || true
    wait_exit "$pid" "$timeout" || die "pid $pid is still running after SIGTERM; see $dir/virtuoso.log"
  fi
  rm -f "$dir/virtuoso.pid"
  echo "Virtuoso stopped (pid $pid, database $dir)"
}

# ---------------------------------------------------------------------------------------------

main() {
  (($# >= 1)) || usage
  local cmd=$1
  shift
  case "$cmd" in
    start) cmd_start "$@" ;;
    load) cmd_load "$@" ;;
    stop) cmd_stop "$@" ;;
    -h | --help | help) usage ;;
    *) usage ;;
  esac
}

main "$@"
