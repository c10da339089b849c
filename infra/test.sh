#!/usr/bin/env bash
# Command 2: runs the whole test suite (unit, integration, architecture, browserless and real-browser
# end-to-end tests) against real PostgreSQL, Keycloak and Chromium that this script starts, and stops what it
# started when done.
source "$(dirname "$0")/lib/common.sh"
cd "$EELGA_ROOT"

PG_WAS_RUNNING=false
KC_WAS_RUNNING=false
port_open "$PG_PORT" && PG_WAS_RUNNING=true
port_open "$KEYCLOAK_PORT" && KC_WAS_RUNNING=true
cleanup() {
  $KC_WAS_RUNNING || infra/keycloak/keycloak.sh stop || true
  $PG_WAS_RUNNING || infra/postgres/postgres.sh stop || true
}
trap cleanup EXIT INT TERM

# The end-to-end tests drive Debian's Chromium (Playwright never downloads a browser here).
if [ ! -x /usr/bin/chromium ]; then
  [ "$(id -u)" = 0 ] || die "Chromium is needed for the end-to-end tests: sudo apt-get install -y chromium"
  log "installing Chromium from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi

# The tests run their own GreenMail on SMTP_PORT, where Keycloak's realm sends invitations.
if port_open "$SMTP_PORT"; then
  die "port $SMTP_PORT (SMTP for the tests) is taken, probably by the run command's GreenMail: stop infra/run.sh first"
fi

infra/postgres/postgres.sh start
# the test platform listens on TEST_PORT: Keycloak must allow it as the platform's redirect URI
PUBLIC_URL="http://localhost:${TEST_PORT:-18080}" infra/keycloak/keycloak.sh start

export PG_PORT KEYCLOAK_URL KEYCLOAK_PUBLIC_URL
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CHROMIUM_PATH=/usr/bin/chromium
mvn -B verify "$@"
