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
infra/postgres/postgres.sh reset-test
# the test platform listens on TEST_PORT: Keycloak must allow it as the platform's redirect URI
PUBLIC_URL="http://localhost:${TEST_PORT:-18080}" infra/keycloak/keycloak.sh start

export PG_PORT KEYCLOAK_URL KEYCLOAK_PUBLIC_URL
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CHROMIUM_PATH=/usr/bin/chromium

# The whole suite (no arguments) also builds the container image and runs the image and restore tests; they need
# root (namespaces, chroot, the cluster's superuser), as CI has. A run with arguments (one test) skips them.
WHOLE=false
[ $# = 0 ] && [ "$(id -u)" = 0 ] && WHOLE=true
IMAGE_ARGS=()
if $WHOLE; then
  # Our own base image (minimal Debian + jlinked JRE), built once and cached; Jib builds the image at 'package'.
  BASE_TAR=$(infra/image/build.sh --base-only | tail -n 1)
  IMAGE_ARGS=(-Pimage "-Deelga.image.base=tar://$BASE_TAR" -Djib.disableUpdateChecks=true
    "-Djib.baseImageCache=${EELGA_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/eelga-image}/jib")
fi
mvn -B verify "${IMAGE_ARGS[@]}" "$@"
if $WHOLE; then
  infra/image/cds.sh
  infra/image/test-image.sh
  infra/backup/test-restore.sh
elif [ $# = 0 ]; then
  log "not root: the image test and the restore test were skipped (infra/image/test-image.sh, infra/backup/test-restore.sh)"
fi
