#!/usr/bin/env bash
# A local SMTP server (GreenMail standalone from Maven Central) for the demo: Keycloak's invitation emails and
# the platform's MailSender both deliver to 127.0.0.1:$SMTP_PORT; read them in GreenMail's web page on
# $MAIL_UI_PORT. Tests do not use this: they start GreenMail inside their own JVM on the same port.
#   greenmail.sh start | stop
source "$(dirname "$0")/../lib/common.sh"

GREENMAIL_VERSION="${GREENMAIL_VERSION:-2.1.3}"
JAR="$EELGA_STATE/greenmail-standalone-$GREENMAIL_VERSION.jar"
PID_FILE="$EELGA_STATE/greenmail.pid"

start() {
  if port_open "$SMTP_PORT"; then
    log "an SMTP server is already listening on $SMTP_PORT"
    return 0
  fi
  mkdir -p "$EELGA_STATE"
  if [ ! -f "$JAR" ]; then
    log "fetching GreenMail $GREENMAIL_VERSION from Maven Central (once)"
    mvn -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
      -DoutputDirectory="$EELGA_STATE" >&2
  fi
  setsid java -Xmx96m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_UI_PORT" \
    -Dgreenmail.auth.disabled -Dgreenmail.verbose=false -jar "$JAR" \
    >"$EELGA_STATE/greenmail.log" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 30); do port_open "$SMTP_PORT" && break; sleep 1; done
  port_open "$SMTP_PORT" || die "GreenMail did not start; see $EELGA_STATE/greenmail.log"
  log "mail: SMTP on 127.0.0.1:$SMTP_PORT, messages at http://127.0.0.1:$MAIL_UI_PORT"
}

stop() {
  [ -f "$PID_FILE" ] || return 0
  kill "$(cat "$PID_FILE")" 2>/dev/null || true
  rm -f "$PID_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) die "usage: $0 start|stop" ;;
esac
