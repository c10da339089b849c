#!/usr/bin/env bash
# Starts or stops the project's own PostgreSQL cluster and creates its roles and databases.
#   postgres.sh start   install (Debian packages) if needed, init, start, bootstrap roles and databases
#   postgres.sh stop
#   postgres.sh reset-test   drop and create again the test suite's databases (a run starts from nothing)
#   postgres.sh status
source "$(dirname "$0")/../lib/common.sh"

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ]; then
    [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed; run: sudo apt-get install -y postgresql"
    log "installing PostgreSQL from Debian packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$dir"
}

# Runs a command as the OS user that owns the cluster (never root).
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_super() { as_pg "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DATA" -p "$PG_PORT" -U postgres "$@"; }

start() {
  BIN=$(pg_bin)
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    log "creating the database cluster in $PG_DATA"
    mkdir -p "$PG_DATA"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DATA"
    chmod 700 "$PG_DATA"
    as_pg "$BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
  if as_pg "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    log "PostgreSQL already running on port $PG_PORT"
  else
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_pg "$BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
      -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  bootstrap
}

# Roles: the owner runs migrations; the app connects as eelga_app, which owns nothing and cannot bypass
# row-level security; eelga_association_reader is the role the association's audited cross-council reads
# switch to (SET LOCAL ROLE), and only it has the policies that read across councils.
bootstrap() {
  psql_super -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eelga_owner') THEN
    CREATE ROLE eelga_owner LOGIN PASSWORD '$PG_OWNER_PASSWORD';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eelga_app') THEN
    CREATE ROLE eelga_app LOGIN NOBYPASSRLS PASSWORD '$PG_APP_PASSWORD';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eelga_association_reader') THEN
    CREATE ROLE eelga_association_reader NOLOGIN NOBYPASSRLS;
  END IF;
END \$\$;
-- NOINHERIT: eelga_app may SET ROLE to the reader role, but the reader's policies never apply to it otherwise.
ALTER ROLE eelga_app NOINHERIT;
SQL
  if [ -z "$(psql_super -d postgres -tAc "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = 'eelga_association_reader' AND u.rolname = 'eelga_app'")" ]; then
    psql_super -d postgres -c "GRANT eelga_association_reader TO eelga_app"
  fi
  local db
  for db in eelga eelga_test eelga_tenancy_test eelga_fresh_test; do
    if [ -z "$(psql_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      psql_super -d postgres -c "CREATE DATABASE $db OWNER eelga_owner"
    fi
  done
}

# The suite's databases start empty at each run: the platform migrates and seeds them as a fresh install does.
# Kept between runs, the association's shared records that tests add (cohorts, sessions, measures) piled up run
# after run and made the pages that list them, and the suite, slower each time.
reset_test() {
  BIN=$(pg_bin)
  as_pg "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1 || die "PostgreSQL is not running: postgres.sh start"
  local db
  for db in eelga_test eelga_tenancy_test eelga_fresh_test; do
    psql_super -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  done
  bootstrap
}

stop() {
  BIN=$(pg_bin)
  if [ -s "$PG_DATA/PG_VERSION" ] && as_pg "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    log "stopping PostgreSQL"
    as_pg "$BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  reset-test) reset_test ;;
  status) BIN=$(pg_bin); as_pg "$BIN/pg_ctl" -D "$PG_DATA" status ;;
  *) die "usage: $0 start|stop|status|reset-test" ;;
esac
