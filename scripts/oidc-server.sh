#!/usr/bin/env bash
# A real OAuth 2 / OpenID Connect server on 127.0.0.1 for Qafka's OAUTHBEARER tests: NAV's
# mock-oauth2-server (Maven Central), which answers the client-credentials grant with RS256-signed
# JWTs and serves the keys that verify them (JWKS), so the broker checks a real signature.
#
# Usage:
#   oidc-server.sh fetch       resolve the server's jars into the cache (once); prints the folder
#   oidc-server.sh start DIR   start it; prints the trusted issuer's URL on its last line
#   oidc-server.sh stop DIR    stop it (idempotent)
#
# Two issuers, each with its own signing key:
#   qafka   the one the broker trusts. Tokens requested with scope "kafka" carry the broker's
#           audience (kafka-broker) and sub qafka-app; any other scope gets audience
#           another-service (a token the broker must refuse).
#   forger  signs with a key the broker does not know but copies the trusted issuer, audience and
#           subject into its tokens: a forged token.
# The server takes any client id and secret (it has no client registry).
#
# Tokens live token_lifetime seconds, short enough for a test to see one renewed.
# DIR holds afterwards: issuer, token-endpoint, jwks-url (of qafka), forger-token-endpoint,
# token-lifetime-seconds, config.json, pid, server.log.
# Environment: JAVA (default: java), QAFKA_CACHE (default ${XDG_CACHE_HOME:-$HOME/.cache}/qafka).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
JAVA=${JAVA:-java}
pom=$here/oidc/pom.xml
version=$(sed -n 's:.*<mock-oauth2-server.version>\(.*\)</mock-oauth2-server.version>.*:\1:p' "$pom")
cache=${QAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qafka}
libs=$cache/mock-oauth2-server-$version

token_lifetime=12

die() { echo "oidc-server.sh: $*" >&2; exit 1; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

cmd_fetch() {
  if [ ! -f "$libs/.complete" ]; then
    command -v mvn >/dev/null || die "mvn not found (scripts/install-deps.sh installs maven)"
    echo "oidc-server.sh: resolving mock-oauth2-server $version from Maven Central" >&2
    mkdir -p "$libs"
    mvn -B -q -f "$pom" -Dmaven.repo.local="$cache/m2" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$libs" >&2
    ls "$libs/mock-oauth2-server-$version.jar" >/dev/null
    touch "$libs/.complete"
  fi
  echo "$libs"
}

write_config() {
  local issuer=$1
  cat <<JSON
{
  "interactiveLogin": false,
  "httpServer": "NettyWrapper",
  "tokenCallbacks": [
    {
      "issuerId": "qafka",
      "tokenExpiry": $token_lifetime,
      "requestMappings": [
        {"requestParam": "scope", "match": "kafka",
         "claims": {"sub": "qafka-app", "aud": ["kafka-broker"]}},
        {"requestParam": "scope", "match": "*",
         "claims": {"sub": "qafka-app", "aud": ["another-service"]}}
      ]
    },
    {
      "issuerId": "forger",
      "tokenExpiry": $token_lifetime,
      "requestMappings": [
        {"requestParam": "scope", "match": "*",
         "claims": {"sub": "qafka-app", "aud": ["kafka-broker"], "iss": "$issuer"}}
      ]
    }
  ]
}
JSON
}

cmd_start() {
  local dir=$1 port base
  [ -n "$dir" ] || die "usage: oidc-server.sh start DIR"
  cmd_fetch >/dev/null
  # Only a folder this script made (it holds config.json) is wiped: a typo must not empty another.
  if [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
    [ -f "$dir/config.json" ] || die "$dir is not empty and holds no server of this script; refusing to use it"
    cmd_stop "$dir" 2>/dev/null || true
    rm -rf "$dir"
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  port=$(free_port)
  base=http://127.0.0.1:$port
  write_config "$base/qafka" >"$dir/config.json"
  echo "$base/qafka" >"$dir/issuer"
  echo "$base/qafka/token" >"$dir/token-endpoint"
  echo "$base/qafka/jwks" >"$dir/jwks-url"
  echo "$base/forger/token" >"$dir/forger-token-endpoint"
  echo "$token_lifetime" >"$dir/token-lifetime-seconds"
  # shellcheck disable=SC2016 # $$ is the inner bash's
  (cd "$dir" && SERVER_HOSTNAME=127.0.0.1 SERVER_PORT=$port JSON_CONFIG_PATH=$dir/config.json \
    exec setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$dir/pid" \
    "$JAVA" -Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$libs/*" \
    no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt) >>"$dir/server.log" 2>&1 </dev/null &
  local deadline=$((SECONDS + 60))
  until curl -sf "$base/qafka/.well-known/openid-configuration" >/dev/null; do
    ((SECONDS < deadline)) || die "the OIDC server did not answer within 60 s (see $dir/server.log)"
    if [ -s "$dir/pid" ] && ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
      die "the OIDC server exited (see $dir/server.log)"
    fi
    sleep 0.2
  done
  echo "$base/qafka"
}

cmd_stop() {
  local dir=$1 pid
  [ -f "$dir/pid" ] || return 0
  pid=$(cat "$dir/pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$dir/pid"
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start "${2:-}" ;;
  stop) cmd_stop "${2:-}" ;;
  *) die "usage: oidc-server.sh fetch | start DIR | stop DIR" ;;
esac
