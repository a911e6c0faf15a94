#!/usr/bin/env bash
# Runs a real Apache Kafka (KRaft, combined broker+controller nodes; or, for the versions before 4.0
# that people still run, brokers with one ZooKeeper) on 127.0.0.1 for Qafka's tests and manual
# checks, from the Maven jars that scripts/fetch-kafka.sh resolves. There is no Docker
# here, and librdkafka's mock cluster answers no admin request, so a real broker is the only honest
# oracle for admin features.
#
# Usage:
#   kafka-cluster.sh start DIR [--nodes 1|3] [--secure]   start a fresh cluster; bootstrap on last line
#         [--kerberos KDC_DIR]                            with --secure: GSSAPI too, from the realm of
#                                                         scripts/kdc.sh start KDC_DIR
#         [--oidc OIDC_DIR]                               with --secure: an OAUTHBEARER listener that
#                                                         verifies tokens of scripts/oidc-server.sh
#                                                         start OIDC_DIR against its JWKS
#         [--version V] [--zookeeper]                     of Kafka V (default: the pinned 4.x; 2.5 to
#                                                         3.9 too, jars by fetch-kafka.sh), in KRaft
#                                                         mode, or with one ZooKeeper (before 4.0;
#                                                         the only mode before 2.8)
#         [--broker-config KEY=VALUE]...                  extra server.properties lines, every node
#   kafka-cluster.sh stop DIR                             stop every node (idempotent)
#   kafka-cluster.sh kill-node DIR ID                     SIGKILL one node (simulated broker death)
#   kafka-cluster.sh start-node DIR ID                    restart a stopped/killed node, wait for it
#   kafka-cluster.sh pause-node DIR ID                    SIGSTOP one node (hung, or cut off)
#   kafka-cluster.sh resume-node DIR ID                   SIGCONT it
#   kafka-cluster.sh status DIR                           one line per node: up/down
#   kafka-cluster.sh tool DIR CLASS [ARGS...]             run a Kafka CLI class from the same jars
#   kafka-cluster.sh topics|consumer-groups|configs|console-producer|console-consumer|
#                    metadata-quorum|get-offsets DIR [ARGS...]   shortcuts for `tool`
#
# Everything a test needs lives in DIR (nothing is written into the repository at run time):
#   bootstrap        PLAINTEXT host:port list of all nodes, comma-separated, one line
#   nodes            one line per node: "ID PLAINTEXT_PORT CONTROLLER_PORT"
#   libs             path of the Kafka jars folder
#   cluster-id       the KRaft cluster id (written in ZooKeeper mode too: it marks DIR as ours)
#   version, mode    with --version: the Kafka version; "kraft" or "zookeeper"
#   node-N/          server.properties, data/, logs/, pid, stdout.log (format + broker output)
#   zookeeper/       with --zookeeper: zk.properties, data/, pid, stdout.log; zookeeper-connect
#                    holds its 127.0.0.1:port
# and with --secure additionally:
#   ssl-bootstrap, sasl-ssl-bootstrap, unreachable-bootstrap (host:port each),
#   unreachable-advertised (qafka-unreachable.invalid:port), ca.pem, sasl-user, sasl-password,
#   limited-user, limited-password (a SCRAM account without ACLs: the node runs an authorizer),
#   ssl-client.properties, sasl-ssl-client.properties (for the Java tools' --command-config),
#   mtls-bootstrap (host:port of MTLS: TLS that requires a client certificate signed by ca.pem),
#   client.pem, client.key (the client certificate and its unencrypted key; Kafka principal
#   User:CN=qafka-client, a super user), client-encrypted.key (the same key, PKCS#8 encrypted with
#   the passphrase in client-key-passphrase), mtls-client.properties (--command-config for MTLS),
#   tls/ (ca.pem, ca.key, broker.pem, broker.key, client.pem, client.key, ...)
# and with --kerberos additionally:
#   kerberos-bootstrap (host:port of KERBEROS: SASL_PLAINTEXT with GSSAPI; SASL_SSL offers GSSAPI
#   too), krb5.conf (the realm's client configuration); the broker's service principal is
#   kafka/127.0.0.1, and KDC_DIR's qafka-client is a super user
# and with --oidc additionally:
#   oidc-bootstrap (host:port of OIDC: SASL_PLAINTEXT with OAUTHBEARER; the broker accepts a token
#   only when its signature checks out against the issuer's JWKS, and its issuer and audience
#   (kafka-broker) are right; the token's sub qafka-app is a super user)
#   Note: Debian's librdkafka 2.0.2 (and the system kcat) cannot log in with SCRAM to Kafka 4.x;
#   use librdkafka >= 2.6.1 (scripts/build-librdkafka.sh) or the Java tools for SASL_SSL.
#
# Environment: JAVA (default: java), KAFKA_CLUSTER_JVM_OPTS (extra broker JVM options),
# KAFKA_TOOL_JVM_OPTS (the CLI tools' JIT options; default -XX:TieredStopAtLevel=1, "" for the full
# JIT, as bench/run's peers use),
# KAFKA_VERSION / QAFKA_CACHE (passed through to fetch-kafka.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAVA=${JAVA:-java}
broker_log4j=$here/kafka/log4j2.properties
tools_log4j=$here/kafka/log4j2-tools.properties

start_timeout=120     # whole-cluster start; JVM start alone is several seconds per node on 2 cores
restart_timeout=90    # start-node
stop_grace=15         # SIGTERM grace before SIGKILL: a KRaft node can stall once its quorum is gone

# SCRAM account and fake advertised host of the --secure node. The host uses the reserved .invalid
# TLD (RFC 2606) so it can never resolve, like a Docker container name leaking out.
sasl_user=qafka
sasl_password=qafka-secret
# A second account with no ACLs of its own, for "not authorised" paths. The --secure node runs
# Kafka's StandardAuthorizer; qafka, ANONYMOUS (the PLAINTEXT, SSL and controller listeners) and
# the client certificate's principal (the MTLS listener) are super users, so everything else works
# as before.
limited_user=limited
limited_password=limited-secret
# The client certificate of the MTLS listener. Kafka's default principal builder names an SSL
# client by its certificate's subject (RFC 2253), so this subject is the principal User:CN=...
client_cn=qafka-client
client_key_passphrase=qafka-key-passphrase
unreachable_host=qafka-unreachable.invalid

# Files `start` owns in DIR; it removes exactly these (and node-*/) when it reuses a DIR.
owned_files=(bootstrap nodes libs cluster-id ssl-bootstrap sasl-ssl-bootstrap unreachable-bootstrap
  unreachable-advertised ca.pem sasl-user sasl-password ssl-client.properties sasl-ssl-client.properties
  limited-user limited-password mtls-bootstrap client.pem client.key client-encrypted.key
  client-key-passphrase mtls-client.properties version mode zookeeper-connect kerberos-bootstrap
  krb5.conf jvm-options oidc-bootstrap)

log() { echo "kafka-cluster: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

usage() {
  sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}" >&2
  exit 2
}

# ---------------------------------------------------------------------------------------------
# Helpers

# Absolute path, so server.properties and pid checks do not depend on the caller's cwd.
abspath() { realpath -m -- "$1"; }

# The jars folder: the one recorded at start, else whatever fetch-kafka.sh resolves (lets `tool`
# work without a running cluster). fetch-kafka.sh prints the folder on its last line.
libs_of() {
  local dir=$1 libs
  if [ -f "$dir/libs" ] && libs=$(cat "$dir/libs") && [ -d "$libs" ]; then
    echo "$libs"
    return
  fi
  fetch_libs "$(cat "$dir/version" 2>/dev/null || true)"
}

# The jars of Kafka VERSION (empty: the pinned one), resolved by fetch-kafka.sh.
fetch_libs() {
  local libs
  if [ -n "$1" ]; then
    libs=$(KAFKA_VERSION=$1 "$here/fetch-kafka.sh" | tail -n 1)
  else
    libs=$("$here/fetch-kafka.sh" | tail -n 1)
  fi
  [ -d "$libs" ] || die "fetch-kafka.sh did not print a libs folder (got '$libs')"
  echo "$libs"
}

# Kafka before 4.0 logs through log4j 1.x (reload4j): another file, another system property.
# Prints the JVM option for the broker and ZooKeeper, or (with "tools") for the CLI.
#   logging_option DIR broker|tools
logging_option() {
  local version
  version=$(cat "$1/version" 2>/dev/null || true)
  if [[ $version == [23].* ]]; then
    if [ "$2" = tools ]; then
      echo "-Dlog4j.configuration=file:$here/kafka/log4j-tools.properties"
    else
      echo "-Dlog4j.configuration=file:$here/kafka/log4j.properties"
    fi
  elif [ "$2" = tools ]; then
    echo "-Dlog4j2.configurationFile=$tools_log4j"
  else
    echo "-Dlog4j2.configurationFile=$broker_log4j"
  fi
}

# The first of the CLASSES that the jars of DIR's cluster hold: the CLI classes moved between
# versions (kafka.admin.TopicCommand before 3.5, org.apache.kafka.tools.TopicCommand after).
# Without a version file (the pinned Kafka) the first one, without looking.
#   tool_class DIR CLASS...
tool_class() {
  local dir=$1
  shift
  if [ ! -f "$dir/version" ]; then
    echo "$1"
    return
  fi
  python3 - "$(libs_of "$dir")" "$@" <<'EOF'
import glob, sys, zipfile
names = set()
for jar in glob.glob(sys.argv[1] + "/kafka*.jar"):
    names.update(zipfile.ZipFile(jar).namelist())
for candidate in sys.argv[2:]:
    if candidate.replace(".", "/") + ".class" in names:
        print(candidate)
        break
else:
    print(sys.argv[2])
EOF
}

# Prints N distinct free TCP ports on 127.0.0.1. All sockets stay bound until every port is read,
# so one call never hands out the same port twice; port 0 lets the kernel pick, so parallel runs
# don't collide (short of the tiny window until Kafka binds them).
free_ports() {
  python3 - "$1" <<'EOF'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
EOF
}

# KRaft cluster id: 16 random bytes, base64url without padding (what StorageTool random-uuid
# prints), made without paying for a JVM start.
# An id starting with "-" would be read as an option by the storage tool (Kafka's own
# Uuid.randomUuid() never returns one for that reason), so draw again.
new_cluster_id() {
  python3 -c '
import base64, os
while True:
    cid = base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")
    if not cid.startswith("-"):
        print(cid)
        break'
}

node_ids() {
  local dir=$1
  [ -f "$dir/nodes" ] || return 0
  awk '{print $1}' "$dir/nodes"
}

# Prints the pid in PIDFILE if that process is alive *and* is ours (its command line names
# CONFIG), so a pid recycled by an unrelated process is never signalled. A stale pid file is
# removed.
owned_pid() {
  local pidfile=$1 config=$2 pid
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if [[ $pid =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/cmdline" ] &&
    grep -qxF "$config" < <(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null); then
    echo "$pid"
    return 0
  fi
  rm -f "$pidfile"
  return 1
}

# The pid of node ID (its command line names its server.properties), if alive.
node_pid() { owned_pid "$1/node-$2/pid" "$1/node-$2/server.properties"; }

# Broker ids listed in a metadata response. Fenced (dead or not yet registered) brokers are not
# listed, which is exactly the readiness signal wanted. Extra kcat -X options may follow.
listed_brokers() {
  local bootstrap=$1
  shift
  timeout 15 kcat -b "$bootstrap" -m 5 "$@" -L -J 2>/dev/null |
    python3 -c 'import json, sys; print(" ".join(sorted(str(b["id"]) for b in json.load(sys.stdin)["brokers"])))' \
      2>/dev/null || true
}

# True when a metadata request through BOOTSTRAP lists every broker id in the list IDS.
#   lists_all BOOTSTRAP IDS [KCAT_OPTIONS...]
lists_all() {
  local bootstrap=$1 ids=$2 listed id
  shift 2
  listed=" $(listed_brokers "$bootstrap" "$@") "
  for id in $ids; do
    [[ $listed == *" $id "* ]] || return 1
  done
}

# True once process PID has exited. A zombie counts as gone: under a subreaper (some test
# runners) nobody may reap a broker this script started, but it holds no ports or files any more.
gone() {
  local state
  [ -e "/proc/$1" ] || return 0
  state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 0
  [ -z "$state" ] || [ "$state" = Z ]
}

# Waits up to 5 s for PID to be gone (SIGKILL is asynchronous), so ports and data dirs are free.
wait_gone() {
  for _ in $(seq 50); do
    gone "$1" && return 0
    sleep 0.1
  done
}

dump_logs() {
  local dir=$1 id
  for id in $(node_ids "$dir"); do
    log "---- tail of $dir/node-$id/stdout.log ----"
    tail -n 40 "$dir/node-$id/stdout.log" >&2 2>/dev/null || true
  done
}

# The GSSAPI lines of a --kerberos node: KERBEROS (SASL_PLAINTEXT) offers GSSAPI only, SASL_SSL
# GSSAPI beside SCRAM, both logging in as kafka/127.0.0.1 from the realm's keytab (later lines win
# over the SCRAM-only ones written before).
#   kerberos_properties KDC_DIR PORT
kerberos_properties() {
  local kdc=$1 realm jaas
  realm=$(cat "$kdc/realm")
  jaas="com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true storeKey=true keyTab=\"$kdc/broker.keytab\" principal=\"kafka/127.0.0.1@$realm\";"
  echo "sasl.enabled.mechanisms=SCRAM-SHA-512,GSSAPI"
  echo "sasl.kerberos.service.name=kafka"
  echo "listener.name.kerberos.sasl.enabled.mechanisms=GSSAPI"
  echo "listener.name.kerberos.gssapi.sasl.jaas.config=$jaas"
  echo "listener.name.sasl_ssl.sasl.enabled.mechanisms=SCRAM-SHA-512,GSSAPI"
  echo "listener.name.sasl_ssl.gssapi.sasl.jaas.config=$jaas"
}

# The OAUTHBEARER lines of an --oidc node (KIP-768). Kafka's default JWT validator only checks a
# token's structure (it accepted a forged and a wrong-audience token here); BrokerJwtValidator
# verifies the signature against the JWKS and checks issuer and audience. It may only fetch URLs
# allowed by the JVM property org.apache.kafka.sasl.oauthbearer.allowed.urls (see jvm-options).
#   oidc_properties OIDC_DIR
oidc_properties() {
  local oidc=$1
  echo "listener.name.oidc.sasl.enabled.mechanisms=OAUTHBEARER"
  echo "listener.name.oidc.oauthbearer.sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;"
  echo "listener.name.oidc.oauthbearer.sasl.server.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler"
  # A login's session ends when its token expires (KIP-368): a client must log in again with a
  # new token, so a client that never renews its token is found out.
  echo "listener.name.oidc.oauthbearer.connections.max.reauth.ms=3600000"
  echo "sasl.oauthbearer.jwks.endpoint.url=$(cat "$oidc/jwks-url")"
  echo "sasl.oauthbearer.expected.issuer=$(cat "$oidc/issuer")"
  echo "sasl.oauthbearer.expected.audience=kafka-broker"
  echo "sasl.oauthbearer.jwt.validator.class=org.apache.kafka.common.security.oauthbearer.BrokerJwtValidator"
}

# Launches node ID in the background. setsid + nohup detach it from the caller's session and
# process group, so the broker survives the calling shell (and a test runner's Ctrl-C or group
# kill) until `stop`. The inner bash records its own pid and then execs java, so the pid file
# holds the JVM's pid exactly. cwd is the node folder, so an hs_err file never lands elsewhere.
# stdout.log is appended to, never truncated: it keeps the format output and earlier runs.
launch_node() {
  local dir=$1 id=$2 libs nd
  libs=$(cat "$dir/libs")
  nd=$dir/node-$id
  rm -f "$nd/pid"
  # shellcheck disable=SC2086,SC2016,SC2046 # the JVM options are lists; $$ is the inner bash's
  (cd "$nd" && exec setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$nd/pid" \
    "$JAVA" -Xms128m -Xmx384m -XX:+UseSerialGC ${KAFKA_CLUSTER_JVM_OPTS:-} \
    $(cat "$dir/jvm-options" 2>/dev/null) -Dkafka.logs.dir="$nd/logs" "$(logging_option "$dir" broker)" \
    -cp "$libs/*" kafka.Kafka "$nd/server.properties") >>"$nd/stdout.log" 2>&1 </dev/null &
}

# ZooKeeper for a --zookeeper cluster on 127.0.0.1:PORT, detached like the nodes; waits until it
# answers "imok".
launch_zookeeper() {
  local dir=$1 zk=$1/zookeeper port=$2 libs deadline
  libs=$(cat "$dir/libs")
  mkdir -p "$zk/data"
  cat >"$zk/zk.properties" <<EOF
# Generated by scripts/kafka-cluster.sh; regenerated on every start.
dataDir=$zk/data
clientPort=$port
clientPortAddress=127.0.0.1
# 500 ms ticks allow broker sessions down to 1 s (2 ticks): a killed broker is seen soon.
tickTime=500
maxClientCnxns=0
# 3.7's kafka-tools brings Jetty: ZooKeeper's admin server would take port 8080.
admin.enableServer=false
4lw.commands.whitelist=ruok,srvr,stat
EOF
  echo "127.0.0.1:$port" >"$dir/zookeeper-connect"
  # shellcheck disable=SC2016 # $$ is the inner bash's
  (cd "$zk" && exec setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$zk/pid" \
    "$JAVA" -Xms32m -Xmx128m -XX:+UseSerialGC "$(logging_option "$dir" broker)" \
    -cp "$libs/*" org.apache.zookeeper.server.quorum.QuorumPeerMain "$zk/zk.properties") \
    >>"$zk/stdout.log" 2>&1 </dev/null &
  deadline=$((SECONDS + 60))
  until [ "$(zookeeper_says "$port" ruok)" = imok ]; do
    if ((SECONDS >= deadline)); then
      tail -n 40 "$zk/stdout.log" >&2
      die "ZooKeeper did not answer on 127.0.0.1:$port within 60 s"
    fi
    sleep 0.2
  done
}

# ZooKeeper's answer to a four-letter command on 127.0.0.1:PORT (empty when none).
zookeeper_says() {
  python3 - "$1" "$2" 2>/dev/null <<'EOF' || true
import socket, sys
with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2) as s:
    s.sendall(sys.argv[2].encode())
    print(s.recv(64).decode().strip())
EOF
}

# The pid of DIR's ZooKeeper (its command line names zk.properties), if alive.
zookeeper_pid() { owned_pid "$1/zookeeper/pid" "$1/zookeeper/zk.properties"; }

# Waits until each given node has logged "Kafka Server started" after byte offset OFFSET[id] of its
# stdout.log and a metadata request lists it; with --secure also through the SSL, MTLS (with the
# client certificate) and SASL_SSL listeners. Fails early when a node's process dies.
#   wait_ready DIR TIMEOUT "id:offset ..."
wait_ready() {
  local dir=$1 timeout=$2 specs=$3 deadline spec id off pending want secure=0 ok
  deadline=$((SECONDS + timeout))
  [ -f "$dir/sasl-ssl-bootstrap" ] && secure=1
  while :; do
    pending=
    for spec in $specs; do
      id=${spec%%:*}
      off=${spec#*:}
      # The pid file appears a moment after launch; only a missing process after that is fatal.
      if [ -f "$dir/node-$id/pid" ] && ! node_pid "$dir" "$id" >/dev/null; then
        dump_logs "$dir"
        die "node $id exited during start-up (see $dir/node-$id/stdout.log)"
      fi
      # (Process substitution, not a pipe: with pipefail an early-exiting grep -q would make the
      # SIGPIPE'd tail fail the test.)
      # KRaft says "Kafka Server started"; a ZooKeeper-mode broker "[KafkaServer id=N] started".
      if ! grep -qE 'Kafka Server started|\] started \(kafka\.server\.KafkaServer\)' \
        < <(tail -c +"$((off + 1))" "$dir/node-$id/stdout.log" 2>/dev/null); then
        pending="$pending $id"
      fi
    done
    if [ -z "$pending" ]; then
      want=
      for spec in $specs; do want+="${want:+ }${spec%%:*}"; done
      ok=1
      lists_all "$(cat "$dir/bootstrap")" "$want" || ok=0
      pending=" $want (not all listed in metadata via PLAINTEXT)"
      if ((ok && secure)); then
        lists_all "$(cat "$dir/ssl-bootstrap")" "$want" -X security.protocol=SSL \
          -X "ssl.ca.location=$dir/ca.pem" || ok=0
        pending=" $want (not all listed in metadata via SSL)"
        if ((ok)); then
          lists_all "$(cat "$dir/mtls-bootstrap")" "$want" -X security.protocol=SSL \
            -X "ssl.ca.location=$dir/ca.pem" -X "ssl.certificate.location=$dir/client.pem" \
            -X "ssl.key.location=$dir/client.key" || ok=0
          pending=" $want (not all listed in metadata via MTLS with the client certificate)"
        fi
        # SASL_SSL is checked with the Java client: kcat here links Debian's librdkafka 2.0.2,
        # whose SCRAM client-final-message repeats the client nonce; Kafka 4.x checks the nonce
        # strictly (RFC 5802) and rejects it as "invalid credentials" (fixed in librdkafka 2.6.1).
        if ((ok)); then
          timeout 30 "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
            -Dlog4j2.configurationFile="$tools_log4j" -cp "$(cat "$dir/libs")/*" \
            org.apache.kafka.tools.TopicCommand --bootstrap-server "$(cat "$dir/sasl-ssl-bootstrap")" \
            --command-config "$dir/sasl-ssl-client.properties" --list >/dev/null 2>&1 || ok=0
          pending=" $want (SASL_SSL login as $(cat "$dir/sasl-user") fails)"
        fi
      fi
      ((ok)) && return 0
    fi
    if ((SECONDS >= deadline)); then
      dump_logs "$dir"
      die "timed out after ${timeout}s waiting for node(s)$pending"
    fi
    sleep 0.5
  done
}

# ---------------------------------------------------------------------------------------------
# TLS material for --secure: a throw-away CA, a broker certificate for 127.0.0.1 / localhost and a
# client certificate, generated per start so no key is ever committed. librdkafka verifies the host name by default,
# hence the SANs.
make_tls() {
  local tls=$1
  mkdir -p "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=Qafka Test CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=localhost" \
    -keyout "$tls/broker.key" -out "$tls/broker.csr" 2>/dev/null
  printf '%s\n' 'basicConstraints=CA:FALSE' 'keyUsage=critical,digitalSignature,keyEncipherment' \
    'extendedKeyUsage=serverAuth' 'subjectAltName=IP:127.0.0.1,DNS:localhost' >"$tls/broker.ext"
  openssl x509 -req -sha256 -days 825 -in "$tls/broker.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" \
    -set_serial "0x$(openssl rand -hex 16)" -extfile "$tls/broker.ext" -out "$tls/broker.pem" 2>/dev/null
  # The client certificate for MTLS, signed by the same CA, and its key once more encrypted with
  # a passphrase (PKCS#8 "BEGIN ENCRYPTED PRIVATE KEY", AES-256), for ssl.key.password paths.
  openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=$client_cn" \
    -keyout "$tls/client.key" -out "$tls/client.csr" 2>/dev/null
  printf '%s\n' 'basicConstraints=CA:FALSE' 'keyUsage=critical,digitalSignature,keyEncipherment' \
    'extendedKeyUsage=clientAuth' >"$tls/client.ext"
  openssl x509 -req -sha256 -days 825 -in "$tls/client.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" \
    -set_serial "0x$(openssl rand -hex 16)" -extfile "$tls/client.ext" -out "$tls/client.pem" 2>/dev/null
  openssl pkcs8 -topk8 -v2 aes-256-cbc -in "$tls/client.key" -out "$tls/client-encrypted.key" \
    -passout "pass:$client_key_passphrase"
  chmod 600 "$tls/ca.key" "$tls/broker.key" "$tls/client.key" "$tls/client-encrypted.key"
}

# A PEM file as one properties value: newlines become the "\n" escape, which
# java.util.Properties turns back into newlines.
pem_value() { awk '{printf "%s\\n", $0}' "$@"; }

# ---------------------------------------------------------------------------------------------
# Subcommands

cmd_stop() {
  local dir id pid pids=() deadline
  dir=$(abspath "$1")
  [ -d "$dir" ] || return 0
  for id in $(node_ids "$dir"); do
    if pid=$(node_pid "$dir" "$id"); then
      # A node left paused (pause-node) would hold SIGTERM until it runs again.
      kill -CONT "$pid" 2>/dev/null || true
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$id:$pid")
    fi
  done
  if ((${#pids[@]} == 0)); then
    stop_zookeeper "$dir"
    return 0
  fi
  log "stopping ${#pids[@]} node(s) in $dir"
  # All nodes get SIGTERM at once; controlled shutdown then races the loss of quorum, which is
  # why the SIGKILL fallback is needed and not a sign of trouble.
  deadline=$((SECONDS + stop_grace))
  while ((SECONDS < deadline)); do
    local alive=0 spec
    for spec in "${pids[@]}"; do
      node_pid "$dir" "${spec%%:*}" >/dev/null && alive=1
    done
    ((alive)) || break
    sleep 0.2
  done
  for spec in "${pids[@]}"; do
    if pid=$(node_pid "$dir" "${spec%%:*}"); then
      log "node ${spec%%:*} ignored SIGTERM for ${stop_grace}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  for spec in "${pids[@]}"; do
    wait_gone "${spec#*:}"
    rm -f "$dir/node-${spec%%:*}/pid"
  done
  stop_zookeeper "$dir" # last: brokers shutting down still talk to it
  return 0
}

stop_zookeeper() {
  local pid
  pid=$(zookeeper_pid "$1") || return 0
  kill -TERM "$pid" 2>/dev/null || true
  wait_gone "$pid"
  gone "$pid" || kill -KILL "$pid" 2>/dev/null || true
  wait_gone "$pid"
  rm -f "$1/zookeeper/pid"
}

cmd_kill_node() {
  local dir id pid
  dir=$(abspath "$1")
  id=$2
  [ -d "$dir/node-$id" ] || die "no node $id in $dir"
  if pid=$(node_pid "$dir" "$id"); then
    log "killing node $id (pid $pid)"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid"
  fi
  rm -f "$dir/node-$id/pid"
}

# SIGSTOP: the node keeps its sockets open and answers nothing, as a hung or partitioned broker
# looks to a client. resume-node (SIGCONT) lets it go on.
cmd_signal_node() {
  local dir id signal pid
  dir=$(abspath "$1")
  id=$2
  signal=$3
  [ -d "$dir/node-$id" ] || die "no node $id in $dir"
  pid=$(node_pid "$dir" "$id") || die "node $id is not running"
  log "sending SIG$signal to node $id (pid $pid)"
  kill -"$signal" "$pid"
}

cmd_start_node() {
  local dir id off t0
  dir=$(abspath "$1")
  id=$2
  [ -f "$dir/node-$id/server.properties" ] || die "no node $id in $dir"
  if node_pid "$dir" "$id" >/dev/null; then
    log "node $id is already running"
  else
    t0=$SECONDS
    # Only log lines written after this offset count: stdout.log still holds the previous run's
    # "Kafka Server started".
    off=$(stat -c %s "$dir/node-$id/stdout.log" 2>/dev/null || echo 0)
    log "starting node $id"
    launch_node "$dir" "$id"
    wait_ready "$dir" "$restart_timeout" "$id:$off"
    log "node $id is up after $((SECONDS - t0))s"
  fi
  cat "$dir/bootstrap"
}

cmd_status() {
  local dir id port cport pid
  dir=$(abspath "$1")
  [ -f "$dir/nodes" ] || die "$dir holds no cluster (no 'nodes' file)"
  while read -r id port cport; do
    if pid=$(node_pid "$dir" "$id"); then
      echo "node $id 127.0.0.1:$port controller=$cport pid=$pid up"
    else
      echo "node $id 127.0.0.1:$port controller=$cport down"
    fi
  done <"$dir/nodes"
}

# JVM options that map the tools' classes from a class-data-sharing archive of the jars in LIBS:
# a tool call then starts in 0.8 s instead of 1.2 s with a third less CPU, and the tests make
# hundreds of calls on two cores shared with the brokers. The first call per Kafka version makes
# the archive (a group listing against a closed port, about 4 s); a call meanwhile goes without.
# The JVM's own warnings (an archive from another JDK, say: it is then ignored) go to stderr, so
# the tools' output stays theirs.
tool_archive_options() {
  local libs=$1 archive class jar
  archive=$(dirname "$libs")/qafka-tools-cds.jsa
  # A lock left by a maker that was killed must not keep every later call from the archive.
  find "$archive.lock" -maxdepth 0 -mmin +2 -exec rmdir {} + 2>/dev/null || true
  if [ ! -f "$archive" ] && mkdir "$archive.lock" 2>/dev/null; then
    class=kafka.admin.ConsumerGroupCommand
    for jar in "$libs"/kafka-tools-[0-9]*.jar; do
      if [ -f "$jar" ] && unzip -Z1 "$jar" 2>/dev/null |
        grep -q '^org/apache/kafka/tools/consumer/group/ConsumerGroupCommand.class$'; then
        class=org.apache.kafka.tools.consumer.group.ConsumerGroupCommand
      fi
    done
    timeout 60 "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -XX:ArchiveClassesAtExit="$archive.$$" -Xlog:disable -Xlog:all=warning:stderr \
      -cp "$libs/*" "$class" --bootstrap-server 127.0.0.1:9 --list --timeout 1500 \
      >/dev/null 2>&1 </dev/null || true
    # A few hundred KB means the tool did not even start: better no archive than that one.
    if [ "$(stat -c %s "$archive.$$" 2>/dev/null || echo 0)" -gt 4000000 ]; then
      mv "$archive.$$" "$archive"
    fi
    rm -f "$archive.$$"
    rmdir "$archive.lock"
  fi
  if [ -f "$archive" ]; then
    echo "-XX:SharedArchiveFile=$archive -Xlog:disable -Xlog:all=warning:stderr"
  fi
}

cmd_tool() {
  local dir libs
  dir=$(abspath "$1")
  shift
  [ $# -ge 1 ] || die "tool needs a class name"
  libs=$(libs_of "$dir")
  # exec: the tool's exit status and stdin (console-producer) pass straight through. Serial GC,
  # a small heap and by default only the quick JIT (C1: a quarter less CPU per call, and the tests
  # make hundreds of calls) because tools are short-lived and the brokers share the 2 cores.
  # shellcheck disable=SC2086,SC2046 # KAFKA_TOOL_JVM_OPTS and the archive options are lists
  exec "$JAVA" -Xmx256m -XX:+UseSerialGC ${KAFKA_TOOL_JVM_OPTS--XX:TieredStopAtLevel=1} \
    $(tool_archive_options "$libs") "$(logging_option "$dir" tools)" -cp "$libs/*" "$@"
}

# EXIT trap while `start` launches nodes: on failure or interruption, stop what was launched.
starting_dir=
on_start_exit() {
  local rc=$?
  trap - EXIT
  if ((rc != 0)) && [ -n "$starting_dir" ]; then
    cmd_stop "$starting_dir" || true
  fi
  exit "$rc"
}

# server.properties of a ZooKeeper-mode broker (Kafka before 4.0): the settings of the KRaft nodes
# that apply there.
#   zookeeper_node_properties ID PORT ZOOKEEPER NODE_DIR RF MIN_ISR
zookeeper_node_properties() {
  cat <<EOF
# Generated by scripts/kafka-cluster.sh; regenerated on every start.
broker.id=$1
zookeeper.connect=$3
# A killed broker leaves the metadata 3 s later (ZooKeeper's session expiry).
zookeeper.session.timeout.ms=3000
# All nodes stop at once: one quick try at a controlled shutdown, not 3 spaced 5 s apart.
controlled.shutdown.max.retries=1
controlled.shutdown.retry.backoff.ms=500
listeners=PLAINTEXT://127.0.0.1:$2
advertised.listeners=PLAINTEXT://127.0.0.1:$2
log.dirs=$4/data
num.partitions=1
default.replication.factor=$5
offsets.topic.replication.factor=$5
offsets.topic.num.partitions=5
transaction.state.log.replication.factor=$5
transaction.state.log.min.isr=$6
auto.create.topics.enable=false
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=2
# See the KRaft nodes' properties: the log cleaner's buffer fits the small heap twice over.
log.cleaner.dedupe.buffer.size=33554432
EOF
}

cmd_start() {
  local dir nodes=1 secure=0 version='' zookeeper=0 libs cid i id ports voters bootstrap t0 kdc=''
  local kerberos=0 oidc=0 oidc_dir=''
  local broker_configs=()
  dir=$1
  shift
  while [ $# -gt 0 ]; do
    case $1 in
      --nodes)
        [ $# -ge 2 ] || die "--nodes needs a value"
        nodes=$2
        shift 2
        ;;
      --nodes=*)
        nodes=${1#--nodes=}
        shift
        ;;
      --secure)
        secure=1
        shift
        ;;
      --kerberos)
        [ $# -ge 2 ] || die "--kerberos needs the KDC folder (scripts/kdc.sh start DIR)"
        kdc=$(abspath "$2")
        [ -f "$kdc/broker.keytab" ] || die "$kdc holds no realm of scripts/kdc.sh"
        kerberos=1
        shift 2
        ;;
      --oidc)
        [ $# -ge 2 ] || die "--oidc needs the OIDC server's folder (scripts/oidc-server.sh start DIR)"
        oidc_dir=$(abspath "$2")
        [ -f "$oidc_dir/jwks-url" ] || die "$oidc_dir holds no server of scripts/oidc-server.sh"
        oidc=1
        shift 2
        ;;
      --version)
        [ $# -ge 2 ] || die "--version needs a value"
        version=$2
        shift 2
        ;;
      --zookeeper)
        zookeeper=1
        shift
        ;;
      --broker-config)
        [[ $# -ge 2 && $2 == ?*=* ]] || die "--broker-config needs KEY=VALUE"
        broker_configs+=("$2")
        shift 2
        ;;
      *) die "unknown start option '$1'" ;;
    esac
  done
  [[ -z $version || $version =~ ^[234]\.[0-9]+\.[0-9]+$ ]] || die "--version takes X.Y.Z (2.5.0 to 4.x)"
  ((zookeeper == 0)) || [[ $version == [23].* ]] || die "--zookeeper needs --version 2.x or 3.x (4.0 has no ZooKeeper mode)"
  ((zookeeper == 1)) || [[ $version != 2.* ]] || die "Kafka $version runs here with --zookeeper (KRaft was not ready before 3.3)"
  ((secure == 0)) || [ -z "$version" ] || die "--secure is only supported with the pinned Kafka"
  [[ $nodes == 1 || $nodes == 3 ]] || die "--nodes must be 1 or 3"
  ((secure == 0 || nodes == 1)) || die "--secure is only supported with --nodes 1"
  ((kerberos == 0 || secure == 1)) || die "--kerberos needs --secure"
  ((oidc == 0 || secure == 1)) || die "--oidc needs --secure"
  command -v kcat >/dev/null || die "kcat is required (readiness check)"
  command -v "$JAVA" >/dev/null || die "java not found"
  t0=$SECONDS

  mkdir -p "$dir"
  dir=$(abspath "$dir")
  # A reused DIR gets a fresh cluster: new ports every run would not match the static voter set
  # recorded in old metadata. Only a DIR this script created (it has cluster-id) is wiped, so a
  # typo can never empty an unrelated folder.
  if [ -n "$(ls -A "$dir")" ]; then
    [ -f "$dir/cluster-id" ] || die "$dir is not empty and holds no kafka-cluster.sh cluster; refusing to use it"
    cmd_stop "$dir"
    local f
    for f in "${owned_files[@]}"; do rm -f "$dir/$f"; done
    rm -rf "$dir"/node-* "$dir/tls" "$dir/zookeeper"
  fi

  libs=$(fetch_libs "$version")
  cid=$(new_cluster_id)
  echo "$cid" >"$dir/cluster-id" # written first: it marks DIR as ours
  echo "$libs" >"$dir/libs"
  if [ -n "$version" ]; then
    echo "$version" >"$dir/version"
    if ((zookeeper)); then echo zookeeper; else echo kraft; fi >"$dir/mode"
  fi

  # Ports: PLAINTEXT + CONTROLLER per node, plus SSL, SASL_SSL, UNREACHABLE and MTLS for --secure.
  # ZooKeeper's client port last.
  read -r -a ports <<<"$(free_ports $((nodes * 2 + secure * 4 + kerberos + oidc + zookeeper)))"
  voters=
  bootstrap=
  : >"$dir/nodes"
  for ((i = 0; i < nodes; i++)); do
    id=$((i + 1))
    voters+="${voters:+,}$id@127.0.0.1:${ports[nodes + i]}"
    bootstrap+="${bootstrap:+,}127.0.0.1:${ports[i]}"
    echo "$id ${ports[i]} ${ports[nodes + i]}" >>"$dir/nodes"
  done
  echo "$bootstrap" >"$dir/bootstrap"

  local ssl_port sasl_port unr_port mtls_port krb_port oidc_port
  if ((secure)); then
    ssl_port=${ports[2]}
    sasl_port=${ports[3]}
    unr_port=${ports[4]}
    mtls_port=${ports[5]}
    ((kerberos)) && krb_port=${ports[6]}
    ((oidc)) && oidc_port=${ports[6 + kerberos]}
    make_tls "$dir/tls"
    cp "$dir/tls/ca.pem" "$dir/ca.pem"
    cp -p "$dir/tls/client.pem" "$dir/tls/client.key" "$dir/tls/client-encrypted.key" "$dir/"
    echo "$client_key_passphrase" >"$dir/client-key-passphrase"
    echo "127.0.0.1:$ssl_port" >"$dir/ssl-bootstrap"
    echo "127.0.0.1:$mtls_port" >"$dir/mtls-bootstrap"
    echo "127.0.0.1:$sasl_port" >"$dir/sasl-ssl-bootstrap"
    echo "127.0.0.1:$unr_port" >"$dir/unreachable-bootstrap"
    echo "$unreachable_host:$unr_port" >"$dir/unreachable-advertised"
    echo "$sasl_user" >"$dir/sasl-user"
    echo "$sasl_password" >"$dir/sasl-password"
    echo "$limited_user" >"$dir/limited-user"
    echo "$limited_password" >"$dir/limited-password"
    # Client configs for the Java CLI tools (`tool DIR ... --command-config FILE`), which are the
    # oracle for SASL here (see wait_ready).
    printf '%s\n' "security.protocol=SSL" "ssl.truststore.type=PEM" \
      "ssl.truststore.location=$dir/ca.pem" >"$dir/ssl-client.properties"
    printf '%s\n' "security.protocol=SASL_SSL" "sasl.mechanism=SCRAM-SHA-512" \
      "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$sasl_user\" password=\"$sasl_password\";" \
      "ssl.truststore.type=PEM" "ssl.truststore.location=$dir/ca.pem" >"$dir/sasl-ssl-client.properties"
    # The client's key and certificate inline, like the broker's (an unencrypted PKCS#8 key).
    printf '%s\n' "security.protocol=SSL" "ssl.truststore.type=PEM" \
      "ssl.truststore.location=$dir/ca.pem" "ssl.keystore.type=PEM" \
      "ssl.keystore.certificate.chain=$(pem_value "$dir/client.pem")" \
      "ssl.keystore.key=$(pem_value "$dir/client.key")" >"$dir/mtls-client.properties"
  fi
  if ((kerberos)); then
    echo "127.0.0.1:$krb_port" >"$dir/kerberos-bootstrap"
    cp "$kdc/krb5.conf" "$dir/krb5.conf"
    echo "-Djava.security.krb5.conf=$kdc/krb5.conf" >>"$dir/jvm-options"
  fi
  if ((oidc)); then
    echo "127.0.0.1:$oidc_port" >"$dir/oidc-bootstrap"
    echo "-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=$(cat "$oidc_dir/jwks-url")" >>"$dir/jvm-options"
  fi

  # Replication settings that need all nodes: 1 on one node, 3 (min ISR 2) on three.
  local rf=1 min_isr=1
  ((nodes == 3)) && rf=3 min_isr=2

  for ((i = 0; i < nodes; i++)); do
    id=$((i + 1))
    local nd=$dir/node-$id port=${ports[i]} cport=${ports[nodes + i]}
    mkdir -p "$nd/data" "$nd/logs"
    if ((zookeeper)); then
      zookeeper_node_properties "$id" "$port" "127.0.0.1:${ports[nodes * 2]}" "$nd" "$rf" \
        "$min_isr" >"$nd/server.properties"
      continue
    fi
    {
      echo "# Generated by scripts/kafka-cluster.sh; regenerated on every start."
      echo "process.roles=broker,controller"
      echo "node.id=$id"
      # Static voters: no --standalone/--initial-controllers needed at format time.
      echo "controller.quorum.voters=$voters"
      echo "controller.listener.names=CONTROLLER"
      echo "inter.broker.listener.name=PLAINTEXT"
      if ((secure)); then
        echo "listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport,SSL://127.0.0.1:$ssl_port,SASL_SSL://127.0.0.1:$sasl_port,UNREACHABLE://127.0.0.1:$unr_port,MTLS://127.0.0.1:$mtls_port${krb_port:+,KERBEROS://127.0.0.1:$krb_port}${oidc_port:+,OIDC://127.0.0.1:$oidc_port}"
        # UNREACHABLE is bound on loopback but advertised under a name that never resolves: the
        # classic Docker advertised.listeners mistake (bootstrap connects, metadata points nowhere).
        echo "advertised.listeners=PLAINTEXT://127.0.0.1:$port,SSL://127.0.0.1:$ssl_port,SASL_SSL://127.0.0.1:$sasl_port,UNREACHABLE://$unreachable_host:$unr_port,MTLS://127.0.0.1:$mtls_port${krb_port:+,KERBEROS://127.0.0.1:$krb_port}${oidc_port:+,OIDC://127.0.0.1:$oidc_port}"
        echo "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL,UNREACHABLE:PLAINTEXT,MTLS:SSL,KERBEROS:SASL_PLAINTEXT,OIDC:SASL_PLAINTEXT"
        # TLS without client authentication on SSL and SASL_SSL. PEM key material inline (the
        # "\n"-escaped PEM text): this form takes an unencrypted PKCS#8 key as is, so no JKS /
        # PKCS12 keystore or key password has to be made.
        echo "ssl.client.auth=none"
        echo "ssl.keystore.type=PEM"
        echo "ssl.keystore.certificate.chain=$(pem_value "$dir/tls/broker.pem" "$dir/tls/ca.pem")"
        echo "ssl.keystore.key=$(pem_value "$dir/tls/broker.key")"
        # MTLS: the same broker certificate, but a client must present a certificate signed by
        # the test CA (ssl.client.auth=required, mutual TLS). Listener-prefixed settings override
        # the ones above for this listener only; the CA is its PEM truststore.
        echo "listener.name.mtls.ssl.client.auth=required"
        echo "listener.name.mtls.ssl.truststore.type=PEM"
        echo "listener.name.mtls.ssl.truststore.certificates=$(pem_value "$dir/tls/ca.pem")"
        # SCRAM-SHA-512 on SASL_SSL; the user is created at format time (--add-scram).
        echo "sasl.enabled.mechanisms=SCRAM-SHA-512"
        echo "listener.name.sasl_ssl.sasl.enabled.mechanisms=SCRAM-SHA-512"
        echo "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;"
        echo "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer"
        # The client certificate's principal (MTLS) is a super user too.
        echo "super.users=User:ANONYMOUS;User:$sasl_user;User:CN=$client_cn${kdc:+;User:qafka-client}${oidc_dir:+;User:qafka-app}"
        ((kerberos)) && kerberos_properties "$kdc" "$krb_port"
        ((oidc)) && oidc_properties "$oidc_dir"
      else
        echo "listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport"
        echo "advertised.listeners=PLAINTEXT://127.0.0.1:$port"
        echo "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
      fi
      echo "log.dirs=$nd/data"
      echo "num.partitions=1"
      echo "default.replication.factor=$rf"
      echo "offsets.topic.replication.factor=$rf"
      # Fewer internal partitions: the group coordinator loads each one at start-up.
      echo "offsets.topic.num.partitions=5"
      echo "transaction.state.log.replication.factor=$rf"
      echo "transaction.state.log.min.isr=$min_isr"
      # Share groups (KIP-932) have their own internal topic defaulting to RF 3 / min ISR 2,
      # which a single node could never create.
      echo "share.coordinator.state.topic.replication.factor=$rf"
      echo "share.coordinator.state.topic.min.isr=$min_isr"
      # Tests create their topics explicitly; a typo must not silently create one.
      echo "auto.create.topics.enable=false"
      # Otherwise every new consumer group waits 3 s for more members.
      echo "group.initial.rebalance.delay.ms=0"
      # Small thread pools: the nodes share two cores.
      echo "num.network.threads=2"
      echo "num.io.threads=2"
      # A dynamic change of a log-cleaner setting (message.max.bytes among them) restarts the
      # cleaner, which allocates its dedupe buffer (128 MB by default) while the old one is still
      # live: on a 384 MB heap, Kafka 2.5's broker died of it in the config-change thread and
      # never applied another dynamic change. 32 MB is plenty for test topics.
      echo "log.cleaner.dedupe.buffer.size=33554432"
      # Fence a dead broker after 4 s instead of 9 s, so failure tests don't wait long to see it
      # disappear from metadata (defaults: 9000 / 2000).
      echo "broker.session.timeout.ms=4000"
      echo "broker.heartbeat.interval.ms=500"
    } >"$nd/server.properties"
  done
  # --broker-config settings last: a later line of a properties file wins.
  for ((i = 1; i <= nodes; i++)); do
    if ((${#broker_configs[@]})); then
      printf '%s\n' "${broker_configs[@]}" >>"$dir/node-$i/server.properties"
    fi
  done

  # Format all nodes in parallel (one JVM each). The output goes to stdout.log so a failure is
  # diagnosable from DIR alone.
  local fpids=() scram=()
  ((secure)) && scram=(--add-scram "SCRAM-SHA-512=[name=$sasl_user,password=$sasl_password]"
    --add-scram "SCRAM-SHA-512=[name=$limited_user,password=$limited_password]")
  ((zookeeper)) || log "formatting $nodes node(s) in $dir (cluster id $cid)"
  for ((id = 1; id <= nodes * (1 - zookeeper); id++)); do
    "$JAVA" -Xmx256m -XX:+UseSerialGC -Dlog4j2.configurationFile="$tools_log4j" -cp "$libs/*" \
      kafka.tools.StorageTool format -t "$cid" -c "$dir/node-$id/server.properties" \
      --ignore-formatted "${scram[@]}" >>"$dir/node-$id/stdout.log" 2>&1 </dev/null &
    fpids+=($!)
  done
  for ((id = 1; id <= nodes * (1 - zookeeper); id++)); do
    if ! wait "${fpids[id - 1]}"; then
      cat "$dir/node-$id/stdout.log" >&2
      die "formatting node $id failed"
    fi
  done

  # From here on nodes run detached; if start fails or is interrupted, stop them again so no
  # orphan JVM outlives a failed test setup.
  starting_dir=$dir
  trap on_start_exit EXIT
  trap 'exit 130' INT TERM

  if ((zookeeper)); then
    log "starting ZooKeeper on 127.0.0.1:${ports[nodes * 2]}"
    launch_zookeeper "$dir" "${ports[nodes * 2]}"
  fi
  local specs=
  log "starting $nodes node(s)${version:+ of Kafka $version}"
  for ((id = 1; id <= nodes; id++)); do
    specs+=" $id:$(stat -c %s "$dir/node-$id/stdout.log" 2>/dev/null || echo 0)"
    launch_node "$dir" "$id"
  done
  wait_ready "$dir" "$start_timeout" "$specs"
  trap - EXIT INT TERM
  log "cluster of $nodes node(s) up after $((SECONDS - t0))s: $bootstrap"
  echo "$bootstrap"
}

# ---------------------------------------------------------------------------------------------

[ $# -ge 2 ] || usage
cmd=$1
shift
case $cmd in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$1" ;;
  kill-node)
    [ $# -eq 2 ] || usage
    cmd_kill_node "$@"
    ;;
  start-node)
    [ $# -eq 2 ] || usage
    cmd_start_node "$@"
    ;;
  pause-node)
    [ $# -eq 2 ] || usage
    cmd_signal_node "$@" STOP
    ;;
  resume-node)
    [ $# -eq 2 ] || usage
    cmd_signal_node "$@" CONT
    ;;
  status) cmd_status "$1" ;;
  tool) cmd_tool "$@" ;;
  topics)
    cmd_tool "$1" "$(tool_class "$(abspath "$1")" org.apache.kafka.tools.TopicCommand \
      kafka.admin.TopicCommand)" "${@:2}"
    ;;
  consumer-groups)
    cmd_tool "$1" "$(tool_class "$(abspath "$1")" \
      org.apache.kafka.tools.consumer.group.ConsumerGroupCommand kafka.admin.ConsumerGroupCommand)" \
      "${@:2}"
    ;;
  configs) cmd_tool "$1" kafka.admin.ConfigCommand "${@:2}" ;;
  console-producer)
    cmd_tool "$1" "$(tool_class "$(abspath "$1")" org.apache.kafka.tools.ConsoleProducer \
      kafka.tools.ConsoleProducer)" "${@:2}"
    ;;
  console-consumer)
    cmd_tool "$1" "$(tool_class "$(abspath "$1")" org.apache.kafka.tools.consumer.ConsoleConsumer \
      kafka.tools.ConsoleConsumer)" "${@:2}"
    ;;
  metadata-quorum) cmd_tool "$1" org.apache.kafka.tools.MetadataQuorumCommand "${@:2}" ;;
  get-offsets)
    # GetOffsetShell took --broker-list until 3.0 (KIP-635): the same call works on every version.
    offset_args=("${@:2}")
    if [[ "$(cat "$(abspath "$1")/version" 2>/dev/null)" == 2.* ]]; then
      offset_args=("${offset_args[@]/#--bootstrap-server/--broker-list}")
    fi
    cmd_tool "$1" "$(tool_class "$(abspath "$1")" org.apache.kafka.tools.GetOffsetShell \
      kafka.tools.GetOffsetShell)" "${offset_args[@]}"
    ;;
  acls)
    cmd_tool "$1" "$(tool_class "$(abspath "$1")" org.apache.kafka.tools.AclCommand \
      kafka.admin.AclCommand)" "${@:2}"
    ;;
  *) usage ;;
esac
