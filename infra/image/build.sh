#!/usr/bin/env bash
# Builds the platform's OCI image without a container daemon or registry:
#   1. a base image of our own: a minimal Debian (debootstrap, from the Debian mirror apt uses here) with a
#      jlinked JRE 17 at /opt/java/openjdk (the modules in jre-modules.txt) and the user 10001, saved as a
#      'docker save' tar that Jib takes as a tar:// base. It is cached (EELGA_IMAGE_CACHE) and rebuilt only when
#      the suite, packages, modules or JDK change;
#      (infra/image/test-image.sh checks with jdeps that the JRE has every module the image's code needs);
#   2. Jib's buildTar (Maven profile 'image' of the app module) puts the platform on it;
#   3. the class-data archive of the classes a start loads, written inside the image and added as a layer
#      (infra/image/cds.sh; EELGA_IMAGE_CDS=false leaves it out).
# Result: app/target/eelga-platform-image.tar (load it with `docker load`, `podman load` or
# `skopeo copy docker-archive:...`; push with `mvn -Pimage jib:build -Djib.to.image=...`).
#
#   infra/image/build.sh                 base (cached) + image; builds the platform first (mvn package, no tests)
#   infra/image/build.sh --base-only     only the base tar; prints its path
#   EELGA_BASE_IMAGE=eclipse-temurin:17-jre infra/image/build.sh
#                                        a pulled base instead of ours (needs a registry); nothing is bootstrapped
source "$(dirname "$0")/../lib/common.sh"
cd "$EELGA_ROOT"

IMAGE_CACHE="${EELGA_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/eelga-image}"
SUITE=bookworm
# What the JRE needs beyond Debian's minimal base: java.desktop's font, colour and JPEG libraries (PDF and
# spreadsheet reports use java.awt classes; headless, no X11).
PACKAGES=libfreetype6,libharfbuzz0b,liblcms2-2,libjpeg62-turbo
JAVA_HOME_HOST="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
APP_UID=10001
# Bump to rebuild the base when this script's way of making it changes.
RECIPE=3

BASE_ONLY=false
for arg in "$@"; do
  case "$arg" in
    --base-only) BASE_ONLY=true ;;
    *) die "unknown option $arg (use --base-only)" ;;
  esac
done

# The Debian mirror apt uses here (deb822 sources or a classic sources.list).
debian_mirror() {
  local uri
  uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

need_root_tools() {
  local missing=()
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  [ -f "$JAVA_HOME_HOST/jmods/java.base.jmod" ] || missing+=(openjdk-17-jdk-headless)
  [ -f /etc/ssl/certs/java/cacerts ] || missing+=(ca-certificates-java)
  [ ${#missing[@]} = 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "building the base image needs root and: apt-get install -y ${missing[*]}"
  log "installing ${missing[*]} from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

modules() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$EELGA_ROOT/infra/image/jre-modules.txt" | tr -d ' ' | paste -sd, -; }

build_base() {
  local mirror key rootfs work layer diffid config_sha
  mirror=$(debian_mirror)
  key=$( { echo "$RECIPE $SUITE $mirror $PACKAGES $APP_UID"; modules; "$JAVA_HOME_HOST/bin/java" -version 2>&1; } | sha256sum | cut -c1-16)
  BASE_TAR="$IMAGE_CACHE/eelga-base-$SUITE-jre17-$key.tar"
  if [ -s "$BASE_TAR" ]; then
    log "base image cached: $BASE_TAR"
    return 0
  fi
  need_root_tools
  mkdir -p "$IMAGE_CACHE/debs"
  work=$(mktemp -d "$IMAGE_CACHE/work.XXXXXX")
  # shellcheck disable=SC2064
  trap "rm -rf '$work'" RETURN
  rootfs="$work/rootfs"

  log "bootstrapping a minimal Debian $SUITE from $mirror (once; 1-3 minutes)"
  debootstrap --variant=minbase --include="$PACKAGES" --cache-dir="$IMAGE_CACHE/debs" \
    "$SUITE" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log" >&2; die "debootstrap failed"; }

  log "linking a JRE with $(modules | tr ',' '\n' | wc -l) modules (jlink)"
  "$JAVA_HOME_HOST/bin/jlink" --add-modules "$(modules)" --output "$rootfs/opt/java/openjdk" \
    --strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=en,en-GB
  # Debian's JDK keeps its trust store outside the JDK; put the same CA certificates in the JRE itself.
  rm -f "$rootfs/opt/java/openjdk/lib/security/cacerts"
  cp -L /etc/ssl/certs/java/cacerts "$rootfs/opt/java/openjdk/lib/security/cacerts"
  if find "$rootfs/opt/java/openjdk" -xtype l | grep -q .; then
    die "the JRE has dangling links: $(find "$rootfs/opt/java/openjdk" -xtype l | head -3)"
  fi

  # The user the platform runs as, without a home or shell.
  echo "eelga:x:$APP_UID:$APP_UID:EELGA platform:/nonexistent:/usr/sbin/nologin" >>"$rootfs/etc/passwd"
  echo "eelga:x:$APP_UID:" >>"$rootfs/etc/group"
  echo "eelga:*:19000:0:99999:7:::" >>"$rootfs/etc/shadow"
  # A container runtime mounts its own hosts, resolv.conf and hostname; the build host's do not belong here.
  printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$rootfs/etc/hosts"
  : >"$rootfs/etc/resolv.conf"
  : >"$rootfs/etc/hostname"
  # Slim: package caches, logs, documentation (copyright files stay), locales.
  rm -rf "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/* "$rootfs"/var/cache/debconf/*-old \
    "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* "$rootfs"/tmp/* "$rootfs"/root/.[!.]* 2>/dev/null || true
  find "$rootfs/usr/share/doc" -type f ! -name copyright -delete
  chmod 1777 "$rootfs/tmp"
  # The JRE must run inside the new root with the libraries it has (with a /proc, as in a container: the
  # launcher finds its libraries relative to /proc/self/exe). -Xshare:dump writes the class-data archive.
  in_root() { unshare --mount --pid --fork --mount-proc="$rootfs/proc" chroot "$rootfs" "$@"; }
  if ! in_root /opt/java/openjdk/bin/java -Xshare:dump >"$work/cds.log" 2>&1 \
    || ! in_root /opt/java/openjdk/bin/java -version >/dev/null 2>&1; then
    tail -n 20 "$work/cds.log" >&2
    die "the jlinked JRE does not run in the new root"
  fi
  local missing_libs
  # libjvm is loaded by the launcher by path; X11, sound and smart-card libraries only serve a desktop.
  missing_libs=$(in_root sh -c 'for f in /opt/java/openjdk/lib/*.so /opt/java/openjdk/lib/server/*.so; do ldd "$f" | sed "s|^|$f: |"; done' \
    | grep 'not found' | grep -v 'libjvm.so =>' | grep -v -E 'lib(awt_xawt|jawt|splashscreen|jsound|j2pcsc|atk-wrapper)\.so' || true)
  [ -z "$missing_libs" ] || die "JRE libraries the base lacks: $missing_libs"

  log "packing the base image"
  layer="$work/layer.tar"
  tar --create --file "$layer" --directory "$rootfs" --sort=name --numeric-owner --xattrs \
    --mtime='2000-01-01 00:00:00Z' --exclude=./proc/* --exclude=./sys/* --exclude=./dev/* .
  diffid=$(sha256sum "$layer" | cut -d' ' -f1)
  gzip -n -1 "$layer"
  mkdir -p "$work/image"
  mv "$layer.gz" "$work/image/layer.tar.gz"
  cat >"$work/image/config.json" <<JSON
{
  "architecture": "amd64",
  "os": "linux",
  "created": "2000-01-01T00:00:00Z",
  "config": {
    "Env": [
      "PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "JAVA_HOME=/opt/java/openjdk",
      "LANG=C.UTF-8"
    ],
    "Cmd": ["/bin/bash"],
    "Labels": {
      "org.opencontainers.image.title": "EELGA base: Debian $SUITE minbase with a jlinked JRE 17",
      "org.opencontainers.image.base.name": "debian:$SUITE (debootstrap --variant=minbase)"
    }
  },
  "rootfs": {"type": "layers", "diff_ids": ["sha256:$diffid"]},
  "history": [{"created": "2000-01-01T00:00:00Z", "created_by": "infra/image/build.sh (debootstrap $SUITE, jlink)"}]
}
JSON
  config_sha=$(sha256sum "$work/image/config.json" | cut -d' ' -f1)
  mv "$work/image/config.json" "$work/image/$config_sha.json"
  printf '[{"Config":"%s.json","RepoTags":["eelga-base:%s-jre17-%s"],"Layers":["layer.tar.gz"]}]\n' \
    "$config_sha" "$SUITE" "$key" >"$work/image/manifest.json"
  tar --create --file "$work/base.tar" --directory "$work/image" --sort=name --mtime='2000-01-01 00:00:00Z' \
    --owner=0 --group=0 manifest.json "$config_sha.json" layer.tar.gz
  mv "$work/base.tar" "$BASE_TAR"
  # Older bases of this cache are of no further use.
  find "$IMAGE_CACHE" -maxdepth 1 -name 'eelga-base-*.tar' ! -path "$BASE_TAR" -delete
  log "base image: $BASE_TAR ($(du -h "$BASE_TAR" | cut -f1))"
}

if [ -n "${EELGA_BASE_IMAGE:-}" ]; then
  $BASE_ONLY && die "--base-only builds our own base; unset EELGA_BASE_IMAGE"
  BASE_REF="$EELGA_BASE_IMAGE"
  log "base image: $BASE_REF (pulled by Jib)"
else
  build_base
  if $BASE_ONLY; then
    echo "$BASE_TAR"
    exit 0
  fi
  BASE_REF="tar://$BASE_TAR"
fi

# -am builds tenant-admin and frontend in the reactor (never installed into ~/.m2); only the app module has Jib
# (in its 'image' profile).
log "building the platform and its image (Maven, tests skipped)"
mvn -B -q -Pimage -DskipTests -pl app -am package -Deelga.image.base="$BASE_REF" \
  -Djib.baseImageCache="$IMAGE_CACHE/jib" -Djib.disableUpdateChecks=true
if [ "${EELGA_IMAGE_CDS:-true}" = true ]; then
  infra/image/cds.sh "$EELGA_ROOT/app/target/eelga-platform-image.tar"
fi
log "image: $EELGA_ROOT/app/target/eelga-platform-image.tar ($(du -h "$EELGA_ROOT/app/target/eelga-platform-image.tar" | cut -f1))"
