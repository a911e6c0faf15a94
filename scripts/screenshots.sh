#!/usr/bin/env bash
# Screenshots of every pane as a person sees them: Qafka on a virtual screen (Xvfb) of the given
# size, a fresh settings directory (so the first-window geometry is the one a newcomer gets),
# each pane chosen by its shortcut (Ctrl+1 … Ctrl+6) and the screen captured.
#   scripts/screenshots.sh OUT_DIR WIDTHxHEIGHT BOOTSTRAP [REGISTRY_URL] [-- EXTRA QAFKA ARGS]
# The README's pictures are made with it from the sandbox (scripts/sandbox.sh --no-app).
set -euo pipefail

out=$1 size=$2 bootstrap=$3
shift 3
registry=""
if [ $# -gt 0 ] && [ "$1" != "--" ]; then registry=$1; shift; fi
[ "${1:-}" = "--" ] && shift
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${QAFKA_BUILD_DIR:-$root/build}
for tool in Xvfb import xdotool; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt install xvfb imagemagick xdotool)" >&2; exit 1; }
done
mkdir -p "$out"
home=$(mktemp -d)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
export DISPLAY=$display XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

args=(--bootstrap "$bootstrap")
[ -n "$registry" ] && args+=(--schema-registry "$registry")
QT_QPA_PLATFORM=xcb "$build_dir/app/qafka" "${args[@]}" "$@" >"$home/qafka.log" 2>&1 &
app=$!
window=""
for _ in $(seq 100); do
  window=$(xdotool search --name '^Qafka' 2>/dev/null | head -n1 || true)
  [ -n "$window" ] && break
  sleep 0.1
done
[ -n "$window" ] || { echo "screenshots: no Qafka window" >&2; cat "$home/qafka.log" >&2; exit 1; }

panes=(brokers topics messages producer groups schemas)
settle=${QAFKA_SCREENSHOT_SETTLE:-4}
sleep "$settle"
for index in "${!panes[@]}"; do
  # No window manager on Xvfb: focus the window, then type as a person would.
  xdotool windowfocus "$window" 2>/dev/null
  xdotool key "ctrl+$((index + 1))" 2>/dev/null
  sleep "$settle"
  import -window root "$out/${panes[$index]}-$size.png"
  echo "$out/${panes[$index]}-$size.png"
done
# With --group G: the group's "Lag over time" tab (Alt+T) too.
if [[ " $* " == *" --group "* ]]; then
  xdotool key ctrl+5 2>/dev/null
  sleep 1
  xdotool key alt+t 2>/dev/null
  sleep "$settle"
  import -window root "$out/lag-$size.png"
  echo "$out/lag-$size.png"
fi
