#!/usr/bin/env bash
# Restores a backup made by infra/backup.sh into the PostgreSQL cluster at PG_PORT (PG_DATA), creating and
# starting a new, empty cluster there first if none exists (a new machine, or a rebuilt one).
#   infra/restore.sh BACKUP_DIR [--replace]
# Checks the files against the backup's sha256 sums; creates the roles the dumps need (globals.sql; existing
# roles keep their place, their passwords become the backed-up ones); restores the platform's database (and
# Keycloak's, when the backup has it) under their original names. A database that already exists is refused
# unless --replace, which drops it first. Keycloak's development H2 folder is put back only while that
# Keycloak is stopped. Then start the platform (and Keycloak) as usual: docs/deploy.md, "Restore".
source "$(dirname "$0")/lib/common.sh"
cd "$EELGA_ROOT"
source "$EELGA_ROOT/infra/backup/pg.sh"

BACKUP="${1:-}"
[ -n "$BACKUP" ] && [ -f "$BACKUP/manifest.txt" ] || die "usage: $0 BACKUP_DIR [--replace] (a folder made by infra/backup.sh)"
shift
REPLACE=false
for arg in "$@"; do
  case "$arg" in
    --replace) REPLACE=true ;;
    *) die "unknown option $arg (use --replace)" ;;
  esac
done

log "checking $BACKUP against its manifest"
(cd "$BACKUP" && grep '^sha256 ' manifest.txt | sed 's/^sha256 //' | sha256sum --quiet -c -) \
  || die "the backup's files do not match their sha256 sums: not restoring"
PLATFORM_DB=$(awk '$1 == "platform-database" {print $2}' "$BACKUP/manifest.txt")

if [ ! -s "$PG_DATA/PG_VERSION" ]; then
  log "creating a new database cluster in $PG_DATA"
  mkdir -p "$PG_DATA"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DATA"
  chmod 700 "$PG_DATA"
  as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
fi
if ! pg_running; then
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1" start >/dev/null
fi

exists() { [ -n "$(psql_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'")" ]; }
make_room() {
  local db=$1
  exists "$db" || return 0
  $REPLACE || die "database $db already exists on port $PG_PORT: pass --replace to drop it and restore over it"
  log "dropping the existing database $db (--replace)"
  psql_super -d postgres -c "DROP DATABASE \"$db\" WITH (FORCE)"
}

log "creating the roles the backup needs"
# CREATE ROLE of a role that exists would stop the script: make each one conditional; the ALTER ROLE after it
# sets attributes and the backed-up password either way.
sed -E 's/^CREATE ROLE ([a-zA-Z0-9_"]+);$/DO $$ BEGIN CREATE ROLE \1; EXCEPTION WHEN duplicate_object THEN NULL; END $$;/' \
  "$BACKUP/globals.sql" | psql_super -d postgres -v ON_ERROR_STOP=1 >/dev/null

make_room "$PLATFORM_DB"
log "restoring the platform's database $PLATFORM_DB"
as_pg "$PG_BIN/pg_restore" -h "$PG_DATA" -p "$PG_PORT" -U postgres --create --exit-on-error -d postgres \
  <"$BACKUP/platform.dump"

if [ -f "$BACKUP/keycloak.dump" ]; then
  KC_DB=$(awk '$1 == "keycloak" {print $3}' "$BACKUP/manifest.txt")
  make_room "$KC_DB"
  log "restoring Keycloak's database $KC_DB"
  as_pg "$PG_BIN/pg_restore" -h "$PG_DATA" -p "$PG_PORT" -U postgres --create --exit-on-error -d postgres \
    <"$BACKUP/keycloak.dump"
elif [ -f "$BACKUP/keycloak-h2.tar" ]; then
  port_open "$KEYCLOAK_PORT" && die "the platform's database is restored; stop Keycloak (infra/keycloak/keycloak.sh stop) and run this again with --replace to put back its H2 data"
  log "putting back the development Keycloak's H2 data"
  mkdir -p "$KEYCLOAK_HOME/data"
  rm -rf "$KEYCLOAK_HOME/data/h2.before-restore"
  [ -d "$KEYCLOAK_HOME/data/h2" ] && mv "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/h2.before-restore"
  tar -C "$KEYCLOAK_HOME/data" -xf "$BACKUP/keycloak-h2.tar"
  # keycloak.sh resets H2 when the realm files change; the restored data is the truth now.
  cat infra/keycloak/eelga-realm.json infra/keycloak/demo-council-idp-realm.json | sha256sum | cut -d' ' -f1 \
    >"$EELGA_STATE/realm.sha256"
fi
log "restored $(psql_super -d "$PLATFORM_DB" -tAc "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'") tables of $PLATFORM_DB on port $PG_PORT"
