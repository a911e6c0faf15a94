#!/usr/bin/env bash
# Installs what is missing, builds librdkafka when the system's is too old, and builds Qafka.
#   scripts/build.sh [--sanitize | --fuzz] [--build-dir DIR]
#     --fuzz: clang's libFuzzer targets of the core's parsers only (build-fuzz), for scripts/fuzz.sh
# Prints the build directory on its last line.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${QAFKA_BUILD_DIR:-$root/build}
sanitize=OFF
fuzz=OFF
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=ON; build_dir=${QAFKA_BUILD_DIR:-$root/build-asan} ;;
    --fuzz) fuzz=ON; build_dir=${QAFKA_BUILD_DIR:-$root/build-fuzz} ;;
    --build-dir) build_dir=$2; shift ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

"$root/scripts/install-deps.sh" >&2

bench=ON
[ "$sanitize" = ON ] && bench=OFF
cmake_args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQAFKA_SANITIZE=$sanitize -DQAFKA_BUILD_BENCH=$bench)
build_target=all
if [ "$fuzz" = ON ]; then
  # libFuzzer is clang's; only the fuzz targets and the core folders they read are built.
  cmake_args+=(-DQAFKA_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14)
  build_target=fuzzers
fi
system_version=$(pkg-config --modversion rdkafka 2>/dev/null || echo 0)
if [ "$(printf '%s\n%s\n' 2.10.0 "$system_version" | sort -V | head -n1)" != 2.10.0 ]; then
  prefix=$("$root/scripts/build-librdkafka.sh" | tail -n1)
  cmake_args+=(-DQAFKA_RDKAFKA_PREFIX="$prefix")
fi

cmake -S "$root" -B "$build_dir" "${cmake_args[@]}" >&2
cmake --build "$build_dir" -j 2 --target "$build_target" >&2
echo "$build_dir"
