#!/usr/bin/env bash
# Runs the libFuzzer targets of the core's parsers (tests/fuzz) on clang's ASan/UBSan build.
#   scripts/fuzz.sh [TARGET] [SECONDS]     one target, or all of them, SECONDS each (default 60)
#   scripts/fuzz.sh --list                 the targets
# Each target starts from its seed corpus (tests/fuzz/corpus/TARGET, never written) and from
# what earlier runs found (~/.cache/qafka/fuzz/TARGET). A crash, leak, timeout or failed check
# stops the run: its input is saved as ~/.cache/qafka/fuzz/artifacts/TARGET-*; fix the defect,
# then copy the input into tests/fuzz/corpus/TARGET/ as regression-NAME so every build's CTest
# replays it. Each run's seconds and executions are added to ~/.cache/qafka/fuzz/hours.tsv.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cache=${QAFKA_CACHE:-$HOME/.cache/qafka}/fuzz
targets=()
for source in "$root"/tests/fuzz/corpus/*/; do
  targets+=("$(basename "$source")")
done

target=${1:-all}
seconds=${2:-60}
if [ "$target" = --list ]; then
  printf '%s\n' "${targets[@]}"
  exit 0
fi
if [ "$target" != all ] && [ ! -d "$root/tests/fuzz/corpus/$target" ]; then
  echo "fuzz.sh: no target $target (scripts/fuzz.sh --list)" >&2
  exit 2
fi
[ "$target" != all ] && targets=("$target")
case "$seconds" in
  '' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number" >&2; exit 2 ;;
esac

build_dir=$("$root/scripts/build.sh" --fuzz | tail -n1)
mkdir -p "$cache/artifacts"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan-fuzz.supp:print_suppressions=0

status=0
for name in "${targets[@]}"; do
  work=$cache/$name
  mkdir -p "$work"
  log=$cache/$name.log
  started=$SECONDS
  # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: one that needs 2 GB is a bomb.
  if "$build_dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$cache/artifacts/$name-" "$work" "$root/tests/fuzz/corpus/$name" \
      >"$log" 2>&1; then
    result=ok
  else
    result=FOUND
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  corpus=$(find "$work" -type f | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$name" "$((SECONDS - started))" \
    "${runs:-0}" "$result" >>"$cache/hours.tsv"
  echo "fuzz $name: $result, $((SECONDS - started)) s, ${runs:-?} runs, corpus $corpus"
  if [ "$result" != ok ]; then
    grep -E 'ERROR|SUMMARY|fuzz check failed|artifact|Test unit written' "$log" | head -n 20 >&2
    echo "fuzz.sh: the whole log is $log" >&2
  fi
done
exit $status
