# Shared settings for the infra scripts. Source it; every value can be overridden from the environment.
set -euo pipefail

EELGA_ROOT="${EELGA_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
# Downloads and Keycloak's state live in the project (ignored by git).
EELGA_STATE="${EELGA_STATE:-$EELGA_ROOT/.local}"

PG_PORT="${PG_PORT:-55432}"
# PostgreSQL refuses to run as root, so as root the cluster belongs to the 'postgres' user and lives where
# that user can reach it (a fresh clone under a 0700 temp folder would not be).
PG_DATA="${PG_DATA:-/tmp/eelga-postgres-$PG_PORT}"
PG_OWNER_PASSWORD="${PG_OWNER_PASSWORD:-eelga-owner-dev}"
PG_APP_PASSWORD="${PG_APP_PASSWORD:-eelga-app-dev}"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.4.5}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KEYCLOAK_HOME="$EELGA_STATE/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
# The issuer in every token; browsers and the platform must both use this one name.
KEYCLOAK_PUBLIC_URL="${KEYCLOAK_PUBLIC_URL:-http://localhost:$KEYCLOAK_PORT}"
# Where Keycloak (invitation emails) and the platform's MailSender deliver mail locally: a GreenMail server
# (the tests start one in their JVM). Per checkout, next to Keycloak's port: 8180 -> 3180.
SMTP_HOST="${SMTP_HOST:-127.0.0.1}"
SMTP_PORT="${SMTP_PORT:-$((KEYCLOAK_PORT - 5000))}"
# GreenMail's web page listing the messages it received (infra/mail/greenmail.sh, run.sh only).
MAIL_UI_PORT="${MAIL_UI_PORT:-$((SMTP_PORT + 1))}"
# The local Stripe stub as a process (infra/stripe-stub/stripe-stub.sh: run command, image and restore tests). Per
# checkout, from Keycloak's port: 8180 -> 10180.
STRIPE_STUB_PORT="${STRIPE_STUB_PORT:-$((KEYCLOAK_PORT + 2000))}"
export SMTP_PORT

log() { printf '\033[1;34m[eelga]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[eelga] %s\033[0m\n' "$*" >&2; exit 1; }

# wait_for_http URL SECONDS: polls until the URL answers 2xx.
wait_for_http() {
  local url=$1 limit=$2 i
  for ((i = 0; i < limit; i++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  return 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
