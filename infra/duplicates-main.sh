#!/bin/sh
# Pairs of places in main code (src/main of every module, tracked files, Vaadin's generated frontend left out)
# that share six or more lines of the same shape, measured with the `duplicates` command (the tool library's),
# across modules as one tree. Issue 12 measured 279 such pairs before its clean-up.
#   infra/duplicates-main.sh            count and the first rows
#   infra/duplicates-main.sh --most 200 more rows
#   infra/duplicates-main.sh REV        the same at a commit (git archive of REV)
#   infra/duplicates-main.sh --by-kind  the count, then the pairs within each kind of file: migrations (never
#                                       edited once applied), REST controllers, views, and the rest
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
if [ "${1:-}" != "--by-kind" ]; then
  duplicates --repo "$tree" --seconds 120 "$@"
  exit 0
fi
pairs() { duplicates --repo "$1" --seconds 120 | head -1 | sed 's/ pairs\{0,1\} of places.*//; s/^no duplicates.*/0/'; }
total=$(pairs "$tree")
echo "all main code: $total pairs"
within=0
for kind in 'migrations:\.sql$' 'REST controllers:/api/.*\.java$' 'views:/ui/.*\.java$' 'the rest:'; do
  name=${kind%%:*}; pattern=${kind#*:}
  part=$(mktemp -d)
  (cd "$tree" && find . -type f) | while read -r f; do
    case "$name" in
      'the rest') echo "$f" | grep -qE '\.sql$|/api/.*\.java$|/ui/.*\.java$' && continue ;;
      *) echo "$f" | grep -qE "$pattern" || continue ;;
    esac
    mkdir -p "$part/$(dirname "$f")"
    cp "$tree/$f" "$part/$f"
  done
  n=$(pairs "$part")
  rm -rf "$part"
  within=$((within + n))
  echo "  within $name: $n"
done
echo "  across those kinds: $((total - within))"
