#!/usr/bin/env bash
# The runbook's restore, executed: a database with the demo records and a marker is backed up with
# infra/backup.sh, restored with infra/restore.sh into a new, EMPTY cluster on another port, and the platform
# (app/target/eelga-platform.jar, built by mvn package) is started on the restored copy alone. A person signs in
# (a real token from the test Keycloak) and the API reads the marker back; every table has as many rows as the
# original. Needs the test PostgreSQL and Keycloak (started here unless already running).
#   infra/backup/test-restore.sh
source "$(dirname "$0")/../lib/common.sh"
cd "$EELGA_ROOT"
source "$EELGA_ROOT/infra/backup/pg.sh"

JAR="$EELGA_ROOT/app/target/eelga-platform.jar"
[ -f "$JAR" ] || die "no $JAR: build the platform first (mvn -DskipTests package)"
# The demo records' migrations live in the demo module (never in the production jar); the source database has them.
DEMO_JAR="$EELGA_ROOT/infra/demo/target/eelga-demo.jar"
[ -f "$DEMO_JAR" ] || die "no $DEMO_JAR: build the platform first (mvn -DskipTests package)"
HTTP_PORT="${TEST_PORT:-18080}"
SOURCE_DB=eelga_restore_source
RESTORE_PORT="${RESTORE_PG_PORT:-$((PG_PORT + 1000))}"
RESTORE_DATA="/tmp/eelga-restore-test-$RESTORE_PORT"
port_open "$HTTP_PORT" && die "port $HTTP_PORT is taken; set TEST_PORT to a free one"
port_open "$RESTORE_PORT" && die "port $RESTORE_PORT (the restored cluster) is taken; set RESTORE_PG_PORT"

START=$(date +%s)
WORK=$(mktemp -d /tmp/eelga-restore-test.XXXXXX)
APP_PID=""
PG_WAS_RUNNING=false
KC_WAS_RUNNING=false
port_open "$PG_PORT" && PG_WAS_RUNNING=true
port_open "$KEYCLOAK_PORT" && KC_WAS_RUNNING=true
restored() { PG_PORT=$RESTORE_PORT PG_DATA=$RESTORE_DATA "$@"; }
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -s "$RESTORE_DATA/PG_VERSION" ]; then as_pg "$PG_BIN/pg_ctl" -D "$RESTORE_DATA" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$RESTORE_DATA" "$WORK"
  PORT=$HTTP_PORT infra/stripe-stub/stripe-stub.sh stop || true
  psql_super -d postgres -c "DROP DATABASE IF EXISTS $SOURCE_DB WITH (FORCE)" >/dev/null 2>&1 || true
  $KC_WAS_RUNNING || infra/keycloak/keycloak.sh stop || true
  $PG_WAS_RUNNING || infra/postgres/postgres.sh stop || true
}
trap cleanup EXIT INT TERM
fail() {
  [ -f "$WORK/app.log" ] && tail -n 40 "$WORK/app.log" >&2
  die "restore test: $*"
}

infra/postgres/postgres.sh start
infra/keycloak/keycloak.sh start
if [ -s "$RESTORE_DATA/PG_VERSION" ]; then
  as_pg "$PG_BIN/pg_ctl" -D "$RESTORE_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$RESTORE_DATA"
fi

log "a database with the demo records (migrated as the init container does)"
psql_super -d postgres -c "DROP DATABASE IF EXISTS $SOURCE_DB WITH (FORCE)" -c "CREATE DATABASE $SOURCE_DB OWNER eelga_owner"
PG_DATABASE=$SOURCE_DB EELGA_DEMO_DATA=true java -cp "$JAR:$DEMO_JAR" uk.org.eelga.platform.database.MigrateSchema \
  >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; fail "migrating the source database failed"; }
MARK="restore check $(date +%s)-$RANDOM"
psql_super -d "$SOURCE_DB" -c "UPDATE council SET name = name || ' ($MARK)' WHERE id = 'norwich'"

log "backing up (infra/backup.sh)"
BACKUP=$(PG_DATABASE=$SOURCE_DB infra/backup.sh --to "$WORK/backups" --without-keycloak | tail -n 1)
[ -f "$BACKUP/platform.dump" ] && [ -f "$BACKUP/globals.sql" ] || fail "the backup has no dump or roles"

log "restoring into a new, empty cluster on port $RESTORE_PORT (infra/restore.sh)"
restored infra/restore.sh "$BACKUP" >"$WORK/restore.log" 2>&1 || { cat "$WORK/restore.log" >&2; fail "restore failed"; }
# Restoring again over it is refused without --replace, and works with it.
if restored infra/restore.sh "$BACKUP" >/dev/null 2>&1; then fail "a second restore over the same database was not refused"; fi
restored infra/restore.sh "$BACKUP" --replace >"$WORK/restore.log" 2>&1 || { cat "$WORK/restore.log" >&2; fail "restore --replace failed"; }
# A damaged backup is refused.
cp -r "$BACKUP" "$WORK/damaged" && printf 'x' >>"$WORK/damaged/platform.dump"
if restored infra/restore.sh "$WORK/damaged" --replace >/dev/null 2>&1; then fail "a damaged backup was restored"; fi

count_rows() {
  PG_PORT=$1 PG_DATA=$2 psql_super -d "$SOURCE_DB" -tA <<'SQL'
SELECT string_agg(t, ' ' ORDER BY t) FROM (
  SELECT table_name || '=' || (xpath('/row/c/text()',
           query_to_xml(format('SELECT count(*) AS c FROM public.%I', table_name), false, true, '')))[1]::text AS t
  FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE') x;
SQL
}
BEFORE=$(count_rows "$PG_PORT" "$PG_DATA")
AFTER=$(count_rows "$RESTORE_PORT" "$RESTORE_DATA")
[ -n "$BEFORE" ] && [ "$BEFORE" = "$AFTER" ] || fail "row counts differ: before [$BEFORE] after [$AFTER]"
log "every table has its rows: $(echo "$BEFORE" | wc -w) tables"
[ "$(restored psql_super -d postgres -tAc "SELECT rolbypassrls::text || rolinherit::text FROM pg_roles WHERE rolname = 'eelga_app'")" = falsefalse ] \
  || fail "eelga_app lost NOBYPASSRLS/NOINHERIT in the restore"

log "starting the platform on the restored copy only"
STRIPE_WEBHOOK_SECRET=whsec_local_stub_secret PORT=$HTTP_PORT infra/stripe-stub/stripe-stub.sh start
PORT=$HTTP_PORT PG_PORT=$RESTORE_PORT PG_DATABASE=$SOURCE_DB EELGA_DATABASE_MIGRATE_AT_START=false \
  KEYCLOAK_URL=$KEYCLOAK_URL KEYCLOAK_PUBLIC_URL=$KEYCLOAK_PUBLIC_URL PUBLIC_URL="http://localhost:$HTTP_PORT" \
  MAIL_FOLDER="$WORK/mail" STRIPE_STUB=true STRIPE_API_BASE="http://127.0.0.1:$STRIPE_STUB_PORT" \
  STRIPE_JOBS_ENABLED=false EELGA_DEMO_DATA=false \
  java -Xmx512m -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
wait_for_http "http://127.0.0.1:$HTTP_PORT/health" 150 || fail "the platform did not start on the restored database"

TOKEN=$(curl -fsS -d client_id=eelga-cli -d grant_type=password -d scope=openid \
  -d username=officer@norwich.demo -d password=eelga-demo \
  "$KEYCLOAK_URL/realms/eelga/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])') \
  || fail "no token from Keycloak"
curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$HTTP_PORT/api/v1/councils/norwich" >"$WORK/council.json" \
  || fail "the signed-in officer cannot read their council from the restored database"
grep -q "$MARK" "$WORK/council.json" || fail "the API did not return the restored record: $(cat "$WORK/council.json")"
curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$HTTP_PORT/api/v1/me" | grep -q norwich \
  || fail "/api/v1/me does not place the officer in Norwich"
log "signed in as officer@norwich.demo; the API read the restored record back"
echo "restore test: 1 passed, 0 failed ($(($(date +%s) - START)) s)"
