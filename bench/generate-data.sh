#!/usr/bin/env bash
# Benchmark data: a database with the demo data plus the last five financial years at ten times the demo's
# density, for all 52 councils, written as the application role with each council bound (row-level security on).
#
#   export PG_PORT=55436 KEYCLOAK_PORT=8184 KEYCLOAK_MANAGEMENT_PORT=9184 TEST_PORT=18084   # your ports
#   bench/generate-data.sh                                   # database eelga_bench_x10, density 10, 5 years
#   bench/generate-data.sh --database NAME --density 10 --years 5
#
# The first time, the platform is started once against the new database so Flyway migrates it and the demo data
# loads (as infra/run.sh does); then the generator adds its rows and the tables are analysed. Running it again
# skips the years already generated.
# Refuse to fall back on common.sh's default ports: on a shared machine they are another checkout's services.
if [ -z "${PG_PORT:-}" ] || [ -z "${KEYCLOAK_PORT:-}" ] || [ -z "${KEYCLOAK_MANAGEMENT_PORT:-}" ]; then
  echo "export your checkout's PG_PORT, KEYCLOAK_PORT and KEYCLOAK_MANAGEMENT_PORT first (see bench/README.md)" >&2
  exit 2
fi
source "$(dirname "$0")/../infra/lib/common.sh"
source "$(dirname "$0")/lib.sh"
cd "$EELGA_ROOT"

DATABASE=eelga_bench_x10
DENSITY=10
YEARS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --database) DATABASE=$2; shift 2 ;;
    --density) DENSITY=$2; shift 2 ;;
    --years) YEARS=$2; shift 2 ;;
    --keep-services) BENCH_KEEP_SERVICES=true; shift ;;
    *) die "unknown option $1" ;;
  esac
done

trap bench_cleanup EXIT INT TERM
bench_build
bench_postgres
bench_database "$DATABASE"
if [ -z "$(psql_super -d "$DATABASE" -tAc "select 1 from pg_tables where tablename = 'engagement_meeting'")" ] \
  || [ "$(psql_super -d "$DATABASE" -tAc "select count(*) from engagement_meeting where created_by = 'demo-data'")" = 0 ]; then
  log "migrating $DATABASE and loading the demo data (the platform starts once)"
  bench_keycloak
  bench_platform "$DATABASE" STRIPE_JOBS_ENABLED=false
  bench_stop_platform
fi
log "generating $YEARS years at ${DENSITY}x density into $DATABASE (as eelga_app, council by council)"
bench_java generate --jdbc-url "jdbc:postgresql://127.0.0.1:$PG_PORT/$DATABASE" --density "$DENSITY" --years "$YEARS" \
  --db-password "$PG_APP_PASSWORD"
psql_super -d "$DATABASE" -c "vacuum analyze"
psql_super -d "$DATABASE" -At -F ' ' -c "select relname, n_live_tup from pg_stat_user_tables
  where relname in ('engagement_meeting', 'attendance', 'event_registration', 'survey', 'survey_response', 'survey_answer',
                    'coaching_session', 'coaching_booking', 'appraisal_request', 'talent_bank_request', 'billing_invoice')
  order by relname" | sed 's/^/  rows: /'
