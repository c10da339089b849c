#!/usr/bin/env bash
# Fetches Keycloak from Maven Central (org.keycloak:keycloak-quarkus-dist), imports the demo realm and runs it
# on 127.0.0.1.
#   keycloak.sh start   start in the background and wait until the realm answers
#   keycloak.sh stop
source "$(dirname "$0")/../lib/common.sh"

REALM_FILE="$EELGA_ROOT/infra/keycloak/eelga-realm.json"
# A second realm standing in for a council's own identity provider (Entra ID in real life).
COUNCIL_IDP_REALM_FILE="$EELGA_ROOT/infra/keycloak/demo-council-idp-realm.json"
PID_FILE="$EELGA_STATE/keycloak.pid"
LOG_FILE="$EELGA_STATE/keycloak.log"

install() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  mkdir -p "$EELGA_STATE"
  log "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once)"
  mvn -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$EELGA_STATE" -Dmdep.overWriteIfNewer=true >&2
  unzip -q -o "$EELGA_STATE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$EELGA_STATE"
  rm -f "$EELGA_STATE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  chmod +x "$KEYCLOAK_HOME"/bin/*.sh
}

# Keycloak imports a realm only when it does not exist yet; when a realm file changes, start from a clean
# dev database so the file stays the single source of the demo realm.
prepare_import() {
  local hash old
  hash=$(cat "$REALM_FILE" "$COUNCIL_IDP_REALM_FILE" | sha256sum | cut -d' ' -f1)
  old=$(cat "$EELGA_STATE/realm.sha256" 2>/dev/null || true)
  if [ "$hash" != "$old" ]; then
    [ -n "$old" ] && log "realm file changed: resetting Keycloak's dev database"
    rm -rf "$KEYCLOAK_HOME/data/h2"
    echo "$hash" >"$EELGA_STATE/realm.sha256"
  fi
  rm -rf "$KEYCLOAK_HOME/data/import"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/eelga-realm.json"
  cp "$COUNCIL_IDP_REALM_FILE" "$KEYCLOAK_HOME/data/import/demo-council-idp-realm.json"
  # the EELGA sign-in pages (the realm's loginTheme), fresh from the source folder at every start
  rm -rf "$KEYCLOAK_HOME/themes/eelga"
  cp -r "$EELGA_ROOT/infra/keycloak/themes/eelga" "$KEYCLOAK_HOME/themes/eelga"
  # Keycloak keeps gzipped copies of theme files under data/tmp, keyed by its own version only, and serves them to
  # every browser (which asks for gzip) even after the theme changed: a changed eelga.css reached curl but not
  # Chromium. Drop them so the browser gets the theme just copied.
  rm -rf "$KEYCLOAK_HOME/data/tmp/kc-gzip-cache"
}

# The platform's sign-in, sign-out and invitation links come back to PUBLIC_URL (derived from PORT, or TEST_PORT for
# the tests): allow it as a redirect URI of the platform's client, beside what the realm already allows. Uses
# Keycloak's bootstrap admin through its own admin CLI (local development only).
allow_platform_url() {
  local url="${PUBLIC_URL:-}" kc="$KEYCLOAK_HOME/bin/kcadm.sh" cfg="$EELGA_STATE/kcadm-$KEYCLOAK_PORT.config"
  local id json uris logout
  [ -n "$url" ] || return 0
  url="${url%/}"
  "$kc" config credentials --server "$KEYCLOAK_URL" --realm master --config "$cfg" \
    --user "${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" --password "${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" >/dev/null \
    || die "cannot sign in to Keycloak's admin CLI to allow $url"
  id=$("$kc" get clients -r eelga -q clientId=eelga-platform --fields id --format csv --noquotes --config "$cfg")
  json=$("$kc" get "clients/$id" -r eelga --fields 'redirectUris,attributes(post.logout.redirect.uris)' --config "$cfg")
  if grep '"redirectUris"' <<<"$json" | grep -qF "\"$url/*\""; then
    return 0
  fi
  uris=$(grep '"redirectUris"' <<<"$json" | sed 's/.*\[\(.*\)\].*/\1/' | tr -d ' ')
  logout=$(sed -n 's/.*"post.logout.redirect.uris" : "\(.*\)".*/\1/p' <<<"$json")
  "$kc" update "clients/$id" -r eelga --config "$cfg" \
    -s "redirectUris=[${uris:+$uris,}\"$url/*\"]" \
    -s "attributes.\"post.logout.redirect.uris\"=${logout:+$logout##}$url/*"
  log "Keycloak lets the platform at $url sign people in"
}

start() {
  if wait_for_http "$KEYCLOAK_URL/realms/eelga/.well-known/openid-configuration" 1; then
    log "Keycloak already running on port $KEYCLOAK_PORT"
    allow_platform_url
    return 0
  fi
  port_open "$KEYCLOAK_PORT" && die "port $KEYCLOAK_PORT is taken by something that is not our Keycloak"
  install
  prepare_import
  log "starting Keycloak on $KEYCLOAK_URL (25-45 s)"
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="-XX:MaxRAMPercentage=10" \
    setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm \
      --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --hostname="$KEYCLOAK_PUBLIC_URL" \
      --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true \
      >"$LOG_FILE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  if ! wait_for_http "$KEYCLOAK_URL/realms/eelga/.well-known/openid-configuration" 180; then
    tail -n 40 "$LOG_FILE" >&2
    die "Keycloak did not become ready; full log: $LOG_FILE"
  fi
  log "Keycloak ready"
  allow_platform_url
}

stop() {
  [ -f "$PID_FILE" ] || return 0
  local pid
  pid=$(cat "$PID_FILE")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping Keycloak"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  install) install ;;
  *) die "usage: $0 start|stop|install" ;;
esac
