#!/usr/bin/env bash
# A private MIT Kerberos KDC on 127.0.0.1 for Qafka's GSSAPI tests: its own realm, database and
# configuration in one folder; nothing of the system's Kerberos set-up is read or changed.
#
# Usage:
#   kdc.sh start DIR     a fresh realm and a running KDC; prints DIR/krb5.conf on its last line
#   kdc.sh stop DIR      stop it (idempotent)
#
# DIR holds afterwards:
#   krb5.conf            the client configuration (KRB5_CONFIG=DIR/krb5.conf; the broker's JVM
#                        reads it through -Djava.security.krb5.conf)
#   realm, port          QAFKA.TEST and the KDC's TCP/UDP port
#   broker.keytab        kafka/127.0.0.1@QAFKA.TEST: the broker's service principal (the host part
#                        is the host the client dials; rdns is off)
#   client.keytab        qafka-client@QAFKA.TEST (a super user on the secure node)
#   wrong.keytab         qafka-client@QAFKA.TEST with a key the KDC does not have
#   client-principal, client-password   a principal with a password too, for kinit by hand
#   kdc.pid, kdc.log
set -euo pipefail

realm=QAFKA.TEST
client=qafka-client
password_client=qafka-user
password=qafka-kerberos-secret

die() { echo "kdc.sh: $*" >&2; exit 1; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

write_config() {
  local dir=$1 port=$2
  cat >"$dir/kdc.conf" <<CONF
[kdcdefaults]
  kdc_listen = 127.0.0.1:$port
  kdc_tcp_listen = 127.0.0.1:$port
[realms]
  $realm = {
    database_name = $dir/db/principal
    key_stash_file = $dir/db/stash
    acl_file = $dir/kadm5.acl
    supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
    max_life = 1h
    max_renewable_life = 1h
  }
[logging]
  kdc = FILE:$dir/kdc.log
CONF
  cat >"$dir/krb5.conf" <<CONF
[libdefaults]
  default_realm = $realm
  dns_lookup_kdc = false
  dns_lookup_realm = false
  rdns = false
  dns_canonicalize_hostname = false
  udp_preference_limit = 1
  permitted_enctypes = aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96
[realms]
  $realm = {
    kdc = 127.0.0.1:$port
  }
CONF
  : >"$dir/kadm5.acl"
}

cmd_start() {
  local dir=$1 port
  [ -n "$dir" ] || die "usage: kdc.sh start DIR"
  cmd_stop "$dir" 2>/dev/null || true
  rm -rf "$dir"
  mkdir -p "$dir/db"
  dir=$(cd "$dir" && pwd)
  port=$(free_port)
  write_config "$dir" "$port"
  export KRB5_CONFIG=$dir/krb5.conf KRB5_KDC_PROFILE=$dir/kdc.conf
  kdb5_util create -s -r "$realm" -P "$(head -c 24 /dev/urandom | base64)" >/dev/null 2>&1 ||
    die "kdb5_util create failed"
  kadmin.local -r "$realm" -q "addprinc -randkey kafka/127.0.0.1@$realm" >/dev/null 2>&1
  kadmin.local -r "$realm" -q "ktadd -k $dir/broker.keytab kafka/127.0.0.1@$realm" >/dev/null 2>&1
  kadmin.local -r "$realm" -q "addprinc -randkey $client@$realm" >/dev/null 2>&1
  kadmin.local -r "$realm" -q "ktadd -k $dir/client.keytab $client@$realm" >/dev/null 2>&1
  kadmin.local -r "$realm" -q "addprinc -pw $password $password_client@$realm" >/dev/null 2>&1
  # The right principal with a key the KDC never issued: "wrong keytab".
  printf '%s\n' "addent -password -p $client@$realm -k 1 -e aes256-cts-hmac-sha1-96" \
    "not-the-key" "wkt $dir/wrong.keytab" | ktutil >/dev/null 2>&1
  [ -s "$dir/wrong.keytab" ] || die "ktutil did not write wrong.keytab"
  echo "$realm" >"$dir/realm"
  echo "$port" >"$dir/port"
  echo "$password_client@$realm" >"$dir/client-principal"
  echo "$password" >"$dir/client-password"
  krb5kdc -n -P "$dir/kdc.pid" >>"$dir/kdc.log" 2>&1 &
  echo $! >"$dir/kdc.pid"
  # Ready when a ticket can be had.
  local deadline=$((SECONDS + 20))
  until KRB5CCNAME=FILE:$dir/probe.cc kinit -k -t "$dir/client.keytab" "$client@$realm" 2>/dev/null; do
    ((SECONDS < deadline)) || die "the KDC did not answer within 20 s (see $dir/kdc.log)"
    kill -0 "$(cat "$dir/kdc.pid")" 2>/dev/null || die "krb5kdc exited (see $dir/kdc.log)"
    sleep 0.2
  done
  rm -f "$dir/probe.cc"
  echo "$dir/krb5.conf"
}

cmd_stop() {
  local dir=$1 pid
  [ -f "$dir/kdc.pid" ] || return 0
  pid=$(cat "$dir/kdc.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$dir/kdc.pid"
}

case "${1:-}" in
  start) cmd_start "${2:-}" ;;
  stop) cmd_stop "${2:-}" ;;
  *) die "usage: kdc.sh start|stop DIR" ;;
esac
