#!/usr/bin/env bash
# Start-up time of the platform (issue 13: under 5 s to the first page with the schema already migrated).
#
# Starts the platform RUNS times and prints, for each start, the milliseconds from starting the JVM to the first page
# (GET /accessibility, a Vaadin page anyone may open, answered 200) and where the time went, then the medians:
#   jvm->main     the JVM's own start and loading the launcher's classes, up to Application.main (JVM uptime)
#   context       Micronaut's bean context and server up to "Startup completed" (includes the two below)
#   schema        Flyway's check of the schema (validate; nothing pending), from its own log line
#   vaadin        Vaadin's servlet initialisers (the class scan for routes, error views, lookups)
#   started       JVM uptime when the server answered (the platform's "Platform started ... ms" line)
#   page          process start to the first page's 200 (what a person waits for; includes the page's first render)
# The start measured is the production one: the production jar alone (no demo jar, no demo data), the image's JVM
# flags sized for its 1.5 GiB container (heap 1000m), against a database whose schema is already migrated (created
# and migrated by a first start that is not counted). Keycloak need not run: nothing at start talks to it.
#
# Usage: bench/startup.sh [--runs N] [--database NAME] [--demo] [--no-migrate] [--cds] [--once] [VAR=value ...]
#   --demo        as infra/run.sh starts it: the demo jar beside the production jar, EELGA_DEMO_DATA=true
#                 (database eelga_bench by default)
#   --no-migrate  EELGA_DATABASE_MIGRATE_AT_START=false, as the cluster's and the single machine's production start
#                 (docs/deploy.md: the migration job migrates first); the default checks the schema with Flyway
#   --cds         the JVM's class-data sharing for the platform's classes (AppCDS): an uncounted start writes an
#                 archive of the classes it loaded (-XX:ArchiveClassesAtExit), the counted starts map it
#   --image-app DIR  the image's class path (its /app unpacked at DIR) instead of the jar
#   --once        one counted start, no preparation (database and archive must exist): prints one result line;
#                 for pairing two variants start by start (A B A B ...) with a benchmark runner
#   VAR=value     extra environment for the platform (e.g. EELGA_VAADIN_SCAN=full)
# JAVA_OPTS_EXTRA adds JVM flags; PLATFORM_JAR times another build of the jar. Export your checkout's PG_PORT (and TEST_PORT: the platform listens there).
source "$(dirname "$0")/../infra/lib/common.sh"
source "$(dirname "$0")/lib.sh"
cd "$EELGA_ROOT"
[ -n "${PG_PORT:-}" ] || die "export PG_PORT (your checkout's) first"

RUNS=5
DATABASE=""
DEMO=false
MIGRATE=true
CDS=false
ONCE=false
while [ $# -gt 0 ]; do
  case "$1" in
    --cds) CDS=true; shift ;;
    --demo) DEMO=true; shift ;;
    --no-migrate) MIGRATE=false; shift ;;
    --once) ONCE=true; shift ;;
    --runs) RUNS=$2; shift 2 ;;
    --database) DATABASE=$2; shift 2 ;;
    --image-app) IMAGE_APP=$2; shift 2 ;;
    -*) die "unknown option $1" ;;
    *) break ;;
  esac
done
if [ -z "$DATABASE" ]; then
  if $DEMO; then DATABASE=eelga_bench; else DATABASE=eelga_startup; fi
fi
JAR="${PLATFORM_JAR:-$EELGA_ROOT/app/target/eelga-platform.jar}"
[ -f "$JAR" ] || die "build the jar first: mvn -B -q -DskipTests package -pl app -am"
CLASS_PATH="$JAR"
if [ -n "${IMAGE_APP:-}" ]; then
  # the image's own layout (Jib's packaged mode: the platform's jar in classpath/, one jar per library), unpacked
  # (python3 infra/image/image.py unpack app/target/eelga-platform-image.tar DIR; then DIR/app)
  [ -f "$IMAGE_APP/jib-classpath-file" ] || die "no jib-classpath-file in $IMAGE_APP"
  CLASS_PATH=$(sed "s|/app/|$IMAGE_APP/|g" "$IMAGE_APP/jib-classpath-file")
fi
$DEMO && CLASS_PATH="$CLASS_PATH:$EELGA_ROOT/infra/demo/target/eelga-demo.jar"
STATE="$BENCH_STATE/startup-$DATABASE"
ARCHIVE="$STATE/platform-cds.jsa"
# The image's JVM flags (app/pom.xml, Jib's jvmFlags) with the heap its 1.5 GiB container gets (65%).
JAVA_FLAGS=(-Xmx1000m -Xms384m -XX:+UseG1GC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m
  -XX:MaxDirectMemorySize=128m -Xss512k -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8 -Djava.awt.headless=true
  -Dvaadin.productionMode=true)
# shellcheck disable=SC2206
[ -n "${JAVA_OPTS_EXTRA:-}" ] && JAVA_FLAGS+=($JAVA_OPTS_EXTRA)

now_ms() { date +%s%3N; }

# one_start LOG [extra java flags...] -- [VAR=value...]: prints "<first page ms> <log file>"
one_start() {
  local log=$1 started page="" pid code
  shift
  local flags=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do flags+=("$1"); shift; done
  [ "${1:-}" = -- ] && shift
  port_open "$BENCH_PORT" && die "port $BENCH_PORT is taken"
  started=$(now_ms)
  (
    cd "$STATE"
    export PORT="$BENCH_PORT" PUBLIC_URL="$BENCH_URL" PG_PORT PG_DATABASE="$DATABASE" KEYCLOAK_URL \
      KEYCLOAK_PUBLIC_URL EELGA_DEMO_DATA="$DEMO" EELGA_DATABASE_MIGRATE_AT_START="$MIGRATE" \
      MAIL_FOLDER="$STATE/mail" SMTP_HOST="" STRIPE_STUB=true STRIPE_WEBHOOK_SECRET=whsec_local_stub_secret \
      STRIPE_API_BASE="http://127.0.0.1:${STRIPE_STUB_PORT:-12111}" STRIPE_JOBS_ENABLED=false
    for assignment in "$@"; do export "${assignment?}"; done
    exec java "${JAVA_FLAGS[@]}" "${flags[@]}" -cp "$CLASS_PATH" uk.org.eelga.platform.Application
  ) >"$log" 2>&1 &
  pid=$!
  # cheap polls (no process per poll) until Jetty listens, then the page itself
  for _ in $(seq 1 3000); do
    if port_open "$BENCH_PORT"; then
      code=$(curl -s -o /dev/null -w '%{http_code}' "$BENCH_URL/accessibility" 2>/dev/null || true)
      if [ "$code" = 200 ]; then page=$(($(now_ms) - started)); break; fi
    fi
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; die "the platform stopped"; }
    sleep 0.02
  done
  # the JVM's own CPU time (user + system) up to the first page: far less noisy than the wall time on a busy machine
  local cpu=-1
  [ -n "$page" ] && cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  # the platform's own figures are logged when Micronaut's start returns, a little after the first page
  for _ in $(seq 1 300); do
    grep -q "Platform started" "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ "${WAIT_DEMO:-false}" = true ] && $DEMO; then
    # the demo data is checked (on a first start loaded) in the background after the first page: let it finish
    for _ in $(seq 1 120); do
      grep -q "Demo data checked\|Demo data could not be loaded" "$log" && break
      sleep 5
    done
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$page" ] || die "no first page within 60 s (see $log)"
  echo "$page $cpu $log"
}

# phases PAGE_MS CPU_MS LOG: one result line from the platform's own log lines
phases() {
  python3 - "$1" "$2" "$3" <<'PY'
import re, sys
page, cpu, log = int(sys.argv[1]), int(sys.argv[2]), open(sys.argv[3], encoding="utf-8", errors="replace").read()
def num(pattern):
    m = re.search(pattern, log)
    return int(m.group(1)) if m else -1
started = num(r"Platform started (\d+) ms after the JVM started")
main = num(r"main\(\) reached after (\d+) ms")
context = num(r"Startup completed in (\d+)ms")
schema = num(r"Database schema at version .* in (\d+) ms")
vaadin = num(r"Vaadin initialised in (\d+) ms")
waited = num(r"waited (\d+) ms for them")
print(f"page {page} cpu {cpu} started {started} jvm->main {main} context {context} schema {schema} vaadin {vaadin} vaadin-waited {waited}")
PY
}

mkdir -p "$STATE/mail"
if $ONCE; then
  if $CDS; then
    [ -f "$ARCHIVE" ] || die "no class-data archive at $ARCHIVE: run bench/startup.sh --cds --runs 1 first"
    read -r page cpu log < <(one_start "$STATE/once.log" -XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto -- "$@")
  else
    read -r page cpu log < <(one_start "$STATE/once.log" -- "$@")
  fi
  phases "$page" "$cpu" "$log"
  exit 0
fi

bench_database "$DATABASE"
log "first start (migrates $DATABASE if needed; not counted)"
MIGRATE_WANTED=$MIGRATE
MIGRATE=true
WAIT_DEMO=true one_start "$STATE/first.log" -- "$@" >/dev/null
MIGRATE=$MIGRATE_WANTED
CDS_FLAGS=()
if $CDS; then
  rm -f "$ARCHIVE"
  log "a start that writes the class-data archive $ARCHIVE (not counted)"
  one_start "$STATE/archive.log" -XX:ArchiveClassesAtExit="$ARCHIVE" -- "$@" >/dev/null
  [ -f "$ARCHIVE" ] || die "no class-data archive was written (see $STATE/archive.log)"
  CDS_FLAGS=(-XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto)
fi
log "java ${JAVA_FLAGS[*]} ${CDS_FLAGS[*]} (migrate at start: $MIGRATE, demo: $DEMO, database $DATABASE)"
RESULTS="$STATE/results.txt"
: >"$RESULTS"
for ((i = 1; i <= RUNS; i++)); do
  read -r page cpu log < <(one_start "$STATE/run-$i.log" "${CDS_FLAGS[@]}" -- "$@")
  line=$(phases "$page" "$cpu" "$log")
  echo "$line" >>"$RESULTS"
  log "start $i: $line (load average $(cut -d' ' -f1-3 /proc/loadavg))"
done
python3 - "$RESULTS" "$RUNS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
names = rows[0][0::2]
medians = {n: statistics.median(int(r[2 * i + 1]) for r in rows) for i, n in enumerate(names)}
print(f"median of {sys.argv[2]} starts (ms): " + ", ".join(f"{n} {int(v)}" for n, v in medians.items()))
PY
