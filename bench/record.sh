#!/usr/bin/env bash
# Records what Debian's Chromium really sends and receives (Playwright, headless) while a person signs in through
# Keycloak, opens pages from the side menu, changes the year and quarter on "Our engagement" and clicks a button:
# one JSON object per request and response, with a marker line before each step. The HTTP driver
# (bench/src/main/java/uk/org/eelga/bench/vaadin) is built to match these; after a Vaadin upgrade, record again,
# compare with bench/PROTOCOL.md, and refresh the test recording (see bench/README.md).
#
#   bench/record.sh [--user leader@norwich.demo] [--out bench/target/recording.jsonl] [--url URL]
# Refuse to fall back on common.sh's default ports: on a shared machine they are another checkout's services.
if [ -z "${PG_PORT:-}" ] || [ -z "${KEYCLOAK_PORT:-}" ] || [ -z "${KEYCLOAK_MANAGEMENT_PORT:-}" ]; then
  echo "export your checkout's PG_PORT, KEYCLOAK_PORT and KEYCLOAK_MANAGEMENT_PORT first (see bench/README.md)" >&2
  exit 2
fi
source "$(dirname "$0")/../infra/lib/common.sh"
source "$(dirname "$0")/lib.sh"
cd "$EELGA_ROOT"

URL=""
USER_NAME=leader@norwich.demo
OUT="$BENCH_DIR/target/recording.jsonl"
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL=$2; shift 2 ;;
    --user) USER_NAME=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done

trap bench_cleanup EXIT INT TERM
bench_build
mvn -B -q -f "$BENCH_DIR/pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$BENCH_DIR/target/test-classpath.txt" >&2
if [ -z "$URL" ]; then
  bench_postgres
  bench_database eelga_bench
  bench_keycloak
  bench_platform eelga_bench STRIPE_JOBS_ENABLED=false
  URL=$BENCH_URL
fi
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$BENCH_DIR/target/test-classes:$(cat "$BENCH_DIR/target/test-classpath.txt")" \
  uk.org.eelga.bench.record.ProtocolRecorder --url "$URL" --user "$USER_NAME" --out "$OUT"
