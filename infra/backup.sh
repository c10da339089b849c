#!/usr/bin/env bash
# Backs up a single-machine install: the platform's database and Keycloak's, with the roles they need, into a
# new folder (readable by its owner only: it holds password hashes and everyone's records).
#   infra/backup.sh [--to DIR] [--without-keycloak]
# Writes DIR/eelga-<UTC time>/ (DIR defaults to $EELGA_BACKUP_DIR or .local/backups) with:
#   globals.sql     the cluster's roles (eelga_owner, eelga_app, eelga_association_reader, Keycloak's) without
#                   the superuser, so a restore into an empty cluster has them (pg_dumpall --globals-only)
#   platform.dump   the platform's database $PG_DATABASE (pg_dump, custom format: one consistent snapshot)
#   keycloak.dump   Keycloak's database when Keycloak runs on PostgreSQL (KEYCLOAK_DB_NAME, same cluster)
#   keycloak-h2.tar the development Keycloak's H2 folder (only while that Keycloak is stopped: H2 locks it)
#   manifest.txt    what is in it, versions, and sha256 sums (infra/restore.sh checks them)
# Runs as the cluster's superuser (pg_dump must read past forced row-level security). Then copy the folder off the
# machine (docs/deploy.md, "Backups on a single machine").
source "$(dirname "$0")/lib/common.sh"
cd "$EELGA_ROOT"
source "$EELGA_ROOT/infra/backup/pg.sh"

DEST="${EELGA_BACKUP_DIR:-$EELGA_STATE/backups}"
WITH_KEYCLOAK=true
while [ $# -gt 0 ]; do
  case "$1" in
    --to) DEST=$2; shift ;;
    --without-keycloak) WITH_KEYCLOAK=false ;;
    *) die "unknown option $1 (use --to DIR, --without-keycloak)" ;;
  esac
  shift
done
PG_DATABASE="${PG_DATABASE:-eelga}"
KEYCLOAK_DB_NAME="${KEYCLOAK_DB_NAME:-}"

pg_running || die "PostgreSQL is not running on port $PG_PORT (cluster $PG_DATA)"
[ -n "$(psql_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" ] \
  || die "no database $PG_DATABASE on port $PG_PORT"

KC_MODE=none
if $WITH_KEYCLOAK; then
  if [ -n "$KEYCLOAK_DB_NAME" ]; then
    [ -n "$(psql_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$KEYCLOAK_DB_NAME'")" ] \
      || die "no Keycloak database $KEYCLOAK_DB_NAME on port $PG_PORT"
    KC_MODE=postgres
  elif [ -d "$KEYCLOAK_HOME/data/h2" ]; then
    if port_open "$KEYCLOAK_PORT"; then
      die "Keycloak runs on its development H2 database, which it locks while running: stop it first
  (infra/keycloak/keycloak.sh stop), back up, start it again; or pass --without-keycloak"
    fi
    KC_MODE=h2
  else
    die "no Keycloak data found: set KEYCLOAK_DB_NAME (Keycloak on PostgreSQL) or pass --without-keycloak"
  fi
fi

umask 077
OUT="$DEST/eelga-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
log "backing up to $OUT"
# Roles without the superuser (an empty cluster has its own) and without the cluster's own settings.
as_pg "$PG_BIN/pg_dumpall" -h "$PG_DATA" -p "$PG_PORT" -U postgres --globals-only --no-tablespaces \
  | grep -v -E '^(CREATE|ALTER) ROLE postgres( |;)' >"$OUT/globals.sql"
as_pg "$PG_BIN/pg_dump" -h "$PG_DATA" -p "$PG_PORT" -U postgres -Fc "$PG_DATABASE" \
  >"$OUT/platform.dump"
case "$KC_MODE" in
  postgres)
    as_pg "$PG_BIN/pg_dump" -h "$PG_DATA" -p "$PG_PORT" -U postgres -Fc "$KEYCLOAK_DB_NAME" \
      >"$OUT/keycloak.dump" ;;
  h2)
    tar -C "$KEYCLOAK_HOME/data" -cf "$OUT/keycloak-h2.tar" h2 ;;
esac
{
  echo "created $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(hostname)"
  echo "postgresql $(psql_super -d postgres -tAc 'SHOW server_version')"
  echo "platform-database $PG_DATABASE"
  echo "schema-version $(psql_super -d "$PG_DATABASE" -tAc "SELECT max(version::int) FROM flyway_schema_history WHERE success AND version ~ '^[0-9]+$'" 2>/dev/null || echo unknown)"
  echo "keycloak $KC_MODE ${KEYCLOAK_DB_NAME:-}"
  (cd "$OUT" && for f in *; do [ "$f" = manifest.txt ] || sha256sum -- "$f"; done | sed 's/^/sha256 /')
} >"$OUT/manifest.txt"
log "backup complete: $OUT ($(du -sh "$OUT" | cut -f1))"
echo "$OUT"
