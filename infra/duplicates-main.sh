#!/bin/sh
# Pairs of places in main code (src/main of every module, tracked files, Vaadin's generated frontend left out)
# that share six or more lines of the same shape, measured with the `duplicates` command (the tool library's),
# across modules as one tree. Issue 12 measured 279 such pairs before its clean-up.
#   infra/duplicates-main.sh            count and the first rows
#   infra/duplicates-main.sh --most 200 more rows
#   infra/duplicates-main.sh REV        the same at a commit (git archive of REV)
set -eu
cd "$(dirname "$0")/.."
rev=""
case "${1:-}" in --*|"") ;; *) rev=$1; shift ;; esac
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
if [ -n "$rev" ]; then
  git archive "$rev" | tar -x -C "$tree"
  find "$tree" -type f | grep -v '/src/main/' | xargs rm -f
  find "$tree" -type d -path '*/src/main/frontend/generated' -prune -exec rm -rf {} +
else
  git ls-files | grep '/src/main/' | grep -v '/src/main/frontend/generated/' | while read -r f; do
    mkdir -p "$tree/$(dirname "$f")"
    cp "$f" "$tree/$f"
  done
fi
duplicates --repo "$tree" --seconds 120 "$@"
