#!/usr/bin/env bash
# Command 1: runs the whole platform locally. Starts PostgreSQL and Keycloak (installing or fetching them the
# first time), builds and starts the platform, and prints where to go and how to sign in. Ctrl-C stops
# everything it started.
#   infra/run.sh          production mode (the pre-built frontend bundle)
#   infra/run.sh --dev    Vaadin development mode (dev tools in the page, Vaadin's pre-compiled dev bundle)
#   infra/run.sh --fresh  first forgets the demo's changes (database and Keycloak together, so they agree)
source "$(dirname "$0")/lib/common.sh"
cd "$EELGA_ROOT"

DEV=false
FRESH=false
for arg in "$@"; do
  case "$arg" in
    --dev) DEV=true ;;
    --fresh) FRESH=true ;;
    *) die "unknown option $arg (use --dev and/or --fresh)" ;;
  esac
done
if $FRESH; then
  if port_open "$PG_PORT" || port_open "$KEYCLOAK_PORT"; then
    die "--fresh needs PostgreSQL and Keycloak stopped first (another run or test is using them)"
  fi
  log "forgetting the demo's changes: a new database cluster and Keycloak's realms imported again"
  rm -rf "$PG_DATA" "$KEYCLOAK_HOME/data/h2" "$EELGA_STATE/realm.sha256"
fi

APP_PID=""
PG_WAS_RUNNING=false
KC_WAS_RUNNING=false
port_open "$PG_PORT" && PG_WAS_RUNNING=true
port_open "$KEYCLOAK_PORT" && KC_WAS_RUNNING=true

cleanup() {
  trap - EXIT INT TERM
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the platform"
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  infra/stripe-stub/stripe-stub.sh stop || true
  infra/mail/greenmail.sh stop || true
  $KC_WAS_RUNNING || infra/keycloak/keycloak.sh stop || true
  $PG_WAS_RUNNING || infra/postgres/postgres.sh stop || true
}
trap cleanup EXIT INT TERM

export PORT="${PORT:-8080}"
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:$PORT}"
infra/postgres/postgres.sh start
infra/mail/greenmail.sh start
infra/keycloak/keycloak.sh start   # also allows PUBLIC_URL as the platform's redirect URI

log "building the platform (Maven)"
mvn -B -q -DskipTests package

export PG_PORT KEYCLOAK_URL KEYCLOAK_PUBLIC_URL SMTP_HOST SMTP_PORT
# The local GreenMail speaks plain SMTP on loopback (a real relay: STARTTLS and an account, see docs/deploy.md).
export SMTP_SECURITY="${SMTP_SECURITY:-none}"
# Demo records for all 52 councils (meetings, attendance, events...) are loaded once, on the first start.
export EELGA_DEMO_DATA="${EELGA_DEMO_DATA:-true}"
# Who the accessibility statement names for feedback (set the association's own where it is installed).
export EELGA_CONTACT_EMAIL="${EELGA_CONTACT_EMAIL:-member-services@eelga.demo}"
# Without an SMTP server, the platform writes each email it sends as an .eml file here.
export MAIL_FOLDER="${MAIL_FOLDER:-$EELGA_STATE/mail}"
# Without a Stripe key the local Stripe stub stands in (a process of its own, switched on explicitly; production
# refuses it): the platform talks to it as to Stripe and it sends its signed webhooks back, as Stripe would.
if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  export STRIPE_STUB="${STRIPE_STUB:-true}"
  export STRIPE_WEBHOOK_SECRET="${STRIPE_WEBHOOK_SECRET:-whsec_local_stub_secret}"
  infra/stripe-stub/stripe-stub.sh start
  export STRIPE_API_BASE="http://127.0.0.1:$STRIPE_STUB_PORT"
fi
VAADIN_MODE=()
$DEV && VAADIN_MODE=(-Dvaadin.productionMode=false)
# Vaadin's development mode writes generated files into its working directory: keep them out of the sources.
mkdir -p "$EELGA_STATE/run"
# The production jar, and beside it the demo's (records and loaders; never in the production jar or image).
CLASS_PATH="$EELGA_ROOT/app/target/eelga-platform.jar:$EELGA_ROOT/infra/demo/target/eelga-demo.jar"
# Class-data sharing: the first run writes an archive of the classes the platform loaded when it stops (Ctrl-C), later
# runs map it (about 40% less CPU to the first page; bench/README.md, "Start-up"). The JVM accepts an archive only
# for the same jars (path, size, time) and rebuilds rewrite them, so a jar whose content is unchanged gets back the
# time the archive was written with; a changed one gets a new archive. EELGA_CDS=false leaves it out.
CDS_FLAGS=()
if [ "${EELGA_CDS:-true}" = true ]; then
  CDS_ARCHIVE="$EELGA_STATE/run/platform.jsa"
  CDS_STAMP="$EELGA_STATE/run/platform.jsa.jars"
  jars_content() {
    { java -version 2>&1; echo "$DEV"; for jar in ${CLASS_PATH//:/ }; do unzip -p "$jar" | sha256sum; done; } | sha256sum | cut -c1-32
  }
  content=$(jars_content)
  if [ -f "$CDS_ARCHIVE" ] && [ -f "$CDS_STAMP" ] && [ "$(head -n 1 "$CDS_STAMP")" = "$content" ]; then
    tail -n +2 "$CDS_STAMP" | while read -r jar time; do touch -m -d "@$time" "$jar"; done
    CDS_FLAGS=(-XX:SharedArchiveFile="$CDS_ARCHIVE" -Xshare:auto)
  else
    rm -f "$CDS_ARCHIVE"
    { echo "$content"; for jar in ${CLASS_PATH//:/ }; do echo "$jar $(stat -c %Y "$jar")"; done; } >"$CDS_STAMP"
    # (its warnings about the classes it cannot keep, such as generated accessors, say nothing to act on)
    CDS_FLAGS=(-XX:ArchiveClassesAtExit="$CDS_ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off)
    log "this run writes a class-data archive when it stops: the next runs start faster"
  fi
fi
(cd "$EELGA_STATE/run" && exec java -XX:+UseG1GC -XX:MaxGCPauseMillis=20 "${CDS_FLAGS[@]}" ${JAVA_OPTS:-} "${VAADIN_MODE[@]}" -cp "$CLASS_PATH" uk.org.eelga.platform.Application) &
APP_PID=$!
if ! wait_for_http "http://127.0.0.1:$PORT/health" 120; then
  die "the platform did not start; see the output above"
fi

cat <<INFO

  The EELGA member platform is running at  $PUBLIC_URL
  REST API: $PUBLIC_URL/api/v1   OpenAPI: $PUBLIC_URL/api/openapi.yml   Health: $PUBLIC_URL/health

  Demo sign-ins (password for all: eelga-demo)
    officer@norwich.demo   leader@norwich.demo   admin@norwich.demo      Norwich City Council
    officer@cambridge.demo leader@cambridge.demo admin@cambridge.demo    Cambridge City Council
    officer@essex.demo     leader@essex.demo     admin@essex.demo        Essex County Council
    officer@ipswich.demo   leader@ipswich.demo   admin@ipswich.demo      Ipswich Borough Council
    staff@eelga.demo (association staff)   admin@eelga.demo (association admin)
    unlinked@nowhere.demo (belongs to no council: shows the refusal page)

  Emails (invitations): http://127.0.0.1:$MAIL_UI_PORT (GreenMail; SMTP 127.0.0.1:$SMTP_PORT)

  Press Ctrl-C to stop the platform, Keycloak and PostgreSQL.

INFO
wait "$APP_PID"
