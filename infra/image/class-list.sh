#!/usr/bin/env bash
# Writes infra/image/class-list.txt: the classes a production start of the platform loads up to its first page, in
# the order it loads them (the JVM's -XX:DumpLoadedClassList), for the image's class-data archive (infra/image/cds.sh).
# Run it again when the platform's start changes much (new libraries, an upgrade of Micronaut or Vaadin):
# infra/image/test-image.sh reports how much of a real start the archive serves and fails when it falls too low.
# It times nothing; the start is bench/startup.sh's (the production jar, the image's JVM flags, schema migrated).
#   export PG_PORT=... TEST_PORT=...     your checkout's ports (bench/README.md)
#   mvn -B -q -DskipTests package -pl app -am && infra/image/class-list.sh
source "$(dirname "$0")/../lib/common.sh"
cd "$EELGA_ROOT"
OUT="$EELGA_ROOT/infra/image/class-list.txt"
TMP=$(mktemp)
trap 'rm -f "$TMP"' EXIT
JAVA_OPTS_EXTRA="${JAVA_OPTS_EXTRA:-} -XX:DumpLoadedClassList=$TMP" bench/startup.sh --runs 1 --no-migrate >&2
[ -s "$TMP" ] || die "the start wrote no class list"
{
  echo "# Classes a production start loads up to its first page (infra/image/class-list.sh wrote it; do not edit)."
  grep -v '^#' "$TMP"
} >"$OUT"
log "$(grep -cv '^#\|^@' "$OUT") classes in $OUT"
