#!/usr/bin/env bash
# What each page's UI holds (issue 13, heap per session): a load run that writes a heap dump while everyone is
# signed in, then a report of that dump by page (uk.org.eelga.bench.heap.HeapByPage). Same ports as bench/run.sh.
#
#   export PG_PORT=... KEYCLOAK_PORT=... KEYCLOAK_MANAGEMENT_PORT=... TEST_PORT=...
#   bench/heap.sh                         # 100 sessions for 60 s, report in bench/results/heap-by-page-<time>.txt
#   bench/heap.sh --dump FILE.hprof       # only the report, of a dump you already have
set -euo pipefail
source "$(dirname "$0")/../infra/lib/common.sh"
source "$(dirname "$0")/lib.sh"
cd "$EELGA_ROOT"
DUMP=""
SESSIONS=100
DURATION=60
while [ $# -gt 0 ]; do
  case "$1" in
    --dump) DUMP=$2; shift 2 ;;
    --sessions) SESSIONS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
STAMP=$(date -u +%Y-%m-%dT%H%M)
if [ -z "$DUMP" ]; then
  DUMP="$BENCH_STATE/heap-$SESSIONS-sessions.hprof"
  "$BENCH_DIR/run.sh" --sessions "$SESSIONS" --duration "$DURATION" --heap-dump "$DUMP"
else
  bench_build
fi
REPORT="$BENCH_DIR/results/heap-by-page-$STAMP.txt"
log "reading $DUMP (a few minutes for 100 sessions)"
java -Xmx6g -cp "$BENCH_DIR/target/eelga-bench.jar:$BENCH_DIR/target/lib/*" uk.org.eelga.bench.heap.HeapByPage "$DUMP" 15 \
  | tee "$REPORT"
log "report: $REPORT"
