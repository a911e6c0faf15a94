#!/usr/bin/env bash
# Installs what is missing, builds librdkafka when the system's is too old, and builds Qafka.
#   scripts/build.sh [--sanitize] [--build-dir DIR]
# Prints the build directory on its last line.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${QAFKA_BUILD_DIR:-$root/build}
sanitize=OFF
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=ON; build_dir=${QAFKA_BUILD_DIR:-$root/build-asan} ;;
    --build-dir) build_dir=$2; shift ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

"$root/scripts/install-deps.sh" >&2

bench=ON
[ "$sanitize" = ON ] && bench=OFF
cmake_args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQAFKA_SANITIZE=$sanitize -DQAFKA_BUILD_BENCH=$bench)
system_version=$(pkg-config --modversion rdkafka 2>/dev/null || echo 0)
if [ "$(printf '%s\n%s\n' 2.10.0 "$system_version" | sort -V | head -n1)" != 2.10.0 ]; then
  prefix=$("$root/scripts/build-librdkafka.sh" | tail -n1)
  cmake_args+=(-DQAFKA_RDKAFKA_PREFIX="$prefix")
fi

cmake -S "$root" -B "$build_dir" "${cmake_args[@]}" >&2
cmake --build "$build_dir" -j 2 >&2
echo "$build_dir"
