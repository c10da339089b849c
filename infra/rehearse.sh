#!/usr/bin/env bash
# The production rehearsal on this machine (issue 17, point 4). Not part of the test suite; takes about 10 minutes.
#
#   export PG_PORT=... KEYCLOAK_PORT=... KEYCLOAK_MANAGEMENT_PORT=... TEST_PORT=...   (your checkout's ports)
#   infra/rehearse.sh [--keep]        # --keep leaves everything running at the end (stop with --stop)
#   infra/rehearse.sh --stop
#
# What it starts, all on 127.0.0.1 and on ports REHEARSE_PORT_BASE (default TEST_PORT + 100) to BASE + 11, with its
# state in /tmp/eelga-rehearse-BASE (made afresh; secrets generated, nothing from the repository's defaults):
#   - a PostgreSQL cluster of its own (platform database "eelga", Keycloak's database "keycloak", its own roles);
#   - Keycloak in production mode (kc.sh build + start --optimized, a copy of the local distribution) on that
#     database, the production realm (infra/k8s/make-realm-import.py: no demo users, no direct-grant client)
#     imported, behind nginx with TLS;
#   - the Stripe stub and the SMTP sink (STARTTLS + account), Stripe behind nginx with TLS;
#   - two platform nodes from app/target/eelga-platform.jar with EELGA_ENV=production (the production safety
#     checks pass or the node refuses to start), JSON logs, metrics on their management ports;
#   - nginx (the Debian package; installed if missing) in front: TLS with a self-signed certificate made here,
#     security headers, sticky sessions by a cookie hash.
# Then: the officer's and the staff's journeys through nginx (the bench harness's HTTP-level Vaadin client signing
# in through Keycloak's real form), a load of simulated people during which one node is killed, the journeys again,
# and what it measured: start-up times, the failover, errors by kind, the load's figures, the metrics.
source "$(dirname "$0")/lib/common.sh"
cd "$EELGA_ROOT"

for v in PG_PORT KEYCLOAK_PORT TEST_PORT; do
  [ -n "${!v:-}" ] && env | grep -q "^$v=" || die "export your checkout's ports first (PG_PORT KEYCLOAK_PORT TEST_PORT): see /work/coord/HELPERS.md"
done
BASE=${REHEARSE_PORT_BASE:-$((TEST_PORT + 100))}
HTTPS=$BASE NODE_A=$((BASE + 1)) NODE_B=$((BASE + 2)) MGMT_A=$((BASE + 3)) MGMT_B=$((BASE + 4))
KC_HTTP=$((BASE + 5)) KC_MGMT=$((BASE + 6)) KC_HTTPS=$((BASE + 7)) STRIPE=$((BASE + 8)) STRIPE_HTTPS=$((BASE + 9))
SMTP=$((BASE + 10)) RPG=$((BASE + 11))
STATE=${REHEARSE_STATE:-/tmp/eelga-rehearse-$BASE}
RPG_DATA=$STATE/postgres
JAR=$EELGA_ROOT/app/target/eelga-platform.jar
BENCH_JAR=$EELGA_ROOT/bench/target/eelga-bench.jar
PLATFORM=https://localhost:$HTTPS
KEYCLOAK=https://localhost:$KC_HTTPS
KEEP=false

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
rpsql() { as_pg "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h "$RPG_DATA" -p "$RPG" -U postgres "$@"; }
now_ms() { date +%s%3N; }
secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }

stop_pid() { # stop_pid NAME [signal]: the process whose pid this script wrote, never by name
  local file=$STATE/$1.pid pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-${2:-TERM}" "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop_all() {
  [ -d "$STATE" ] || return 0
  if [ -f "$STATE/nginx.pid" ]; then nginx -c "$STATE/nginx.conf" -s stop 2>/dev/null || stop_pid nginx; fi
  for p in node-a node-b keycloak stripe smtp; do stop_pid "$p"; done
  if [ -s "$RPG_DATA/PG_VERSION" ]; then as_pg "$(pg_bin)/pg_ctl" -D "$RPG_DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
}

case "${1:-}" in
  --stop) stop_all; log "rehearsal stopped"; exit 0 ;;
  --keep) KEEP=true ;;
  "") ;;
  *) die "usage: $0 [--keep|--stop]" ;;
esac

on_exit() {
  local rc=$?
  if [ $rc != 0 ]; then
    log "FAILED (exit $rc); logs in $STATE/logs"
    for f in "$STATE"/logs/node-a.log "$STATE"/logs/node-b.log "$STATE"/logs/keycloak.log; do
      [ -f "$f" ] && { echo "--- tail of $f" >&2; tail -n 15 "$f" >&2; }
    done
  fi
  $KEEP && [ $rc = 0 ] && { log "left running (infra/rehearse.sh --stop)"; return; }
  stop_all
}

for port in $HTTPS $NODE_A $NODE_B $MGMT_A $MGMT_B $KC_HTTP $KC_MGMT $KC_HTTPS $STRIPE $STRIPE_HTTPS $SMTP $RPG; do
  port_open "$port" && die "port $port is taken (a rehearsal still running? infra/rehearse.sh --stop)"
done
stop_all
rm -rf "$STATE"
mkdir -p "$STATE"/{logs,tls,secrets,mail,nginx-tmp}
trap on_exit EXIT
trap 'exit 130' INT TERM
T0=$(now_ms)
declare -A MEASURED

# ---------------------------------------------------------------------------------------------------- prerequisites
if ! command -v nginx >/dev/null; then
  [ "$(id -u)" = 0 ] || die "nginx is needed: sudo apt-get install -y nginx-light"
  log "installing nginx from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >&2 \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >&2; }
fi
if [ ! -f "$JAR" ]; then
  log "building the platform jar (mvn package, never install)"
  mvn -B -q -DskipTests package -pl app -am >&2
fi
# the nodes run a copy, as a deployment runs its release: a build meanwhile does not change them
cp "$JAR" "$STATE/eelga-platform.jar"
JAR=$STATE/eelga-platform.jar
if [ ! -f "$BENCH_JAR" ]; then
  log "building the bench harness (the journeys' HTTP client)"
  mvn -B -q -f bench/pom.xml package -DskipTests >&2
fi
[ -d "$KEYCLOAK_HOME" ] || infra/keycloak/keycloak.sh install

# ------------------------------------------------------------------------------------------------ TLS and secrets
log "a self-signed certificate for localhost (and the trust store the JVMs use for it)"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$STATE/tls/key.pem" -out "$STATE/tls/cert.pem" 2>/dev/null
chmod 600 "$STATE/tls/key.pem"
STOREPASS=$(secret)
keytool -importcert -noprompt -alias rehearsal -file "$STATE/tls/cert.pem" -storetype PKCS12 \
  -keystore "$STATE/tls/trust.p12" -storepass "$STOREPASS" >/dev/null 2>&1
# the platform's JDK CA certificates as well (nothing else is reached, but a deployment would need them)
openssl pkcs12 -export -in "$STATE/tls/cert.pem" -inkey "$STATE/tls/key.pem" -name smtp \
  -out "$STATE/tls/smtp.p12" -passout "pass:$STOREPASS"
TRUST=(-Djavax.net.ssl.trustStore="$STATE/tls/trust.p12" -Djavax.net.ssl.trustStorePassword="$STOREPASS"
  -Djavax.net.ssl.trustStoreType=PKCS12)

PG_OWNER_PW=$(secret) PG_APP_PW=$(secret) KC_DB_PW=$(secret) KC_ADMIN_PW=$(secret)
PLATFORM_SECRET=$(secret) TENANT_ADMIN_SECRET=$(secret) SMTP_PW=$(secret)
WEBHOOK_SECRET="whsec_$(secret)" STRIPE_KEY="sk_live_rehearsal_$(secret)"
# the platform's secrets as mounted files (EELGA_SECRETS_DIR), as a Kubernetes Secret volume would give them
umask 077
printf '%s' "$PG_APP_PW" >"$STATE/secrets/PG_APP_PASSWORD"
printf '%s' "$PG_OWNER_PW" >"$STATE/secrets/PG_OWNER_PASSWORD"
printf '%s' "$PLATFORM_SECRET" >"$STATE/secrets/KEYCLOAK_CLIENT_SECRET"
printf '%s' "$TENANT_ADMIN_SECRET" >"$STATE/secrets/KEYCLOAK_ADMIN_CLIENT_SECRET"
printf '%s' "$STRIPE_KEY" >"$STATE/secrets/STRIPE_SECRET_KEY"
printf '%s' "$WEBHOOK_SECRET" >"$STATE/secrets/STRIPE_WEBHOOK_SECRET"
printf '%s' "relay" >"$STATE/secrets/SMTP_USERNAME"
printf '%s' "$SMTP_PW" >"$STATE/secrets/SMTP_PASSWORD"
umask 022

# ------------------------------------------------------------------------------------------------------ PostgreSQL
log "PostgreSQL of the rehearsal on 127.0.0.1:$RPG"
mkdir -p "$RPG_DATA"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$RPG_DATA" "$STATE"
chmod 700 "$RPG_DATA"
as_pg "$(pg_bin)/initdb" -D "$RPG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
  --auth-host=scram-sha-256 >/dev/null
as_pg "$(pg_bin)/pg_ctl" -D "$RPG_DATA" -l "$RPG_DATA/server.log" -w -t 60 \
  -o "-p $RPG -k $RPG_DATA -c listen_addresses=127.0.0.1 -c max_connections=60" start >/dev/null
rpsql -d postgres <<SQL
CREATE ROLE eelga_owner LOGIN PASSWORD '$PG_OWNER_PW';
CREATE ROLE eelga_app LOGIN NOBYPASSRLS NOINHERIT PASSWORD '$PG_APP_PW';
CREATE ROLE eelga_association_reader NOLOGIN NOBYPASSRLS;
GRANT eelga_association_reader TO eelga_app;
CREATE DATABASE eelga OWNER eelga_owner;
CREATE ROLE keycloak LOGIN PASSWORD '$KC_DB_PW';
CREATE DATABASE keycloak OWNER keycloak;
SQL

# ------------------------------------------------------------------------------------------------ mail and Stripe
setsid java infra/mail/SmtpSink.java --port "$SMTP" --dir "$STATE/mail" --keystore "$STATE/tls/smtp.p12" \
  --storepass "$STOREPASS" --user relay --password "$SMTP_PW" >"$STATE/logs/smtp.log" 2>&1 </dev/null &
echo $! >"$STATE/smtp.pid"
STRIPE_STUB_PORT="$STRIPE" setsid java -Xmx96m -jar "$EELGA_ROOT/infra/stripe-stub/target/stripe-stub.jar" >"$STATE/logs/stripe.log" 2>&1 </dev/null &
echo $! >"$STATE/stripe.pid"

# ----------------------------------------------------------------------------------------------------------- nginx
sed -e "s|@STATE@|$STATE|g" -e "s|@HTTPS@|$HTTPS|g" -e "s|@NODE_A@|$NODE_A|g" -e "s|@NODE_B@|$NODE_B|g" \
  -e "s|@KC_HTTPS@|$KC_HTTPS|g" -e "s|@KC_HTTP@|$KC_HTTP|g" -e "s|@STRIPE_HTTPS@|$STRIPE_HTTPS|g" \
  -e "s|@STRIPE@|$STRIPE|g" infra/rehearse/nginx.conf.template >"$STATE/nginx.conf"
mkdir -p "$STATE/nginx-tmp"/{body,proxy,fastcgi,uwsgi,scgi}
nginx -t -q -c "$STATE/nginx.conf" -e "$STATE/logs/nginx-error.log"
nginx -c "$STATE/nginx.conf" -e "$STATE/logs/nginx-error.log"
log "nginx: platform $PLATFORM, Keycloak $KEYCLOAK, Stripe https://localhost:$STRIPE_HTTPS"

# -------------------------------------------------------------------------------------------------------- Keycloak
KC=$STATE/keycloak
log "Keycloak in production mode: a copy of $KEYCLOAK_HOME, kc.sh build (PostgreSQL), start --optimized"
cp -a "$KEYCLOAK_HOME" "$KC"
rm -rf "$KC/data"
mkdir -p "$KC/data/import"
python3 - "$KC/data/import/eelga-realm.json" <<PY
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("mri", "infra/k8s/make-realm-import.py")
mri = importlib.util.module_from_spec(spec); spec.loader.exec_module(mri)
realm = mri.production_realm(json.loads(mri.DEMO.read_text()), "$PLATFORM", "platform@eelga.example")
text = json.dumps(realm)
for name, value in {"EELGA_PLATFORM_CLIENT_SECRET": "$PLATFORM_SECRET",
                    "EELGA_TENANT_ADMIN_CLIENT_SECRET": "$TENANT_ADMIN_SECRET",
                    "SMTP_HOST": "localhost", "SMTP_USERNAME": "relay", "SMTP_PASSWORD": "$SMTP_PW"}.items():
    text = text.replace("\${" + name + "}", value)
realm = json.loads(text)
realm["smtpServer"]["port"] = "$SMTP"
assert not any(u.get("username", "").endswith(".demo") for u in realm.get("users", [])), "demo users left"
assert not any(c.get("directAccessGrantsEnabled") for c in realm["clients"]), "a direct-grant client left"
open(sys.argv[1], "w").write(json.dumps(realm))
PY
t=$(now_ms)
"$KC/bin/kc.sh" build --db=postgres --health-enabled=true --metrics-enabled=true >"$STATE/logs/keycloak-build.log" 2>&1
MEASURED[keycloak_build_s]=$(( ($(now_ms) - t) / 1000 ))
t=$(now_ms)
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PW" JAVA_OPTS_KC_HEAP="-Xmx512m" \
  setsid "$KC/bin/kc.sh" start --optimized --import-realm --cache=local \
  --db-url="jdbc:postgresql://127.0.0.1:$RPG/keycloak" --db-username=keycloak --db-password="$KC_DB_PW" \
  --hostname="$KEYCLOAK" --hostname-backchannel-dynamic=true --proxy-headers=xforwarded \
  --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_HTTP" --http-management-port="$KC_MGMT" \
  --truststore-paths="$STATE/tls/cert.pem" \
  >"$STATE/logs/keycloak.log" 2>&1 </dev/null &
echo $! >"$STATE/keycloak.pid"
CURL_CA_BUNDLE="$STATE/tls/cert.pem" wait_for_http "$KEYCLOAK/realms/eelga/.well-known/openid-configuration" 240 \
  || die "Keycloak did not start (see $STATE/logs/keycloak.log)"
MEASURED[keycloak_start_s]=$(( ($(now_ms) - t) / 1000 ))
grep -q "Profile prod activated" "$STATE/logs/keycloak.log" || die "Keycloak is not in production mode"
log "Keycloak ready in ${MEASURED[keycloak_start_s]} s (production profile, PostgreSQL)"
# the direct-grant client is absent: the password grant is refused
grant=$(curl -s --cacert "$STATE/tls/cert.pem" -d "grant_type=password&client_id=eelga-cli&username=x&password=y" \
  "$KEYCLOAK/realms/eelga/protocol/openid-connect/token")
grep -q '"invalid_client"\|"unauthorized_client"' <<<"$grant" || die "the password grant was not refused: $grant"

log "people for the journeys (Keycloak's admin API; the production realm has none): 8 per council, 20 staff"
java "${TRUST[@]}" -cp "$BENCH_JAR:$EELGA_ROOT/bench/target/lib/*" uk.org.eelga.bench.Main provision-users \
  --keycloak "http://127.0.0.1:$KC_HTTP" --admin-user admin --admin-password "$KC_ADMIN_PW" >"$STATE/logs/users.log" 2>&1 \
  || die "people not created (see $STATE/logs/users.log)"

# ------------------------------------------------------------------------------------------------ platform nodes
node_env() { # node_env PORT MANAGEMENT_PORT: the environment of a node (nothing of this shell's leaks in)
  NODE_ENV=(PATH="$PATH" HOME="$STATE"
    EELGA_ENV=production HOST=127.0.0.1 PORT="$1" MANAGEMENT_PORT="$2" PUBLIC_URL="$PLATFORM"
    PG_HOST=127.0.0.1 PG_PORT="$RPG" PG_DATABASE=eelga PG_POOL_SIZE=8 EELGA_DATABASE_MIGRATE_AT_START=false
    KEYCLOAK_URL="http://127.0.0.1:$KC_HTTP" KEYCLOAK_PUBLIC_URL="$KEYCLOAK"
    EELGA_SECRETS_DIR="$STATE/secrets" EELGA_TRUSTED_PROXIES=127.0.0.1
    STRIPE_API_BASE="https://localhost:$STRIPE_HTTPS"
    SMTP_HOST=localhost SMTP_PORT="$SMTP" SMTP_SECURITY=starttls
    EELGA_DRAIN_DELAY=5s EELGA_DRAIN_TIMEOUT=20s)
}
JAVA_NODE=(java -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError "${TRUST[@]}")

log "schema migrations, once, before any node takes traffic (MigrateSchema, as the deployment's job)"
t=$(now_ms)
node_env 0 -1
env -i "${NODE_ENV[@]}" "${JAVA_NODE[@]}" -cp "$JAR" uk.org.eelga.platform.database.MigrateSchema >"$STATE/logs/migrate.log" 2>&1 \
  || die "migrations failed (see $STATE/logs/migrate.log)"
MEASURED[migrate_s]=$(( ($(now_ms) - t) / 1000 ))

start_node() { # start_node a|b
  local name=node-$1 port mgmt
  if [ "$1" = a ]; then port=$NODE_A mgmt=$MGMT_A; else port=$NODE_B mgmt=$MGMT_B; fi
  node_env "$port" "$mgmt"
  # env and setsid exec: the pid written is the JVM's own
  env -i "${NODE_ENV[@]}" setsid "${JAVA_NODE[@]}" -jar "$JAR" >>"$STATE/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$STATE/$name.pid"
}
await_ready() { # await_ready PORT SECONDS
  local i
  for ((i = 0; i < $2 * 4; i++)); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/readiness")" = 200 ] && return 0
    sleep 0.25
  done
  return 1
}
t=$(now_ms)
start_node a
start_node b
await_ready "$NODE_A" 240 || die "node A did not become ready"
MEASURED[node_a_ready_s]=$(( ($(now_ms) - t) / 1000 ))
await_ready "$NODE_B" 240 || die "node B did not become ready"
MEASURED[node_b_ready_s]=$(( ($(now_ms) - t) / 1000 ))
grep -q "Production settings checked" "$STATE/logs/node-a.log" || die "node A did not run the production checks"
log "two nodes ready (A ${MEASURED[node_a_ready_s]} s, B ${MEASURED[node_b_ready_s]} s), production checks passed"

# ------------------------------------------------------------------------------------------------- through nginx
headers=$(curl -s -D - -o /dev/null --cacert "$STATE/tls/cert.pem" "$PLATFORM/")
for h in strict-transport-security content-security-policy x-content-type-options referrer-policy x-request-id; do
  grep -qi "^$h:" <<<"$headers" || die "the answer through nginx lacks $h"
done
grep -qi '^set-cookie: eelga_node=.*Secure' <<<"$headers" || die "nginx set no sticky cookie"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTPS/" || true)" != 200 ] || die "plain http answered"
[ "$(curl -s -o /dev/null -w '%{http_code}' --cacert "$STATE/tls/cert.pem" "$PLATFORM/metrics")" != 200 ] \
  || ! curl -s --cacert "$STATE/tls/cert.pem" "$PLATFORM/metrics" | grep -q jvm_memory || die "metrics leak through nginx"
log "through nginx: TLS, security headers, request ids and the sticky cookie are there; no metrics on the public side"

bench() { java "${TRUST[@]}" -Djdk.httpclient.keepalive.timeout=10 -cp "$BENCH_JAR:$EELGA_ROOT/bench/target/lib/*" \
  uk.org.eelga.bench.Main "$@"; }
journeys() { # journeys LABEL: the officer's and the staff's journeys through nginx
  local label=$1 who start out
  for who in "bench-officer-0@norwich.demo:/portal" "bench-staff-00@eelga.demo:/"; do
    start=${who#*:}; who=${who%%:*}
    out=$STATE/logs/journey-$label-${who%%@*}.log
    t=$(now_ms)
    if bench smoke --url "$PLATFORM" --user "$who" --password eelga-demo --start "$start" >"$out" 2>&1 \
      && ! grep -q "FAILED" "$out"; then
      printf '  %-8s %-32s ok  %6d ms, %d pages\n' "$label" "$who" $(( $(now_ms) - t )) \
        "$(grep -c '^navigate to' "$out")" | tee -a "$STATE/journeys.txt"
    else
      printf '  %-8s %-32s FAILED (see %s)\n' "$label" "$who" "$out" | tee -a "$STATE/journeys.txt"
      tail -n 20 "$out" >&2
      return 1
    fi
  done
}
log "the officer's and the staff's journeys through nginx (sign-in on Keycloak's real form, every menu page)"
journeys before

# ---------------------------------------------------------------------- load, and one node killed in the middle
LOAD_SECONDS=${REHEARSE_LOAD_SECONDS:-90}
SESSIONS=${REHEARSE_SESSIONS:-40}
log "load: $SESSIONS simulated people for $LOAD_SECONDS s through nginx; node A is killed (SIGKILL) a third of the way in"
bench load --url "$PLATFORM" --keycloak "$KEYCLOAK" --councils-csv infra/data/councils.csv --sessions "$SESSIONS" \
  --duration "$LOAD_SECONDS" --ramp 15 --warmup 0 --api-users 0 --results "$STATE/load.json" \
  --platform-pid "$(cat "$STATE/node-b.pid")" --keycloak-pid "$(cat "$STATE/keycloak.pid")" --pg-port "$RPG" \
  >"$STATE/load.txt" 2>&1 &
LOAD=$!
# a probe of the public address every 200 ms: how long anyone sees an error while a node dies
(
  while kill -0 "$LOAD" 2>/dev/null; do
    printf '%s %s\n' "$(now_ms)" "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 --cacert "$STATE/tls/cert.pem" \
      "$PLATFORM/health/readiness")"
    sleep 0.2
  done
) >"$STATE/probe.txt" &
PROBE=$!
sleep $(( 15 + LOAD_SECONDS / 3 ))
KILLED_AT=$(now_ms)
log "killing node A (SIGKILL: a crash, no drain)"
stop_pid node-a KILL
wait "$LOAD" || log "the load run ended with an error (see $STATE/load.txt)"
wait "$PROBE" 2>/dev/null || true
probe_errors=$(awk -v k="$KILLED_AT" '$1 >= k && $2 != 200 { n++ } END { print n + 0 }' "$STATE/probe.txt")
probe_total=$(awk -v k="$KILLED_AT" '$1 >= k { n++ } END { print n + 0 }' "$STATE/probe.txt")
MEASURED[probe_after_kill]="$probe_errors of $probe_total public requests failed after the kill"

log "node A restarted; the journeys again, through nginx"
t=$(now_ms)
start_node a
await_ready "$NODE_A" 240 || die "node A did not come back"
MEASURED[node_a_restart_s]=$(( ($(now_ms) - t) / 1000 ))
journeys after

log "node B stopped gracefully (SIGTERM): readiness DOWN first, then it drains and stops"
t=$(now_ms)
kill -TERM "$(cat "$STATE/node-b.pid")"
for _ in $(seq 1 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NODE_B/health/readiness")" = 503 ] && break
  sleep 0.1
done
MEASURED[drain_readiness_down_ms]=$(( $(now_ms) - t ))
pid=$(cat "$STATE/node-b.pid")
while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
MEASURED[drain_stopped_ms]=$(( $(now_ms) - t ))
rm -f "$STATE/node-b.pid"
journeys drained

# ------------------------------------------------------------------------------------------------------- figures
metrics=$(curl -s "http://127.0.0.1:$MGMT_A/metrics")
for m in http_server_requests_seconds_count jvm_memory_used_bytes eelga_vaadin_sessions eelga_signins_total \
  eelga_council_requests_total eelga_stripe_outbox_backlog; do
  grep -q "^$m" <<<"$metrics" || die "node A's metrics lack $m"
done
json_lines=$(grep -c '^{"time":"[0-9-]*T' "$STATE/logs/node-a.log" || true)
access_lines=$(grep -c '"logger_name":"eelga.access"' "$STATE/logs/node-a.log" || true)
PROBLEMS=()
grep -q '"logger_name":"eelga.access".*"request_id"' "$STATE/logs/node-a.log" || PROBLEMS+=("no request id in the access log")
emails=$({ grep -Ec '@(norwich|eelga)\.demo' "$STATE"/logs/node-*.log || true; } | awk -F: '{ n += $2 } END { print n + 0 }')
[ "$emails" = 0 ] || PROBLEMS+=("$emails log lines of the nodes hold an email address")

echo
echo "================================================================ production rehearsal: what it measured"
printf '  %-34s %s\n' "Keycloak build (kc.sh build)" "${MEASURED[keycloak_build_s]} s" \
  "Keycloak start, production mode" "${MEASURED[keycloak_start_s]} s" \
  "schema migrations (once)" "${MEASURED[migrate_s]} s" \
  "node A / node B ready" "${MEASURED[node_a_ready_s]} s / ${MEASURED[node_b_ready_s]} s" \
  "node A back after the kill" "${MEASURED[node_a_restart_s]} s" \
  "public probe during the kill" "${MEASURED[probe_after_kill]}" \
  "node B drain: readiness DOWN after" "${MEASURED[drain_readiness_down_ms]} ms" \
  "node B drain: stopped after" "${MEASURED[drain_stopped_ms]} ms" \
  "node A log lines in JSON" "$json_lines ($access_lines access-log lines)" \
  "mail accepted by the relay" "$(ls "$STATE/mail" | wc -l)"
echo "  journeys:"
cat "$STATE/journeys.txt"
echo "  load through nginx ($SESSIONS people, node A killed at $(( (KILLED_AT - T0) / 1000 )) s of the rehearsal):"
{ sed -n '/^--- /,/^sign-in during/p' "$STATE/load.txt" | grep -v '^sign-in during' || true; grep '^|' "$STATE/load.txt" || true; } \
  | head -40 | sed 's/^/    /' || true
echo "  metrics of node A (a few):"
grep -E '^(eelga_signins_total|eelga_vaadin_sessions|eelga_stripe_outbox_backlog|hikaricp_connections_active|jdbc_connections_active)' \
  <<<"$metrics" | head -8 | sed 's/^/    /' || true
echo "  total $(( ($(now_ms) - T0) / 1000 )) s; state and logs in $STATE"
echo "================================================================"
if [ ${#PROBLEMS[@]} -gt 0 ]; then
  printf '  PROBLEM: %s\n' "${PROBLEMS[@]}"
  exit 1
fi
log "rehearsal passed"
