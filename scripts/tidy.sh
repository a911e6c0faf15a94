#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy over core/, models/, ui/ and app/, using the
# normal build's compile_commands.json. Prints each finding once; exits 1 if there is any.
#   scripts/tidy.sh [BUILD_DIR]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$root/build}
command -v run-clang-tidy >/dev/null || { echo "tidy: clang-tidy is not installed" >&2; exit 2; }
[ -f "$build_dir/compile_commands.json" ] || { echo "tidy: build first (scripts/build.sh)" >&2; exit 2; }

log=$(mktemp)
commands=$(mktemp -d)
trap 'rm -rf "$log" "$commands"' EXIT
# The build's precompiled headers are GCC's, which clang cannot read: each source is checked with
# the headers it includes itself (which also catches one that leans on a precompiled header).
sed -E 's/ -include [^ ]*cmake_pch\.hxx//g; s/ -Winvalid-pch//g' "$build_dir/compile_commands.json" \
  >"$commands/compile_commands.json"
run-clang-tidy -p "$commands" -j "$(nproc)" -quiet "$root/(core|models|ui|app)/.*\\.cpp\$" >"$log" 2>&1 || true
findings=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^/.*: (warning|error): ' | grep -v '\.moc:' | sort -u || true)
if [ -n "$findings" ]; then
  echo "$findings"
  echo "tidy: $(echo "$findings" | wc -l) finding(s)"
  exit 1
fi
echo "tidy: clean"
