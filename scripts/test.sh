#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test (unit, integration
# against real Kafka clusters, offscreen widget tests) with a real Secret Service — once on the
# normal build, then again on an AddressSanitizer/UndefinedBehaviorSanitizer build with
# LeakSanitizer on, with every fuzz target run for a few seconds beside the second suite.
#   scripts/test.sh [--plain | --sanitize] [ctest arguments...]
#     (no option: both suites, the plain one first; the exit status fails if either failed)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
suites=(plain sanitize)
case "${1:-}" in
  --plain) suites=(plain); shift ;;
  --sanitize) suites=(sanitize); shift ;;
esac

# Where the time goes, for the 40-minute budget: each phase says how long it took.
phase_start=$SECONDS
phase_done() {
  echo "test.sh: $1 took $((SECONDS - phase_start)) s" >&2
  phase_start=$SECONDS
}

# The Debian packages first: the downloads below need maven, java and python3-venv.
"$root/scripts/install-deps.sh" >&2
phase_done "installing Debian packages"

# What the fixtures start, so that they only have to start it: Kafka, the Kafka Connect worker's
# jars (same version), the schema registry (built once from Maven Central), the Python oracle's
# venv (PyPI) and the OIDC server of the OAUTHBEARER tests (mock-oauth2-server's jars).
# (set -e does not apply inside a function run as part of `&&`: each step checks itself.)
fetch_servers() {
  "$root/scripts/fetch-kafka.sh" >/dev/null || return 1
  "$root/scripts/fetch-kafka.sh" --connect >/dev/null || return 1
  "$root/scripts/fetch-schema-registry.sh" >/dev/null || return 1
  "$root/scripts/python-oracles.sh" >/dev/null || return 1
  "$root/scripts/oidc-server.sh" fetch >/dev/null || return 1
}

# The older Kafka versions of the version matrix (scripts/kafka/matrix.txt): about two minutes of
# downloads each on a fresh machine, so they are resolved while the plain build compiles.
fetch_matrix() {
  local version
  while read -r version; do
    KAFKA_VERSION=$version "$root/scripts/fetch-kafka.sh" >/dev/null </dev/null || return 1
  done < <(awk '/^[a-z]/ {print $2}' "$root/scripts/kafka/matrix.txt" | sort -u)
}

# run_suite plain|sanitize [ctest arguments...]
run_suite() {
  local suite=$1 build_dir status=0
  shift
  local build_args=()
  [ "$suite" = sanitize ] && build_args+=(--sanitize)
  # set -e does not apply inside a function called from `||`: check the build by hand.
  if ! build_dir=$("$root/scripts/build.sh" "${build_args[@]}" | tail -n1) || [ -z "$build_dir" ]; then
    echo "test.sh: the $suite build failed" >&2
    return 1
  fi
  phase_done "the $suite build"
  echo "== $suite suite ($build_dir)"
  (
    export QT_QPA_PLATFORM=offscreen
    export QAFKA_SCREENSHOT_DIR=$build_dir/screenshots
    mkdir -p "$QAFKA_SCREENSHOT_DIR"
    ctest_args=(--output-on-failure --timeout 600 --no-tests=error)
    if [ "$suite" = sanitize ]; then
      # The version matrix runs once, on the plain build: its rows repeat tests that the sanitizer
      # suite runs on Kafka 4.x, through the same code, and would add six minutes to the budget.
      ctest_args+=(-LE matrix)
      # Leaks are errors; librdkafka's, OpenSSL's and the desktop libraries' process-lifetime
      # allocations are listed (and explained) in the suppressions file.
      export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
      export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
      export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
      # The package and the translation files are the same whatever the build: checked once.
      ctest_args+=(-E '^(packaging_deb|translations_finished)$')
    fi
    cd "$build_dir"
    "$root/scripts/with-keyring.sh" ctest "${ctest_args[@]}" "$@"
  ) || status=$?
  # Clusters, the registry and the Connect workers are stopped by the CTest cleanup fixtures; make
  # sure even after a crash. The workers first: they would wait for their broker while stopping.
  for worker in connect-worker connect-worker-secure connect-worker-pair/follower \
    connect-worker-pair/leader; do
    "$root/scripts/connect-worker.sh" stop "$build_dir/$worker" >/dev/null 2>&1 || true
  done
  for cluster in "$build_dir"/kafka-clusters/*/; do
    if [ -d "$cluster" ]; then
      "$root/scripts/kafka-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true
    fi
  done
  "$root/scripts/schema-registry.sh" stop "$build_dir/schema-registry" >/dev/null 2>&1 || true
  phase_done "the $suite suite"
  return $status
}

overall=0
if [ "${#suites[@]}" = 2 ]; then
  # The downloads (a minute or two on a fresh machine) go on while the plain build compiles.
  fetch_log=$(mktemp /tmp/qafka-fetch-XXXXXX.log)
  (fetch_servers && fetch_matrix) >"$fetch_log" 2>&1 &
  fetches=$!
  "$root/scripts/build.sh" >/dev/null
  phase_done "the plain build"
  if ! wait "$fetches"; then
    cat "$fetch_log" >&2
    echo "test.sh: fetching Kafka, Connect, the registry, the Python oracles, the OIDC server or the version matrix's Kafka jars failed" >&2
    exit 1
  fi
  rm -f "$fetch_log"
  phase_done "waiting for the downloads"
  # The plain suite mostly waits on brokers and JVMs: build the sanitizer tree meanwhile, at the
  # lowest priority, so the two suites do not take twice as long. Not at nice 10, where Qafka's
  # worker threads run: tst_chaos's GUI thread waited up to 75 ms (its bound is 50) to free memory
  # into the malloc arena of a worker that other load had preempted while it held the arena's lock.
  # (The brokers run in sessions of their own, like the servers on other machines they stand for.)
  asan_log=$(mktemp /tmp/qafka-asan-build-XXXXXX.log)
  nice -n 19 "$root/scripts/build.sh" --sanitize >"$asan_log" 2>&1 &
  asan_build=$!
  run_suite plain "$@" || overall=1
  if ! wait "$asan_build"; then
    cat "$asan_log" >&2
    echo "test.sh: the sanitizer build failed" >&2
    exit 1
  fi
  rm -f "$asan_log"
  phase_done "waiting for the sanitizer build"
  # The fuzz step (clang's libFuzzer tree, each target for QAFKA_FUZZ_SECONDS from its seed
  # corpus): beside the sanitizer suite, which mostly waits on brokers, at the lowest priority.
  fuzz_log=$(mktemp /tmp/qafka-fuzz-XXXXXX.log)
  (
    started=$SECONDS
    status=0
    nice -n 19 "$root/scripts/fuzz.sh" all "${QAFKA_FUZZ_SECONDS:-12}" || status=$?
    echo "fuzz step: $((SECONDS - started)) s, the clang tree's build included"
    exit $status
  ) >"$fuzz_log" 2>&1 &
  fuzz_step=$!
  run_suite sanitize "$@" || overall=1
  fuzz_status=0
  wait "$fuzz_step" || fuzz_status=$?
  grep '^fuzz' "$fuzz_log" || true
  if [ "$fuzz_status" != 0 ]; then
    tail -n 60 "$fuzz_log" >&2
    echo "test.sh: a fuzz target found a defect (scripts/fuzz.sh says how to keep its input)" >&2
    overall=1
  fi
  rm -f "$fuzz_log"
  phase_done "waiting for the fuzz step after the sanitizer suite"
else
  fetch_servers
  [ "${suites[0]}" = plain ] && fetch_matrix
  phase_done "fetching Kafka, Connect, the registry, the Python oracles and the OIDC server"
  run_suite "${suites[0]}" "$@" || overall=1
fi
exit $overall
