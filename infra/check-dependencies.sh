#!/usr/bin/env bash
# Lists the dependencies (direct, managed and transitive versions the build pins) and Maven plugins that have newer
# releases than the build uses, using versions-maven-plugin against Maven Central. Run it before a release and when a
# security advisory names a library; it is not part of CI (it asks Maven Central about every artifact).
#   infra/check-dependencies.sh            newer patch and minor releases
#   infra/check-dependencies.sh --major    also newer major releases
# A version known to be vulnerable is pinned in pom.xml with the reason beside it (e.g. nimbus-jose-jwt 10.x for
# CVE-2025-53864); the check below also fails when the build resolves one of those again.
source "$(dirname "$0")/lib/common.sh"
cd "$EELGA_ROOT"

MAJOR=false
[ "${1:-}" = "--major" ] && MAJOR=true
REPORT="$EELGA_STATE/dependency-updates.txt"
mkdir -p "$EELGA_STATE"
: >"$REPORT"

log "asking Maven Central for newer releases (a few minutes)"
mvn -B org.codehaus.mojo:versions-maven-plugin:display-dependency-updates \
  org.codehaus.mojo:versions-maven-plugin:display-plugin-updates \
  -DprocessDependencyManagement=true -DprocessDependencyManagementTransitive=false \
  -DallowMajorUpdates="$MAJOR" -Dversions.outputLineWidth=140 >"$REPORT" 2>&1 \
  || { tail -n 30 "$REPORT" >&2; die "versions-maven-plugin failed (full output: $REPORT)"; }

# Known-vulnerable versions that must not come back through a BOM or a transitive dependency.
log "checking for versions known to be vulnerable"
RESOLVED=$(mvn -B -DskipTests -Dspotless.check.skip=true -Dvaadin.skip=true compile dependency:tree \
  -Dincludes=com.nimbusds 2>/dev/null | grep -oE 'com\.nimbusds:nimbus-jose-jwt:jar:[^:]+' | sort -u || true)
BAD=$(grep -E ':(9\.[0-9.]+|10\.0\.[01])$' <<<"$RESOLVED" || true)

echo
echo "Newer releases (full output: $REPORT):"
# (the plugin report also lists older releases that need another Maven: only newer versions are kept)
grep -E -- ' -> ' "$REPORT" | sed 's/^\[INFO\] *//' | sort -u | while read -r name _ current _ newer; do
  [ "$current" != "$newer" ] && [ "$(printf '%s\n%s\n' "$current" "$newer" | sort -V | tail -n 1)" = "$newer" ] \
    && printf '  %-60s %s -> %s\n' "$name" "$current" "$newer"
done
echo
echo "nimbus-jose-jwt resolved: ${RESOLVED:-none}"
if [ -n "$BAD" ]; then
  echo
  echo "Known-vulnerable versions in the build:"
  echo "$BAD"
  exit 1
fi
