#!/usr/bin/env bash
# Adds the class-data archive to the built image (issue 13: start-up to the first page under 5 s in the image).
#
# The JVM maps the classes it would otherwise load, parse and verify at every start from an archive. The archive is
# written here, after Jib, inside the image's own root (chroot), by the image's own JRE, with the image's entrypoint
# flags and class path (/app/jib-classpath-file: jars only, Jib's packaged mode), for the classes that a start loads
# up to its first page (infra/image/class-list.txt, from infra/image/class-list.sh). A JVM maps an archive only when
# the JDK, the flags that matter and the class path's jars (paths, sizes, times) are those it was written with, which
# is why it is written from the image itself. The entrypoint names it (-XX:SharedArchiveFile=/app/platform.jsa,
# app/pom.xml); it is added as a layer of its own on top.
#
#   infra/image/cds.sh [IMAGE.tar]      (run by infra/image/build.sh; needs root: chroot)
source "$(dirname "$0")/../lib/common.sh"
cd "$EELGA_ROOT"

IMAGE_TAR="${1:-$EELGA_ROOT/app/target/eelga-platform-image.tar}"
HERE="$EELGA_ROOT/infra/image"
CLASS_LIST="$HERE/class-list.txt"
ARCHIVE=/app/platform.jsa
[ -f "$IMAGE_TAR" ] || die "no image at $IMAGE_TAR"
[ -f "$CLASS_LIST" ] || die "no class list at $CLASS_LIST (infra/image/class-list.sh writes it)"
[ "$(id -u)" = 0 ] || die "writing the class-data archive needs root (chroot into the image)"

WORK=$(mktemp -d /tmp/eelga-image-cds.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
ROOT="$WORK/rootfs"
python3 "$HERE/image.py" unpack "$IMAGE_TAR" "$ROOT"
mapfile -d '' ENTRYPOINT < <(python3 "$HERE/image.py" show "$ROOT.config.json" entrypoint)
mapfile -d '' IMAGE_ENV < <(python3 "$HERE/image.py" show "$ROOT.config.json" env)

# The entrypoint's JVM flags, with -Xshare:dump instead of -Xshare:auto; then the same class path.
FLAGS=()
CLASS_PATH=""
for ((i = 1; i < ${#ENTRYPOINT[@]}; i++)); do
  case "${ENTRYPOINT[$i]}" in
    -cp | -classpath | --class-path) CLASS_PATH=${ENTRYPOINT[$((i + 1))]}; break ;;
    -Xshare:*) ;;
    *) FLAGS+=("${ENTRYPOINT[$i]}") ;;
  esac
done
[ "$CLASS_PATH" = @/app/jib-classpath-file ] || die "the entrypoint's class path is '$CLASS_PATH', not @/app/jib-classpath-file"
printf '%s\n' "${FLAGS[@]}" | grep -qx -- "-XX:SharedArchiveFile=$ARCHIVE" \
  || die "the entrypoint does not name the archive (-XX:SharedArchiveFile=$ARCHIVE in app/pom.xml's jvmFlags)"
if grep -q '^/app/classes\|:/app/classes\|/app/resources' "$ROOT/app/jib-classpath-file"; then
  die "the image's class path has folders (Jib's exploded mode): the archive needs jars only (containerizingMode packaged)"
fi

cp "$CLASS_LIST" "$ROOT/tmp/class-list.txt"
# As the image runs: its own environment (PATH finds its java), a /proc of its own.
in_root() { unshare --mount --pid --fork --mount-proc="$ROOT/proc" chroot "$ROOT" /usr/bin/env -i "${IMAGE_ENV[@]}" "$@"; }
log "writing the class-data archive in the image ($(grep -cv '^#\|^@' "$CLASS_LIST") classes listed)"
if ! in_root "${ENTRYPOINT[0]}" "${FLAGS[@]}" -Xshare:dump -XX:SharedClassListFile=/tmp/class-list.txt \
  -cp "$CLASS_PATH" >"$WORK/dump.log" 2>&1; then
  tail -n 30 "$WORK/dump.log" >&2
  die "the image's JVM could not write the archive"
fi
[ -s "$ROOT$ARCHIVE" ] || die "no archive at $ARCHIVE after the dump"
# Classes listed that the image no longer has (renamed or removed since the list was made) are left out; many of them
# mean the list is old: infra/image/test-image.sh measures how much of a real start the archive serves.
missing=$(grep -c 'Preload Warning: Cannot find' "$WORK/dump.log" || true)
log "archive $(du -h "$ROOT$ARCHIVE" | cut -f1) (${missing} listed classes not in the image)"
# The JVM must map it with the entrypoint's own flags (-Xshare:on: fail rather than start without it).
in_root "${ENTRYPOINT[0]}" "${FLAGS[@]}" -Xshare:on -cp "$CLASS_PATH" -version >"$WORK/check.log" 2>&1 \
  || { cat "$WORK/check.log" >&2; die "the image's JVM does not map the archive it wrote"; }
python3 "$HERE/image.py" add-layer "$IMAGE_TAR" "$ROOT" "$ARCHIVE" "infra/image/cds.sh (class-data archive)"
log "class-data archive added to $(basename "$IMAGE_TAR")"
