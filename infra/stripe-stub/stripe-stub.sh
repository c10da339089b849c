#!/usr/bin/env bash
# The local Stripe stub (module infra/stripe-stub, built by Maven into target/stripe-stub.jar) as a process of its
# own, for the run command and the image and restore tests: it answers like Stripe's API on
# 127.0.0.1:$STRIPE_STUB_PORT (the platform's STRIPE_API_BASE) and sends Stripe's signed webhooks to the platform
# on $PORT with $STRIPE_WEBHOOK_SECRET. The test suite starts the same stub inside its own JVM instead.
#   stripe-stub.sh start | stop
source "$(dirname "$0")/../lib/common.sh"

JAR="$EELGA_ROOT/infra/stripe-stub/target/stripe-stub.jar"
PID_FILE="$EELGA_STATE/stripe-stub-$STRIPE_STUB_PORT.pid"

start() {
  if port_open "$STRIPE_STUB_PORT"; then
    die "port $STRIPE_STUB_PORT (the Stripe stub) is taken; set STRIPE_STUB_PORT to a free one"
  fi
  [ -f "$JAR" ] || die "no $JAR: build first (mvn -B -DskipTests package)"
  : "${STRIPE_WEBHOOK_SECRET:?the webhook signing secret the platform checks}"
  mkdir -p "$EELGA_STATE"
  STRIPE_STUB_PORT="$STRIPE_STUB_PORT" STRIPE_WEBHOOK_SECRET="$STRIPE_WEBHOOK_SECRET" \
    STRIPE_STUB_WEBHOOK_URL="http://127.0.0.1:${PORT:-8080}/api/v1/stripe/webhook" \
    setsid java -Xmx64m -jar "$JAR" >"$EELGA_STATE/stripe-stub.log" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 30); do port_open "$STRIPE_STUB_PORT" && break; sleep 1; done
  port_open "$STRIPE_STUB_PORT" || die "the Stripe stub did not start; see $EELGA_STATE/stripe-stub.log"
  log "Stripe stub at http://127.0.0.1:$STRIPE_STUB_PORT, webhooks to the platform on port ${PORT:-8080}"
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
