#!/usr/bin/env bash
# The load harness (issue 13). Starts PostgreSQL (with pg_stat_statements), Keycloak (with the bench accounts) and
# the platform from the built jar with your checkout's ports, runs simulated users against it for each number of
# sessions, prints latencies, errors, throughput, CPU, heap and sessions, and stops what it started.
#
#   export PG_PORT=55436 KEYCLOAK_PORT=8184 KEYCLOAK_MANAGEMENT_PORT=9184 TEST_PORT=18084   # your ports
#   bench/run.sh --sessions 100,200,400 --duration 90        # the measured run (about 15 minutes)
#   bench/run.sh --sessions 35 --duration 60                 # a quick one while developing
#   bench/run.sh --figures --database eelga_bench_x10        # figures vs their SQL (after bench/generate-data.sh)
#   bench/run.sh --probe                                     # statements and transactions per page, one person
#   bench/run.sh --url http://host:port --sessions 50 ...    # an already running platform (no CPU/heap unless local)
#
# Options of its own: --database NAME (default eelga_bench), --url URL, --figures, --probe, --keep-services.
# Every other option goes to the load command: --sessions, --duration, --ramp, --think, --api-users, --api-share,
# --reload-share, --warmup, --accounts demo|bench, --no-sign-out, --timeout (see bench/README.md).
# Refuse to fall back on common.sh's default ports: on a shared machine they are another checkout's services.
if [ -z "${PG_PORT:-}" ] || [ -z "${KEYCLOAK_PORT:-}" ] || [ -z "${KEYCLOAK_MANAGEMENT_PORT:-}" ]; then
  echo "export your checkout's PG_PORT, KEYCLOAK_PORT and KEYCLOAK_MANAGEMENT_PORT first (see bench/README.md)" >&2
  exit 2
fi
source "$(dirname "$0")/../infra/lib/common.sh"
source "$(dirname "$0")/lib.sh"
cd "$EELGA_ROOT"

DATABASE=eelga_bench
URL=""
FIGURES=false
METRICS_OPTS=()
BENCH_METRICS_PORT="${BENCH_METRICS_PORT:-$((BENCH_PORT + 7))}"
PROBE=false
PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --database) DATABASE=$2; shift 2 ;;
    --url) URL=$2; shift 2 ;;
    --figures) FIGURES=true; shift ;;
    --probe) PROBE=true; shift ;;
    --keep-services) BENCH_KEEP_SERVICES=true; shift ;;
    *) PASS+=("$1"); shift ;;
  esac
done

trap bench_cleanup EXIT INT TERM
bench_build
mkdir -p "$BENCH_STATE" "$BENCH_DIR/results"
STAMP=$(date -u +%Y-%m-%dT%H%M)

if [ -z "$URL" ]; then
  bench_postgres
  bench_database "$DATABASE"
  bench_keycloak
  if $FIGURES || $PROBE; then
    # No background jobs while timing one call at a time: their statements would be counted as the figure's. The
    # metrics port lets the figures read the platform's own request timer (its time, without the harness's client).
    bench_platform "$DATABASE" STRIPE_JOBS_ENABLED=false MANAGEMENT_HOST=127.0.0.1 MANAGEMENT_PORT="$BENCH_METRICS_PORT"
    METRICS_OPTS=(--metrics "http://127.0.0.1:$BENCH_METRICS_PORT/metrics")
  else
    bench_platform "$DATABASE"
  fi
  URL=$BENCH_URL
  PG_OPTS=(--pg-port "$PG_PORT" --pg-socket "$PG_DATA" --pg-database "$DATABASE")
else
  PG_OPTS=()
  port_open "$PG_PORT" && PG_OPTS=(--pg-port "$PG_PORT" --pg-socket "$PG_DATA" --pg-database "$DATABASE")
fi

if $PROBE; then
  bench_java probe --url "$URL" "${PG_OPTS[@]}" "${PASS[@]}" | tee "$BENCH_DIR/results/probe-$DATABASE-$STAMP.txt"
elif $FIGURES; then
  bench_java figures --url "$URL" --keycloak "$KEYCLOAK_PUBLIC_URL" "${PG_OPTS[@]}" "${METRICS_OPTS[@]}" "${PASS[@]}" \
    | tee "$BENCH_DIR/results/figures-$DATABASE-$STAMP.txt"
  "$BENCH_DIR/sql/figures.sh" --database "$DATABASE" | tee -a "$BENCH_DIR/results/figures-$DATABASE-$STAMP.txt"
else
  log "load run against $URL; results in bench/results/load-$STAMP.{json,md}"
  bench_java load --url "$URL" --keycloak "$KEYCLOAK_PUBLIC_URL" --councils-csv "$EELGA_ROOT/infra/data/councils.csv" \
    "${PG_OPTS[@]}" --results "$BENCH_DIR/results/load-$STAMP.json" "${PASS[@]}" \
    | tee "$BENCH_DIR/results/load-$STAMP.txt"
  # What the harness cannot see: a page action the server refused is answered 200 with an error for the person, so
  # the platform's own log is read too (the platform this script started; none for --url).
  if [ -f "$BENCH_STATE/platform.log" ] && [ -n "$PLATFORM_PID" ]; then
    {
      echo "platform log: $(grep -c ' ERROR ' "$BENCH_STATE/platform.log" || true) ERROR lines," \
        "$(grep -c ' WARN ' "$BENCH_STATE/platform.log" || true) WARN lines; the commonest:"
      { grep -E ' (ERROR|WARN) ' "$BENCH_STATE/platform.log" || true; } | sed -E 's/^[^ ]+ //; s/\[[0-9a-f-]{36}\]//; s/ council=[a-z-]+//; s/(Incident|incident) [0-9a-f-]+/\1 …/' \
        | sort | uniq -c | sort -rn | head -n 5
    } | tee -a "$BENCH_DIR/results/load-$STAMP.txt"
  fi
fi
