#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test (unit, integration
# against real Kafka clusters, offscreen widget tests) with a real Secret Service.
#   scripts/test.sh [--sanitize] [ctest arguments...]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_args=()
if [ "${1:-}" = "--sanitize" ]; then
  build_args+=(--sanitize)
  shift
fi
build_dir=$("$root/scripts/build.sh" "${build_args[@]}" | tail -n1)
"$root/scripts/fetch-kafka.sh" >/dev/null

export QT_QPA_PLATFORM=offscreen
export QAFKA_SCREENSHOT_DIR=$build_dir/screenshots
mkdir -p "$QAFKA_SCREENSHOT_DIR"
if [ "${build_args[*]:-}" = "--sanitize" ]; then
  # librdkafka's own threads end after the process; their last allocations are not our leaks.
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

cd "$build_dir"
status=0
"$root/scripts/with-keyring.sh" ctest --output-on-failure --timeout 600 "$@" || status=$?
# Clusters are stopped by the CTest cleanup fixtures; make sure even after a crash.
for cluster in "$build_dir"/kafka-clusters/*/; do
  [ -d "$cluster" ] && "$root/scripts/kafka-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true
done
exit $status
