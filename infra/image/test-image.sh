#!/usr/bin/env bash
# Tests the built image (app/target/eelga-platform-image.tar, from infra/image/build.sh) the way a container
# runtime would run it, without one:
#   - unpacks its layers in order into a folder and reads its config (entrypoint, environment, user, workdir);
#   - checks that the image's JRE has every module its jars and classes need (jdeps, cached per jar);
#   - under a memory limit of 1.5 GiB (a cgroup, when this machine lets us make one) checks the heap the image's
#     JVM flags give;
#   - runs the migration command (as the Deployment's init container does, infra/k8s/base/platform.yaml) on a new, empty database;
#   - starts the entrypoint exactly as the config says, in a new mount and PID namespace: the root read-only,
#     a fresh tmpfs on /tmp only, /proc, /dev, the host's network (like hostNetwork), as user 10001 with no
#     supplementary groups, plus the environment a deployment would add (database, Keycloak, PORT; no database
#     owner password and no migration at start, as in the cluster);
#   - waits for /health to say UP, checks the process's user and that the root is not writable, and that a
#     page and the OpenAPI document are served; then stops it with SIGTERM and expects a clean exit;
#   - measures the time to its first page, and checks that most classes it loaded came from the class-data archive
#     (infra/image/cds.sh);
#   - checks that the image holds nothing for development: no demo data (infra/demo), no Stripe stub
#     (infra/stripe-stub); the platform talks to the stub as a process of its own on the host, as it would to Stripe.
# Needs root (namespaces, chroot) and the test PostgreSQL and Keycloak (started here unless already running).
#   infra/image/test-image.sh [IMAGE.tar]
source "$(dirname "$0")/../lib/common.sh"
cd "$EELGA_ROOT"

IMAGE_TAR="${1:-$EELGA_ROOT/app/target/eelga-platform-image.tar}"
IMAGE_CACHE="${EELGA_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/eelga-image}"
HERE="$EELGA_ROOT/infra/image"
HTTP_PORT="${TEST_PORT:-18080}"
MEMORY_LIMIT=$((1536 * 1024 * 1024))

[ -f "$IMAGE_TAR" ] || die "no image at $IMAGE_TAR: run infra/image/build.sh first"
[ "$(id -u)" = 0 ] || die "the image test needs root (mount namespace, chroot, switching to the image's user)"
port_open "$HTTP_PORT" && die "port $HTTP_PORT is taken; set TEST_PORT to a free one"

START=$(date +%s)
WORK=$(mktemp -d /tmp/eelga-image-test.XXXXXX)
ROOT="$WORK/rootfs"
CGROUP=""
RUN_PID=""
JAVA_PID=""
PG_WAS_RUNNING=false
KC_WAS_RUNNING=false
port_open "$PG_PORT" && PG_WAS_RUNNING=true
port_open "$KEYCLOAK_PORT" && KC_WAS_RUNNING=true
cleanup() {
  # The container's processes die with its PID namespace's first process; unshare waits for it.
  if [ -n "${JAVA_PID:-}" ] && kill -0 "$JAVA_PID" 2>/dev/null; then kill -KILL "$JAVA_PID" 2>/dev/null || true; fi
  if [ -n "$RUN_PID" ] && kill -0 "$RUN_PID" 2>/dev/null; then kill -KILL "$RUN_PID" 2>/dev/null || true; fi
  [ -n "$CGROUP" ] && rmdir "$CGROUP" 2>/dev/null || true
  rm -rf "$WORK"
  PORT=$HTTP_PORT infra/stripe-stub/stripe-stub.sh stop || true
  $KC_WAS_RUNNING || infra/keycloak/keycloak.sh stop || true
  $PG_WAS_RUNNING || infra/postgres/postgres.sh stop || true
}
trap cleanup EXIT INT TERM
fail() {
  [ -f "$WORK/app.log" ] && cp "$WORK/app.log" "$EELGA_ROOT/app/target/image-test.log" && tail -n 60 "$WORK/app.log" >&2
  die "image test: $*"
}

log "unpacking $(basename "$IMAGE_TAR")"
python3 "$HERE/image.py" unpack "$IMAGE_TAR" "$ROOT"
CONFIG="$ROOT.config.json"
mapfile -d '' ENTRYPOINT < <(python3 "$HERE/image.py" show "$CONFIG" entrypoint)
USER_SPEC=$(python3 "$HERE/image.py" show "$CONFIG" user)
WORKDIR=$(python3 "$HERE/image.py" show "$CONFIG" workdir)
log "entrypoint: ${ENTRYPOINT[*]}"
log "user $USER_SPEC, workdir $WORKDIR"
[ "${USER_SPEC%%:*}" = 10001 ] || fail "the image runs as '$USER_SPEC', not as uid 10001"
[ -d "$ROOT/tmp" ] || fail "the image has no /tmp to mount a volume on"
# The platform's own code is one jar in /app/classpath (Jib's packaged mode), the libraries one jar each in /app/libs.
APP_JARS=("$ROOT"/app/classpath/*.jar)
[ -f "${APP_JARS[0]}" ] || fail "the image has no platform jar in /app/classpath"
DEVELOPMENT=$( { ls "$ROOT/app/libs"; for jar in "${APP_JARS[@]}"; do unzip -Z1 "$jar"; done; } \
  | grep -E '(^|/)(demo|stripe-stub)[^/]*$|db/demo/|uk/org/eelga/(platform/demo|stripe)/|DemoData|StripeStub' || true)
[ -z "$DEVELOPMENT" ] || fail "the image holds development code or data: $(echo "$DEVELOPMENT" | head -5 | paste -sd' ' -)"
# Vaadin's class index (app/src/build/PrepareProductionJar.java): a start loads the classes it names instead of scanning
unzip -p "${APP_JARS[0]}" META-INF/eelga/vaadin-handled-types.tsv 2>/dev/null | grep -q 'RouteRegistryInitializer' \
  || fail "the image's platform jar has no Vaadin class index (META-INF/eelga/vaadin-handled-types.tsv)"
# The class-data archive (infra/image/cds.sh) that the entrypoint names.
[ -s "$ROOT/app/platform.jsa" ] || fail "the image has no class-data archive at /app/platform.jsa (infra/image/cds.sh)"

# Every module that the image's code needs must be in its JRE. jdeps's summary per jar is cached by the jar's
# hash, so only changed jars (the platform's own) are analysed again.
JDEPS_CACHE="$IMAGE_CACHE/jdeps"
mkdir -p "$JDEPS_CACHE"
JAVA_IN_ROOT=$(python3 - "$ROOT" <<'PY'
import os, sys
root = sys.argv[1]
for d in ("opt/java/openjdk/bin", "usr/local/openjdk-17/bin", "usr/lib/jvm/java-17-openjdk-amd64/bin", "usr/bin"):
    if os.path.exists(os.path.join(root, d, "java")):
        print(os.path.join(root, d)); break
PY
)
[ -n "$JAVA_IN_ROOT" ] || fail "no java in the image"
HAVE=$(unshare --mount --pid --fork --mount-proc="$ROOT/proc" chroot "$ROOT" "${JAVA_IN_ROOT#"$ROOT"}/java" --list-modules \
  | sed 's/@.*//' | sort -u)
declare -a TODO=()
for jar in "$ROOT"/app/libs/*.jar; do
  [ -f "$JDEPS_CACHE/$(sha256sum "$jar" | cut -c1-32)" ] || TODO+=("$jar")
done
log "jdeps over the platform's jar and ${#TODO[@]} library jar(s) not seen before"
java "$HERE/ModulesNeeded.java" "${TODO[@]}" "${APP_JARS[@]}" >"$WORK/modules.txt" || fail "jdeps failed"
for jar in "${TODO[@]}"; do
  awk -v j="$jar" '$1 == j {print $2}' "$WORK/modules.txt" >"$JDEPS_CACHE/$(sha256sum "$jar" | cut -c1-32)"
done
NEEDED=$( {
  for jar in "$ROOT"/app/libs/*.jar; do cat "$JDEPS_CACHE/$(sha256sum "$jar" | cut -c1-32)"; done
  for jar in "${APP_JARS[@]}"; do awk -v j="$jar" '$1 == j {print $2}' "$WORK/modules.txt"; done
} | tr ',' '\n' | sed '/^$/d' | sort -u)
MISSING=$(comm -23 <(echo "$NEEDED") <(echo "$HAVE") | paste -sd' ' -)
[ -z "$MISSING" ] || fail "the image's JRE lacks modules its code needs: $MISSING (add them to infra/image/jre-modules.txt)"
log "the JRE has the $(echo "$NEEDED" | wc -l) modules the code needs"

infra/postgres/postgres.sh start
infra/keycloak/keycloak.sh start

# A memory limit as a pod would have, when this machine lets us make a cgroup (v1 or v2).
for base in /sys/fs/cgroup/memory /sys/fs/cgroup/unified /sys/fs/cgroup; do
  dir="$base/eelga-image-test-$$"
  if [ -f "$base/memory.limit_in_bytes" ] && mkdir "$dir" 2>/dev/null; then
    echo "$MEMORY_LIMIT" >"$dir/memory.limit_in_bytes" && CGROUP="$dir" && break
  elif [ -f "$base/cgroup.subtree_control" ] && grep -qw memory "$base/cgroup.subtree_control" 2>/dev/null \
    && mkdir "$dir" 2>/dev/null; then
    echo "$MEMORY_LIMIT" >"$dir/memory.max" && CGROUP="$dir" && break
  fi
  rmdir "$dir" 2>/dev/null || true
done

# The container: read-only root, tmpfs /tmp, new /proc, the host's /dev, /sys, hosts and resolv.conf (as a
# runtime mounts its own), then image.py execs the entrypoint inside it.
# Run it in the background with '&' or in $(...): it replaces its own subshell, so $! is the unshare process, which
# waits for the container's first process (stop that one, as a runtime does; unshare ends with it).
in_container() {
  [ -n "$CGROUP" ] && echo "$BASHPID" >"$CGROUP/cgroup.procs"
  exec unshare --mount --pid --fork --kill-child=SIGTERM --propagation private bash -c '
    set -e
    root=$1; shift
    mount --bind "$root" "$root"
    mount -o remount,bind,ro "$root"
    mount -t tmpfs -o size=256m,mode=1777,nosuid,nodev tmpfs "$root/tmp"
    mount -t proc -o nosuid,noexec,nodev proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    mount --bind -o ro /etc/hosts "$root/etc/hosts"
    mount --bind -o ro /etc/resolv.conf "$root/etc/resolv.conf"
    exec "$@"' bash "$ROOT" "$@"
}

if [ -n "$CGROUP" ]; then
  # The image's JVM flags under the limit: the heap must be sized from the limit, not from the machine.
  FLAGS=()
  for a in "${ENTRYPOINT[@]:1}"; do [[ "$a" == -XX:* ]] && FLAGS+=("$a"); done
  HEAP=$(in_container chroot --userspec=10001:10001 "$ROOT" "${JAVA_IN_ROOT#"$ROOT"}/java" "${FLAGS[@]}" \
    -XshowSettings:vm -version 2>&1 | awk -F': ' '/Max. Heap Size/ {print $2}')
  log "under a 1.5 GiB limit the image's flags give a maximum heap of $HEAP"
  HEAP_MIB=$(echo "$HEAP" | awk '/G$/ {printf "%d", $1 * 1024; next} /M$/ {printf "%d", $1; next} /K$/ {printf "%d", $1 / 1024}')
  [ "${HEAP_MIB:-0}" -ge 900 ] && [ "${HEAP_MIB:-0}" -le 1100 ] \
    || fail "expected a heap of about 1 GiB (65% of 1.5 GiB), got '$HEAP'"
else
  log "no cgroup could be made here: the image runs without a memory limit"
fi

# A new, empty database for the image, as a fresh install would have.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
psql_super() { runuser -u postgres -- "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DATA" -p "$PG_PORT" -U postgres "$@"; }
psql_super -d postgres -c "DROP DATABASE IF EXISTS eelga_image_test" -c "CREATE DATABASE eelga_image_test OWNER eelga_owner"

# What a deployment adds: where the database and Keycloak are, a port, and a writable mail folder in /tmp
# (production sends through SMTP instead).
ENV_DB=("PG_HOST=127.0.0.1" "PG_PORT=$PG_PORT" "PG_DATABASE=eelga_image_test")
log "migrating the empty database with the init container's command"
MIGRATE_START=$(date +%s)
(in_container python3 "$HERE/image.py" exec "$ROOT" "$CONFIG" --command java -cp @/app/jib-classpath-file \
  uk.org.eelga.platform.database.MigrateSchema -- "${ENV_DB[@]}" "PG_OWNER_PASSWORD=$PG_OWNER_PASSWORD") \
  >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; fail "the migration job failed"; }
grep -q "migrations applied" "$WORK/migrate.log" || { cat "$WORK/migrate.log" >&2; fail "the migration job applied nothing"; }
log "$(grep -o 'Database schema at version .*' "$WORK/migrate.log") in $(($(date +%s) - MIGRATE_START)) s"
# Stripe: the local stub, a process of its own on the host (the image shares the host's network).
STRIPE_WEBHOOK_SECRET=whsec_local_stub_secret PORT=$HTTP_PORT infra/stripe-stub/stripe-stub.sh start
ENV_EXTRA=(
  "PORT=$HTTP_PORT" "${ENV_DB[@]}" "PG_APP_PASSWORD=$PG_APP_PASSWORD" "EELGA_DATABASE_MIGRATE_AT_START=false"
  "KEYCLOAK_URL=$KEYCLOAK_URL" "KEYCLOAK_PUBLIC_URL=$KEYCLOAK_PUBLIC_URL"
  "PUBLIC_URL=http://localhost:$HTTP_PORT" "MAIL_FOLDER=/tmp/mail" "STRIPE_STUB=true" "STRIPE_JOBS_ENABLED=false"
  "STRIPE_API_BASE=http://127.0.0.1:$STRIPE_STUB_PORT"
)
log "starting the image's entrypoint (read-only root, /tmp only writable, user $USER_SPEC)"
# Which classes come from the class-data archive: the JVM's class-loading log, in the container's /tmp.
ENV_EXTRA+=("JDK_JAVA_OPTIONS=-Xlog:class+load=info:file=/tmp/class-load.log")
STARTED_MS=$(date +%s%3N)
in_container python3 "$HERE/image.py" exec "$ROOT" "$CONFIG" -- "${ENV_EXTRA[@]}" >"$WORK/app.log" 2>&1 &
RUN_PID=$!
# image.py is read from the host before the chroot; python3 is the host's and is replaced by java at exec.
FIRST_PAGE_MS=""
for _ in $(seq 1 3000); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/accessibility" 2>/dev/null)" = 200 ]; then
    FIRST_PAGE_MS=$(($(date +%s%3N) - STARTED_MS))
    break
  fi
  kill -0 "$RUN_PID" 2>/dev/null || fail "the image's platform stopped"
  sleep 0.05
done
[ -n "$FIRST_PAGE_MS" ] || fail "the image served no page within 150 s"
if ! wait_for_http "http://127.0.0.1:$HTTP_PORT/health" 60; then
  fail "the image did not answer /health within 60 s of its first page"
fi
curl -fsS "http://127.0.0.1:$HTTP_PORT/health" | grep -q '"UP"' || fail "/health is not UP"
for p in $(pgrep -x java); do
  if [ "$(readlink "/proc/$p/root")" = "$ROOT" ]; then JAVA_PID=$p; break; fi
done
[ -n "$JAVA_PID" ] || fail "cannot find the image's java process"
[ "$(awk '/^Uid:/ {print $2}' "/proc/$JAVA_PID/status")" = 10001 ] || fail "the platform does not run as uid 10001"
[ "$(awk '/^Groups:/ {print NF - 1}' "/proc/$JAVA_PID/status")" = 0 ] || fail "the platform has supplementary groups"
grep -q " / ro," <(awk '$5 == "/" {print " " $5 " " $6 ","}' "/proc/$JAVA_PID/mountinfo") \
  || fail "the platform's root file system is not read-only"
[ "$(readlink "/proc/$JAVA_PID/cwd")" = "$ROOT$WORKDIR" ] || fail "the platform does not run in $WORKDIR"
# The paths the Kubernetes probes use (infra/k8s/base/platform.yaml); the kubelet only looks at the status code.
# Liveness has no indicator of its own (its body says UNKNOWN): a 2xx means the JVM and Jetty answer.
for probe in /health/liveness /health/readiness; do
  curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT$probe" || fail "probe $probe does not answer 2xx"
done
curl -fsS "http://127.0.0.1:$HTTP_PORT/health/readiness" | grep -q '"UP"' || fail "/health/readiness is not UP"
curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/api/openapi.yml" || fail "no OpenAPI document"
curl -fsS "http://127.0.0.1:$HTTP_PORT/" | grep -qi '<html' || fail "no page at /"
if [ -n "$CGROUP" ]; then
  grep -qx "$JAVA_PID" "$CGROUP/cgroup.procs" || fail "the platform does not run under the memory limit"
fi
log "the image answers /health UP, serves pages and the API document, as uid 10001 on a read-only root"
# The class-data archive must serve the start: mapped, and holding most of the classes loaded up to the first page
# (fewer means infra/image/class-list.txt is old: run infra/image/class-list.sh).
CLASS_LOG="/proc/$JAVA_PID/root/tmp/class-load.log"
[ -f "$CLASS_LOG" ] || fail "no class-loading log in the container"
LOADED=$(grep -c 'source: ' "$CLASS_LOG" || true)
SHARED=$(grep -c 'source: shared objects file' "$CLASS_LOG" || true)
SHARE_PERCENT=$((SHARED * 100 / (LOADED > 0 ? LOADED : 1)))
log "first page ${FIRST_PAGE_MS} ms after the container started; $SHARED of $LOADED classes loaded (${SHARE_PERCENT}%) came from the class-data archive"
[ "$SHARE_PERCENT" -ge 80 ] \
  || fail "only ${SHARE_PERCENT}% of the classes loaded came from the class-data archive (run infra/image/class-list.sh)"

# As a runtime stops a container: SIGTERM to its first process (the JVM, PID 1 of its namespace).
kill -TERM "$JAVA_PID"
for _ in $(seq 1 30); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 1; done
kill -0 "$RUN_PID" 2>/dev/null && fail "the platform did not stop within 30 s of SIGTERM"
wait "$RUN_PID" 2>/dev/null || true
RUN_PID=""
kill -0 "$JAVA_PID" 2>/dev/null && fail "the platform's process outlived its container"
if grep -q -E 'Read-only file system|AccessDeniedException' "$WORK/app.log"; then
  grep -E 'Read-only file system|AccessDeniedException' "$WORK/app.log" | head -5 >&2
  fail "the platform tried to write outside /tmp"
fi
cp "$WORK/app.log" "$EELGA_ROOT/app/target/image-test.log"
echo "image test: 1 passed, 0 failed ($(($(date +%s) - START)) s)"
