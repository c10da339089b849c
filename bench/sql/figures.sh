#!/usr/bin/env bash
# Runs the figure queries of bench/sql/figures.sql directly in PostgreSQL and prints each one's SQL time (median of
# --repeat runs after one warm-up), as the platform's roles: 'app' blocks as eelga_app with the council bound,
# 'reader' blocks as eelga_association_reader (what AssociationWideRead switches to).
#   bench/sql/figures.sh [--database eelga_bench_x10] [--council norwich] [--year 2024] [--repeat 5]
# Refuse to fall back on common.sh's default ports: on a shared machine they are another checkout's services.
if [ -z "${PG_PORT:-}" ]; then
  echo "export your checkout's PG_PORT first (see bench/README.md)" >&2
  exit 2
fi
source "$(dirname "$0")/../../infra/lib/common.sh"
DATABASE=eelga_bench_x10
COUNCIL=norwich
YEAR=$(( $(date +%m) >= 4 ? $(date +%Y) - 1 : $(date +%Y) - 2 ))
REPEAT=5
while [ $# -gt 0 ]; do
  case "$1" in
    --database) DATABASE=$2; shift 2 ;;
    --council) COUNCIL=$2; shift 2 ;;
    --year) YEAR=$2; shift 2 ;;
    --repeat) REPEAT=$2; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done
FY="$YEAR-$(printf %02d $(( (YEAR + 1) % 100 )))"
FROM="$YEAR-04-01 00:00:00+01"
TO="$((YEAR + 1))-04-01 00:00:00+01"
SQL="$(dirname "$0")/figures.sql"

printf '\nSQL time of the figure queries in %s, council %s, financial year %s (median of %d, ms):\n' \
  "$DATABASE" "$COUNCIL" "$FY" "$REPEAT"
RESULTS=$(mktemp)
awk '/^-- name: /{if (name != "") print name "\t" role "\t" body; split(substr($0, 10), p, " \\| role: "); name=p[1]; role=p[2]; body=""; next}
     /^--/ {next}
     name != "" {body = body " " $0}
     END {if (name != "") print name "\t" role "\t" body}' "$SQL" |
while IFS=$'\t' read -r name role body; do
  if [ "$role" = app ]; then
    setup="set role eelga_app; select set_config('app.tenant_id', :'council', false);"
  else
    setup="set role eelga_association_reader;"
  fi
  script="\\set council '$COUNCIL'
\\set from '$FROM'
\\set to '$TO'
\\set fy '$FY'
$setup
\\timing on
"
  for ((i = 0; i <= REPEAT; i++)); do script+="$body \\g /dev/null
"; done
  times=$(printf '%s' "$script" | psql -X -q -v ON_ERROR_STOP=1 -h "$PG_DATA" -p "$PG_PORT" -U postgres -d "$DATABASE" 2>&1 |
    sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n "$REPEAT" | sort -n)
  if [ -z "$times" ]; then
    printf '  %-52s failed\n' "$name"
    continue
  fi
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '  %-52s %9s\n' "$name" "$median"
  printf '%s\t%s\n' "$name" "$median" >>"$RESULTS"
done
awk -F '\t' '/^summary:/ {s += $2} /^framework:/ {f += $2}
  END {printf "  %-52s %9.3f\n  %-52s %9.3f\n", "engagement summary, all its statements", s, "framework live kinds above, together", f}' "$RESULTS"
rm -f "$RESULTS"
