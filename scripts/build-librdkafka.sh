#!/usr/bin/env bash
# Builds librdkafka >= 2.10 from Debian's current source package into a cache prefix outside the
# repository, when the system's librdkafka is older. Prints the prefix on its last line.
#
# Debian 12 ships 2.0.2, which lacks IncrementalAlterConfigs, DescribeCluster, ListOffsets and
# aborts on a group admin request that fails to send. We take whatever version Debian unstable has
# (never a pinned one that will leave the archive) through a private apt configuration, so the
# system's apt sources stay untouched, and keep the downloaded tarball so rebuilds need no network.
set -euo pipefail

min_version=2.10.0
cache=${QAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qafka}
prefix=$cache/librdkafka
log() { echo "build-librdkafka: $*" >&2; }
# Fixes for librdkafka defects that upstream has not released yet (each file says which and why);
# a cached build made with another set of them is built again.
patches_dir=$(cd "$(dirname "$0")" && pwd)/librdkafka
patch_set=$(cat "$patches_dir"/*.patch 2>/dev/null | sha256sum | cut -d' ' -f1)

version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

if [ -f "$prefix/lib/pkgconfig/rdkafka-static.pc" ] &&
  [ "$(cat "$prefix/qafka-patches.sha256" 2>/dev/null)" = "$patch_set" ]; then
  have=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --modversion rdkafka-static)
  if version_ge "$have" "$min_version"; then
    log "using cached librdkafka $have in $prefix"
    echo "$prefix"
    exit 0
  fi
fi

src_cache=$cache/librdkafka-src
mkdir -p "$src_cache"
tarball=$(ls -1 "$src_cache"/librdkafka_*.orig.tar.gz 2>/dev/null | sort -V | tail -n1 || true)
if [ -z "$tarball" ]; then
  apt_dir=$cache/apt-unstable
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  echo "deb-src http://deb.debian.org/debian unstable main" >"$apt_dir/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
    -o APT::Sandbox::User=root -o Debug::NoLocking=1)
  log "fetching Debian unstable's librdkafka source package"
  apt-get "${apt_opts[@]}" -qq update
  (cd "$src_cache" && apt-get "${apt_opts[@]}" -qq source --download-only librdkafka)
  tarball=$(ls -1 "$src_cache"/librdkafka_*.orig.tar.gz | sort -V | tail -n1)
fi
log "building $(basename "$tarball")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
srcdir=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n1)
cd "$srcdir"
for patch in "$patches_dir"/*.patch; do
  [ -f "$patch" ] || continue
  log "applying $(basename "$patch")"
  patch -p1 --quiet <"$patch"
done
./configure --prefix="$prefix" --no-download --enable-ssl --enable-gssapi --enable-zstd \
  --enable-zlib --enable-lz4-ext --enable-curl --enable-c11threads >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log" >&2; exit 1; }
make -j"$(nproc)" libs >"$work/make.log" 2>&1 || { tail -50 "$work/make.log" >&2; exit 1; }
make install-subdirs >"$work/install.log" 2>&1 || { tail -50 "$work/install.log" >&2; exit 1; }
have=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --modversion rdkafka-static)
version_ge "$have" "$min_version" || { log "built $have, older than $min_version"; exit 1; }
echo "$patch_set" >"$prefix/qafka-patches.sha256"
log "installed librdkafka $have into $prefix"
echo "$prefix"
