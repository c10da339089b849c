#!/usr/bin/env bash
# Start-up of the container image (issue 13: under 5 s to the first page with the schema already migrated), with and
# without its class-data archive, start by start in turn (A B A B ...).
#
# Unpacks the built image (app/target/eelga-platform-image.tar, infra/image/build.sh), migrates a database with the
# image's migration command (as the init container does; not counted), then starts the image's entrypoint exactly as
# its config says (its JRE, flags and class path, in its own root, as its user 10001, migration at start off) RUNS
# times per variant and prints, for each start, the milliseconds from starting the container's process to the first
# page (GET /accessibility answered 200) and the JVM's CPU time to it, then the medians:
#   archive   as built: /app/platform.jsa, the JDK's and the platform's classes (infra/image/cds.sh)
#   jdk       /app/platform.jsa replaced by the JDK's own default archive (the JDK's classes only): the image
#             as it was before it had an archive of its own
# Keycloak need not run: nothing at start talks to it. Needs root (chroot, namespaces).
#   export PG_PORT=... TEST_PORT=...      your checkout's ports (bench/README.md)
#   bench/image-startup.sh [--runs N] [IMAGE.tar]
source "$(dirname "$0")/../infra/lib/common.sh"
source "$(dirname "$0")/lib.sh"
cd "$EELGA_ROOT"
[ -n "${PG_PORT:-}" ] || die "export PG_PORT (your checkout's) first"
[ "$(id -u)" = 0 ] || die "starting the image needs root (chroot, namespaces)"

RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    -*) die "unknown option $1" ;;
    *) break ;;
  esac
done
IMAGE_TAR="${1:-$EELGA_ROOT/app/target/eelga-platform-image.tar}"
[ -f "$IMAGE_TAR" ] || die "no image at $IMAGE_TAR: run infra/image/build.sh first"
DATABASE=eelga_image_startup
HERE="$EELGA_ROOT/infra/image"
STATE="$BENCH_STATE/image-startup"
ROOT="$STATE/rootfs"
JAVA_PID=""
cleanup() {
  [ -n "$JAVA_PID" ] && kill -KILL "$JAVA_PID" 2>/dev/null || true
  rm -rf "$ROOT" "$ROOT.config.json"
}
trap cleanup EXIT INT TERM

rm -rf "$ROOT" && mkdir -p "$STATE"
python3 "$HERE/image.py" unpack "$IMAGE_TAR" "$ROOT"
CONFIG="$ROOT.config.json"
[ -s "$ROOT/app/platform.jsa" ] || die "the image has no class-data archive (infra/image/cds.sh)"
JDK_ARCHIVE=$(cd "$ROOT" && ls opt/java/openjdk/lib/server/classes.jsa 2>/dev/null) || die "the image's JRE has no default archive"
cp "$ROOT/app/platform.jsa" "$STATE/archive.jsa"

"$EELGA_ROOT/infra/postgres/postgres.sh" start
bench_database "$DATABASE"
# The image's own process: a mount and PID namespace with its /proc and the host's /dev (a runtime gives it one;
# without /dev/urandom the JVM's secure random seeds itself for seconds), chrooted, as its user (image.py exec).
in_image() {
  exec unshare --mount --pid --fork --kill-child=SIGTERM --propagation private bash -c '
    mount -t proc proc "$1/proc"; mount --rbind /dev "$1/dev"; shift; exec "$@"' \
    bash "$ROOT" python3 "$HERE/image.py" exec "$ROOT" "$CONFIG" "$@"
}
ENV_DB=("PG_HOST=127.0.0.1" "PG_PORT=$PG_PORT" "PG_DATABASE=$DATABASE")
log "migrating $DATABASE with the image's migration command (not counted)"
(in_image --command java -cp @/app/jib-classpath-file uk.org.eelga.platform.database.MigrateSchema -- \
  "${ENV_DB[@]}" "PG_OWNER_PASSWORD=$PG_OWNER_PASSWORD") >"$STATE/migrate.log" 2>&1 \
  || { tail -n 20 "$STATE/migrate.log" >&2; die "the migration failed"; }
ENV_RUN=("PORT=$BENCH_PORT" "${ENV_DB[@]}" "PG_APP_PASSWORD=$PG_APP_PASSWORD" "EELGA_DATABASE_MIGRATE_AT_START=false"
  "KEYCLOAK_URL=$KEYCLOAK_URL" "KEYCLOAK_PUBLIC_URL=$KEYCLOAK_PUBLIC_URL" "PUBLIC_URL=$BENCH_URL" "MAIL_FOLDER=/tmp/mail"
  "STRIPE_STUB=true" "STRIPE_JOBS_ENABLED=false" "STRIPE_API_BASE=http://127.0.0.1:${STRIPE_STUB_PORT:-12111}")

# one_start VARIANT: prints "<first page ms> <cpu ms>"
one_start() {
  local variant=$1 started page="" run_pid p
  if [ "$variant" = jdk ]; then cp "$ROOT/$JDK_ARCHIVE" "$ROOT/app/platform.jsa"; else cp "$STATE/archive.jsa" "$ROOT/app/platform.jsa"; fi
  sync
  port_open "$BENCH_PORT" && die "port $BENCH_PORT is taken"
  started=$(date +%s%3N)
  (in_image -- "${ENV_RUN[@]}") >"$STATE/$variant.log" 2>&1 &
  run_pid=$!
  for _ in $(seq 1 3000); do
    if port_open "$BENCH_PORT" \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BENCH_URL/accessibility" 2>/dev/null)" = 200 ]; then
      page=$(($(date +%s%3N) - started))
      break
    fi
    kill -0 "$run_pid" 2>/dev/null || { tail -n 30 "$STATE/$variant.log" >&2; die "the image's platform stopped"; }
    sleep 0.02
  done
  JAVA_PID=""
  for p in $(pgrep -x java); do
    if [ "$(readlink "/proc/$p/root")" = "$ROOT" ]; then JAVA_PID=$p; break; fi
  done
  [ -n "$JAVA_PID" ] || die "cannot find the image's java process"
  local cpu
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$JAVA_PID/stat")
  kill -TERM "$JAVA_PID" 2>/dev/null || true
  wait "$run_pid" 2>/dev/null || true
  JAVA_PID=""
  [ -n "$page" ] || die "no first page within 60 s (see $STATE/$variant.log)"
  echo "$page $cpu"
}

RESULTS="$STATE/results.txt"
: >"$RESULTS"
log "the image's entrypoint, $RUNS starts per variant in turn (archive, jdk, archive, ...)"
for ((i = 1; i <= RUNS; i++)); do
  for variant in archive jdk; do
    read -r page cpu < <(one_start "$variant")
    echo "$variant $page $cpu" >>"$RESULTS"
    log "start $i, $variant: first page $page ms, CPU $cpu ms (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  done
done
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
for variant, what in (("archive", "with its class-data archive"), ("jdk", "the JDK's archive only")):
    pages = [int(r[1]) for r in rows if r[0] == variant]
    cpus = [int(r[2]) for r in rows if r[0] == variant]
    print(f"image {what:28} first page {' / '.join(map(str, pages))} ms: median {statistics.median(pages):.0f} ms,"
          f" CPU median {statistics.median(cpus):.0f} ms")
PY
