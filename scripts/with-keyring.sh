#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real, unlocked Secret Service
# (gnome-keyring-daemon), so keychain code is tested for real and never touches the user's keyring.
#   scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [ "${1:-}" = "--inside" ]; then
  shift
  keyring_home=$(mktemp -d)
  trap 'rm -rf "$keyring_home"' EXIT
  export XDG_DATA_HOME=$keyring_home/data XDG_RUNTIME_DIR=$keyring_home/run
  mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  # --unlock reads the new login keyring's password from stdin and prints its control socket.
  eval "$(printf 'qafka-test-keyring' | gnome-keyring-daemon --unlock --components=secrets | sed 's/^/export /')"
  # Wait until the Secret Service answers on the bus.
  for _ in $(seq 50); do
    secret-tool search --all qafka-probe none >/dev/null 2>&1 && break
    busctl --user status org.freedesktop.secrets >/dev/null 2>&1 && break
    sleep 0.1
  done
  export QAFKA_EXPECT_KEYCHAIN=1
  "$@"
  exit $?
fi

exec dbus-run-session -- "$0" --inside "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
