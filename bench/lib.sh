# Shared by bench/run.sh, bench/generate-data.sh and bench/record.sh. Source it after infra/lib/common.sh.
# Uses the infra scripts with the caller's ports (PG_PORT, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT): export yours.
# The scripts refuse to start unless PG_PORT, KEYCLOAK_PORT and KEYCLOAK_MANAGEMENT_PORT are exported, so they
# never fall back silently on the default ports, which on a shared machine are another checkout's services.

BENCH_DIR="$EELGA_ROOT/bench"
# The platform's port: the demo realm lets Keycloak send people back to localhost:8080 and 18080-18084 only, so the
# bench platform uses the checkout's TEST_PORT unless told otherwise (do not run the test suite at the same time).
BENCH_PORT="${BENCH_PORT:-${TEST_PORT:-18080}}"
BENCH_URL="http://localhost:$BENCH_PORT"
BENCH_STATE="$EELGA_STATE/bench"
# The image's collector settings (app/pom.xml): G1 with a 20 ms pause goal.
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx768m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError}"
PLATFORM_PID=""
PG_STARTED=false
KC_STARTED=false

psql_super() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_DATA" -p "$PG_PORT" -U postgres "$@"; }

bench_build() {
  log "building the harness (bench/pom.xml)"
  mvn -B -q -f "$BENCH_DIR/pom.xml" package -DskipTests >&2
  if [ ! -f "$EELGA_ROOT/app/target/eelga-platform.jar" ] || [ "${BENCH_BUILD_APP:-false}" = true ]; then
    log "building the platform jar (mvn package, never install)"
    (cd "$EELGA_ROOT" && mvn -B -q -DskipTests package -pl app -am >&2)
  fi
}

# The harness's own JVM flags (for example a flight recording of the load generator): BENCH_HARNESS_JAVA_OPTS.
# Short collector pauses by default: a pause of the harness is added to every round trip it is timing.
bench_java() {
  java -XX:MaxGCPauseMillis=20 ${BENCH_HARNESS_JAVA_OPTS:-} -Djdk.httpclient.keepalive.timeout=10 -cp "$BENCH_DIR/target/eelga-bench.jar:$BENCH_DIR/target/lib/*" \
    uk.org.eelga.bench.Main "$@"
}

# PostgreSQL with pg_stat_statements (statements and their time per interaction). Loading it needs a restart, which
# is done only to a cluster this script started itself (or with BENCH_PG_RESTART=true): a cluster that was already
# running is never restarted; the run then goes without statement statistics. Its view lives in the 'postgres'
# database, never in the platform's.
bench_postgres() {
  port_open "$PG_PORT" || PG_STARTED=true
  "$EELGA_ROOT/infra/postgres/postgres.sh" start
  if [ "$(psql_super -d postgres -tAc "show shared_preload_libraries")" != "pg_stat_statements" ]; then
    if ! $PG_STARTED && [ "${BENCH_PG_RESTART:-false}" != true ]; then
      log "pg_stat_statements is not loaded and PostgreSQL was already running: no statement statistics this time"
      log "(stop your PostgreSQL first, or set BENCH_PG_RESTART=true, to have it loaded with one restart)"
      return 0
    fi
    log "loading pg_stat_statements into the local cluster (one restart)"
    psql_super -d postgres -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
    "$EELGA_ROOT/infra/postgres/postgres.sh" stop
    "$EELGA_ROOT/infra/postgres/postgres.sh" start
  fi
  psql_super -d postgres -c "alter system set pg_stat_statements.track_planning = on" \
    -c "select pg_reload_conf()" >/dev/null
  psql_super -d postgres -c "create extension if not exists pg_stat_statements"
}

bench_database() {
  local db=$1
  if [ -z "$(psql_super -d postgres -tAc "select 1 from pg_database where datname = '$db'")" ]; then
    log "creating database $db"
    psql_super -d postgres -c "create database $db owner eelga_owner"
  fi
}

bench_keycloak() {
  port_open "$KEYCLOAK_PORT" || KC_STARTED=true
  # the platform under load listens on BENCH_URL: Keycloak must allow it as a redirect URI (a reset realm does not)
  PUBLIC_URL="$BENCH_URL" "$EELGA_ROOT/infra/keycloak/keycloak.sh" start
  log "bench accounts in Keycloak (8 people in every council, 20 staff; idempotent)"
  bench_java provision-users --keycloak "$KEYCLOAK_URL" \
    --admin-user "${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" --admin-password "${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
}

# bench_platform DATABASE [extra env assignments...]: starts the platform from the built jar against DATABASE, with
# the demo data (loaded on the first start), and waits until it answers. Prints the seconds to /health.
bench_platform() {
  local db=$1
  shift
  port_open "$BENCH_PORT" && die "port $BENCH_PORT is taken: stop what runs there (tests?) or set BENCH_PORT"
  mkdir -p "$BENCH_STATE/run" "$BENCH_STATE/mail"
  log "starting the platform on $BENCH_URL (database $db)"
  local started=$SECONDS
  (
    cd "$BENCH_STATE/run"
    export PORT="$BENCH_PORT" PUBLIC_URL="$BENCH_URL" PG_PORT PG_DATABASE="$db" KEYCLOAK_URL \
      KEYCLOAK_PUBLIC_URL EELGA_DEMO_DATA=true MAIL_FOLDER="$BENCH_STATE/mail" SMTP_HOST="" \
      STRIPE_STUB=true STRIPE_WEBHOOK_SECRET=whsec_local_stub_secret \
      STRIPE_API_BASE="http://127.0.0.1:${STRIPE_STUB_PORT:-12111}" "$@"
    # shellcheck disable=SC2086
    # the production jar and beside it the demo's (records and loaders), as infra/run.sh runs them
    exec java $BENCH_JAVA_OPTS -cp "$EELGA_ROOT/app/target/eelga-platform.jar:$EELGA_ROOT/infra/demo/target/eelga-demo.jar" \
      uk.org.eelga.platform.Application
  ) >"$BENCH_STATE/platform.log" 2>&1 &
  PLATFORM_PID=$!
  if ! wait_for_http "$BENCH_URL/health" 300; then
    tail -n 40 "$BENCH_STATE/platform.log" >&2
    die "the platform did not start; log: $BENCH_STATE/platform.log"
  fi
  log "platform up in $((SECONDS - started)) s (pid $PLATFORM_PID; log $BENCH_STATE/platform.log)"
  # the demo data is checked (and on a first start loaded) in the background once the server is up: wait for it
  for _ in $(seq 1 600); do
    grep -q "Demo data checked\|Demo data could not be loaded" "$BENCH_STATE/platform.log" && break
    sleep 1
  done
  grep -q "Demo data could not be loaded" "$BENCH_STATE/platform.log" && die "the demo data could not be loaded; log: $BENCH_STATE/platform.log"
  log "demo data checked $((SECONDS - started)) s after the start"
}

bench_stop_platform() {
  if [ -n "$PLATFORM_PID" ] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    log "stopping the platform"
    kill "$PLATFORM_PID" 2>/dev/null || true
    wait "$PLATFORM_PID" 2>/dev/null || true
  fi
  PLATFORM_PID=""
}

bench_cleanup() {
  trap - EXIT INT TERM
  bench_stop_platform
  if [ "${BENCH_KEEP_SERVICES:-false}" != true ]; then
    $KC_STARTED && "$EELGA_ROOT/infra/keycloak/keycloak.sh" stop || true
    $PG_STARTED && "$EELGA_ROOT/infra/postgres/postgres.sh" stop || true
  fi
}
