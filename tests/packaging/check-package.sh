#!/usr/bin/env bash
# Builds the Debian package from a built tree and checks what a user gets: the package's name and
# computed Depends (Qt, never librdkafka, which is linked statically), the binary, the desktop file,
# the AppStream metainfo and every icon size, all named by the application id and accepted by
# desktop-file-validate and appstreamcli. Then checks that `cmake --install` puts the same files
# in place. Nothing is written to the build tree except cmake --install's install_manifest.txt.
#   tests/packaging/check-package.sh BUILD_DIR
set -euo pipefail

build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
app_id=io.github.qafka.Qafka
sizes=(16 22 24 32 48 64 128 256)

failures=0
fail() {
  echo "check-package: FAIL: $*" >&2
  failures=$((failures + 1))
}
note() { echo "check-package: $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli file objdump; do
  command -v "$tool" >/dev/null || { echo "check-package: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
[ -f "$build/CPackConfig.cmake" ] || { echo "check-package: $build/CPackConfig.cmake missing: not a configured Qafka build" >&2; exit 1; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || { echo "check-package: no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/qafka-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- the package -------------------------------------------------------------------------------
note "cpack -G DEB (version $version)"
if ! (cd "$build" && cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake") >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "check-package: FAIL: cpack -G DEB failed (is the tree built? cmake --build $build)" >&2
  exit 1
fi
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  cat "$work/cpack.log" >&2
  echo "check-package: FAIL: expected one .deb in the cpack output, found: ${debs[*]}" >&2
  exit 1
fi
deb=${debs[0]}
note "built $(basename "$deb")"
dpkg-deb -f "$deb" | sed "s/^/  /"

package=$(dpkg-deb -f "$deb" Package)
[ "$package" = qafka ] || fail "Package is '$package', expected 'qafka'"
deb_version=$(dpkg-deb -f "$deb" Version)
case "$deb_version" in
  "$version" | "$version"-*) ;;
  *) fail "Version is '$deb_version', expected $version (from project())" ;;
esac
depends=$(dpkg-deb -f "$deb" Depends)
if [ -z "$depends" ]; then
  fail "Depends is empty: CPACK_DEBIAN_PACKAGE_SHLIBDEPS did not compute it"
else
  # Versioned libc6 only comes from dpkg-shlibdeps: nothing lists it by hand.
  grep -Eq '(^|, )libc6 \(>= [0-9.]+\)' <<<"$depends" ||
    fail "Depends has no versioned libc6 entry, so it was not computed by dpkg-shlibdeps: $depends"
  for lib in libqt6core6 libqt6gui6 libqt6widgets6; do
    grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
  done
  if grep -qi rdkafka <<<"$depends"; then
    fail "Depends names librdkafka, which must be linked statically: $depends"
  fi
fi

root=$work/root
dpkg -x "$deb" "$root"

# --- the installed files, in the package (prefix /usr) and from cmake --install ----------------
# check_tree LABEL PREFIX: PREFIX is where bin/ and share/ are.
check_tree() {
  local label=$1 prefix=$2
  local desktop=$prefix/share/applications/$app_id.desktop
  local metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
  local svg=$prefix/share/icons/hicolor/scalable/apps/$app_id.svg
  local bin=$prefix/bin/qafka

  for f in "$bin" "$desktop" "$metainfo" "$svg"; do
    [ -f "$f" ] || fail "$label: ${f#"$prefix"/} is missing"
  done
  [ -x "$bin" ] || fail "$label: bin/qafka is not executable"
  if [ -f "$svg" ] && ! grep -q '<svg' "$svg"; then
    fail "$label: ${svg#"$prefix"/} is not an SVG"
  fi
  for n in "${sizes[@]}"; do
    local png=$prefix/share/icons/hicolor/${n}x${n}/apps/$app_id.png
    if [ ! -f "$png" ]; then
      fail "$label: ${png#"$prefix"/} is missing"
      continue
    fi
    local kind
    kind=$(file -b "$png")
    [[ $kind == "PNG image data, $n x $n,"* ]] || fail "$label: ${png#"$prefix"/} is not a ${n}x${n} PNG: $kind"
  done

  if [ -f "$desktop" ]; then
    local out
    if ! out=$(desktop-file-validate "$desktop" 2>&1); then
      fail "$label: desktop-file-validate rejects the desktop file:"$'\n'"$out"
    elif grep -Eq '(error|warning):' <<<"$out"; then
      fail "$label: desktop-file-validate warns about the desktop file:"$'\n'"$out"
    elif [ -n "$out" ]; then
      note "$label: desktop-file-validate: $out"
    fi
    local icon exec
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    exec=$(sed -n 's/^Exec=//p' "$desktop")
    [ "$icon" = "$app_id" ] || fail "$label: desktop file has Icon=$icon, expected $app_id"
    [ -f "$prefix/share/icons/hicolor/scalable/apps/$icon.svg" ] ||
      fail "$label: no icon file for Icon=$icon (share/icons/hicolor/scalable/apps/$icon.svg)"
    [ "${exec%% *}" = qafka ] || fail "$label: desktop file has Exec=$exec, expected qafka"
  fi

  if [ -f "$metainfo" ]; then
    local out
    if ! out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
      fail "$label: appstreamcli validate --no-net rejects the metainfo:"$'\n'"$out"
    else
      note "$label: appstreamcli: $(tail -n1 <<<"$out")"
    fi
    local id launchable binary
    id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo")
    launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")
    binary=$(sed -n 's:.*<binary>\(.*\)</binary>.*:\1:p' "$metainfo")
    [ "$id" = "$app_id" ] || fail "$label: metainfo <id> is '$id', expected $app_id"
    [ "$launchable" = "$(basename "$desktop")" ] ||
      fail "$label: metainfo launchable is '$launchable', the desktop file is $(basename "$desktop")"
    [ "$binary" = "$(basename "$bin")" ] || fail "$label: metainfo provides binary '$binary', installed is bin/qafka"
  fi

  if [ -x "$bin" ]; then
    if objdump -p "$bin" | grep -E '^\s*NEEDED' | grep -qi rdkafka; then
      fail "$label: bin/qafka loads a shared librdkafka: $(objdump -p "$bin" | grep -i 'NEEDED.*rdkafka')"
    fi
    local out
    if ! out=$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 60 "$bin" --version 2>&1); then
      fail "$label: bin/qafka --version failed: $out"
    elif ! grep -qF "$version" <<<"$out"; then
      fail "$label: bin/qafka --version does not print $version: $out"
    else
      note "$label: qafka --version: $out"
    fi
  fi
}

check_tree "package" "$root/usr"
packaged=$(cd "$root/usr" && find . -type f | sort)
stray=$(cd "$root" && find . -type f -not -path './usr/*')
[ -z "$stray" ] || fail "package: files outside /usr: $stray"

prefix=$work/prefix
if ! cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1; then
  cat "$work/install.log" >&2
  fail "cmake --install $build --prefix $prefix failed"
else
  check_tree "cmake --install" "$prefix"
  installed=$(cd "$prefix" && find . -type f | sort)
  [ "$packaged" = "$installed" ] ||
    fail "cmake --install and the package install different files:"$'\n'"$(diff <(echo "$packaged") <(echo "$installed"))"
fi

if [ "$failures" -ne 0 ]; then
  echo "check-package: $failures check(s) failed" >&2
  exit 1
fi
note "all checks passed; Depends: $depends"
