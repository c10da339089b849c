#!/usr/bin/env bash
# Start-up time of the platform (issue 13: under 5 s to the first page with the schema already migrated).
# Starts app/target/eelga-platform.jar against DATABASE (default eelga_bench, the bench's demo database; migrated on
# a first start that is not counted), RUNS times, and prints for each the milliseconds from starting the JVM to the
# first answer of /health and to the first page (the sign-in's landing page / answered 200 or a redirect), then the
# median. Extra arguments are environment assignments for the platform (e.g. EELGA_DEMO_DATA=false).
# --cds: the JVM's class-data sharing for the platform's own classes (AppCDS): a first start writes an archive of the
# classes it loaded (-XX:ArchiveClassesAtExit, when it stops), the counted starts map it (-XX:SharedArchiveFile).
# Usage: bench/startup.sh [--runs N] [--database NAME] [--cds] [VAR=value ...]
source "$(dirname "$0")/../infra/lib/common.sh"
source "$(dirname "$0")/lib.sh"
cd "$EELGA_ROOT"
[ -n "${PG_PORT:-}" ] && [ -n "${KEYCLOAK_PORT:-}" ] || die "export PG_PORT and KEYCLOAK_PORT (your checkout's) first"

RUNS=5
DATABASE=eelga_bench
CDS=false
while [ $# -gt 0 ]; do
  case "$1" in
    --cds) CDS=true; shift ;;
    --runs) RUNS=$2; shift 2 ;;
    --database) DATABASE=$2; shift 2 ;;
    *) break ;;
  esac
done
[ -f app/target/eelga-platform.jar ] || die "build the jar first: mvn -B -q -DskipTests package -pl app -am"
port_open "$BENCH_PORT" && die "port $BENCH_PORT is taken"

now_ms() { date +%s%3N; }

one_start() {
  local started health="" page="" pid code
  started=$(now_ms)
  (
    cd "$BENCH_STATE/run"
    export PORT="$BENCH_PORT" PUBLIC_URL="$BENCH_URL" PG_PORT PG_DATABASE="$DATABASE" KEYCLOAK_URL \
      KEYCLOAK_PUBLIC_URL EELGA_DEMO_DATA=true MAIL_FOLDER="$BENCH_STATE/mail" SMTP_HOST="" \
      STRIPE_STUB=true STRIPE_WEBHOOK_SECRET=whsec_local_stub_secret \
      STRIPE_API_BASE="http://127.0.0.1:${STRIPE_STUB_PORT:-12111}" "$@"
    # shellcheck disable=SC2086
    # the production jar and beside it the demo's (records and loaders), as infra/run.sh runs them
    exec java $BENCH_JAVA_OPTS -cp "$EELGA_ROOT/app/target/eelga-platform.jar:$EELGA_ROOT/infra/demo/target/eelga-demo.jar" \
      uk.org.eelga.platform.Application
  ) >"$BENCH_STATE/startup.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if [ -z "$health" ] && curl -fsS -o /dev/null "$BENCH_URL/health" 2>/dev/null; then
      health=$(($(now_ms) - started))
    fi
    if [ -z "$page" ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' "$BENCH_URL/" 2>/dev/null || true)
      if [ "$code" = 200 ] || [ "$code" = 302 ]; then page=$(($(now_ms) - started)); fi
    fi
    [ -n "$health" ] && [ -n "$page" ] && break
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$BENCH_STATE/startup.log" >&2; die "the platform stopped"; }
    sleep 0.05
  done
  if [ "${WAIT_DEMO:-false}" = true ]; then
    # the demo data is checked (on a first start loaded) in the background after the first page: let it finish
    # (a platform from before that change checks it before answering: its "Demo data:" lines stop coming)
    local lines=-1 now
    for _ in $(seq 1 600); do
      grep -q "Demo data checked\|Demo data could not be loaded" "$BENCH_STATE/startup.log" && break
      now=$(grep -c "Demo data:" "$BENCH_STATE/startup.log" || true)
      [ "$now" -gt 0 ] && [ "$now" = "$lines" ] && break
      lines=$now
      sleep 5
    done
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$health $page"
}

mkdir -p "$BENCH_STATE/run" "$BENCH_STATE/mail"
bench_database "$DATABASE"
log "first start (migrates $DATABASE if needed; not counted)"
WAIT_DEMO=true one_start "$@" >/dev/null
if $CDS; then
  ARCHIVE="$BENCH_STATE/platform-cds.jsa"
  rm -f "$ARCHIVE"
  log "a start that writes the class-data archive $ARCHIVE (not counted)"
  BENCH_JAVA_OPTS="$BENCH_JAVA_OPTS -XX:ArchiveClassesAtExit=$ARCHIVE" one_start "$@" >/dev/null
  sleep 2
  [ -f "$ARCHIVE" ] || die "no class-data archive was written"
  BENCH_JAVA_OPTS="$BENCH_JAVA_OPTS -XX:SharedArchiveFile=$ARCHIVE"
fi
log "java options: $BENCH_JAVA_OPTS"
healths=()
pages=()
for ((i = 1; i <= RUNS; i++)); do
  read -r h p < <(one_start "$@")
  log "start $i: /health after $h ms, first page after $p ms (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  healths+=("$h")
  pages+=("$p")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $RUNS starts: /health $(median "${healths[@]}") ms, first page $(median "${pages[@]}") ms"
grep -h "Vaadin initialised\|Startup completed\|Database schema" "$BENCH_STATE/startup.log" | tail -n 3
