#!/usr/bin/env bash
# Runs a real Kafka Connect worker (distributed mode, one worker) on 127.0.0.1 for Qafka's tests and
# manual checks, from the Maven jars that `scripts/fetch-kafka.sh --connect` resolves: the same
# Kafka version as the test brokers, with the FileStreamSource/Sink connectors, the JSON converter
# and the built-in transforms.
#
# Usage:
#   connect-worker.sh start DIR --bootstrap HOST:PORT   start a fresh worker on a free port against
#                                                       that Kafka; the REST url on the last line
#   connect-worker.sh start DIR --kafka-dir CLUSTER_DIR the same against a kafka-cluster.sh cluster
#                                                       (its CLUSTER_DIR/bootstrap; what CTest uses)
#   connect-worker.sh start DIR ... --secure            either of those with the REST API on https
#                                                       only (a certificate for 127.0.0.1/localhost
#                                                       signed by DIR/ca.pem) and behind HTTP basic
#                                                       auth (DIR/user, DIR/password): Connect's own
#                                                       BasicAuthSecurityRestExtension
#   connect-worker.sh start DIR --join OTHER_DIR        a second worker in the group (and on the
#                                                       Kafka) of the one in OTHER_DIR
#   start options for either: --port N (the REST port; default: a free one) and --advertise-port N
#   (the port the worker tells the group it answers on; default: its own). A leader advertising
#   its follower's port makes the follower forward every change to itself, which Connect refuses
#   with its rebalance 409 ("conflicting operation (e.g. worker rebalance)"): the tests' way to
#   get that answer from a real worker on demand.
#   connect-worker.sh stop DIR     stop it (idempotent: SIGTERM, a grace period, then SIGKILL)
#   connect-worker.sh status DIR   "up URL pid=PID" or "down"
#
# Everything lives in DIR (nothing is written into the repository at run time):
#   url                the REST API's base URL, http://127.0.0.1:PORT, or https://127.0.0.1:PORT
#                      with --secure (written last: "it is up")
#   port, bootstrap    the REST port and the Kafka bootstrap the worker uses
#   group-id           the worker group, unique per start; its storage topics are GROUP-ID-configs,
#                      GROUP-ID-offsets and GROUP-ID-status, so a restart on the same broker starts
#                      empty and never meets an earlier run's connectors
#   libs               the jars folder used
#   worker.properties, log4j2.properties   the generated worker and logging configuration
#   pid                the JVM's pid while it runs
#   stdout.log         the worker's output (appended to on every start)
# and with --secure additionally:
#   ca.pem             the throw-away CA (generated per start) that signed the REST certificate:
#                      curl --cacert DIR/ca.pem -u "$(cat DIR/user):$(cat DIR/password)" URL/...
#   user, password     the REST API's one account (the password is random per start; mode 600)
#   credentials.properties   that account as "user=password", for PropertyFileLoginModule (600)
#   jaas.conf          the JVM's JAAS file (-Djava.security.auth.login.config): the login context
#                      KafkaConnect, PropertyFileLoginModule reading credentials.properties
#   tls/               ca.pem, ca.key, server.pem, server.key (SAN IP:127.0.0.1, DNS:localhost),
#                      keystore.p12 (server key and chain) and truststore.p12 (the CA); their
#                      random password is in worker.properties (listeners.https.ssl.*; mode 600)
# start refuses a DIR holding anything else (a JVM crash file hs_err_pid*.log is tolerated).
#
# Quirks of Connect 4.1 seen here: plugin.discovery=service_load is what keeps start-up at ~5 s
# and ~160 MB (the default scans every jar by reflection); GET /connectors answers an HTML 404
# page for a few seconds before the REST resources are up, so readiness is a 200 with JSON; the
# brokers run with auto.create.topics.enable=false, so a *source* connector writing a new topic
# must carry topic.creation.default.replication.factor=1 and topic.creation.default.partitions=1
# in its own config (the worker cannot default them); a FileStreamSink whose file cannot be
# opened fails its task (FAILED with a ConnectException trace) while the connector stays RUNNING.
#
# --secure needs openssl and keytool (openjdk's). Without the right credentials every REST resource
# answers 401 "User cannot access the resource." (an unknown path still answers 404); plain http to
# the port fails (curl: "Received HTTP/0.9 when not allowed").
#
# Environment: JAVA (default: java), CONNECT_WORKER_JVM_OPTS (extra JVM options, after the
# defaults, so e.g. -Xmx512m there wins: 500 running tasks need it), KAFKA_VERSION / QAFKA_CACHE
# (passed through to fetch-kafka.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAVA=${JAVA:-java}

start_timeout=180 # ~5 s alone; JVM start and the internal topics take much longer on 2 busy cores
stop_grace=15

# Files `start` owns in DIR; it removes exactly these when it reuses a DIR (stdout.log is kept).
owned_files=(url port bootstrap group-id libs worker.properties log4j2.properties pid
  ca.pem user password credentials.properties jaas.conf tls)
known_files=("${owned_files[@]}" stdout.log)

log() { echo "connect-worker: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

usage() {
  sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}" >&2
  exit 2
}

abspath() { realpath -m -- "$1"; }

# A free TCP port on 127.0.0.1, picked by the kernel (port 0), so parallel runs don't collide.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Prints the worker's pid if that process is alive *and* is our JVM (its command line names the
# port recorded in DIR and DIR's worker.properties), so a recycled pid is never signalled. A stale
# pid file is removed.
worker_pid() {
  local dir=$1 pid port args
  [ -f "$dir/pid" ] || return 1
  pid=$(cat "$dir/pid" 2>/dev/null || true)
  port=$(cat "$dir/port" 2>/dev/null || true)
  if [[ $pid =~ ^[0-9]+$ ]] && [ -n "$port" ] && [ -r "/proc/$pid/cmdline" ]; then
    args=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null || true)
    if grep -qxF -- "-Dqafka.connect.port=$port" <<<"$args" &&
      grep -qxF -- "$dir/worker.properties" <<<"$args"; then
      echo "$pid"
      return 0
    fi
  fi
  rm -f "$dir/pid"
  return 1
}

# True once PID has exited (a zombie counts as gone, as in kafka-cluster.sh).
gone() {
  local state
  [ -e "/proc/$1" ] || return 0
  state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 0
  [ -z "$state" ] || [ "$state" = Z ]
}

# "STATUS CONTENT-TYPE" of GET URL ("000 " when nothing answers) from the worker in DIR, with its
# CA and account when it is a --secure one (the credentials reach curl on stdin, so that they never
# show on a command line).
http_probe() {
  local dir=$1 url=$2
  if [ -f "$dir/ca.pem" ]; then
    printf 'user = "%s:%s"\n' "$(cat "$dir/user")" "$(cat "$dir/password")" |
      curl -s -o /dev/null -w '%{http_code} %{content_type}' --max-time 5 --cacert "$dir/ca.pem" \
        -K - "$url" 2>/dev/null || true
  else
    curl -s -o /dev/null -w '%{http_code} %{content_type}' --max-time 5 "$url" 2>/dev/null || true
  fi
}

cmd_status() {
  local dir pid
  dir=$(abspath "$1")
  if pid=$(worker_pid "$dir") && [ -f "$dir/url" ]; then
    echo "up $(cat "$dir/url") pid=$pid"
  else
    echo "down"
  fi
}

cmd_stop() {
  local dir pid deadline
  dir=$(abspath "$1")
  [ -d "$dir" ] || return 0
  pid=$(worker_pid "$dir") || return 0
  log "stopping the Connect worker in $dir (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + stop_grace))
  while ((SECONDS < deadline)) && ! gone "$pid"; do
    sleep 0.2
  done
  if ! gone "$pid"; then
    # Typically a worker whose broker is already gone: closing its producers waits for Kafka.
    log "the worker ignored SIGTERM for ${stop_grace}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
      gone "$pid" && break
      sleep 0.1
    done
  fi
  rm -f "$dir/pid"
}

write_log4j() {
  cat >"$1" <<'EOF'
# Generated by scripts/connect-worker.sh; regenerated on every start.
# Everything to the console (DIR/stdout.log) at INFO, which names connector and task state
# changes and carries their failures' traces; the full config dumps of every client are left out.
status = warn
name = qafka-test-connect

appender.console.type = Console
appender.console.name = STDOUT
appender.console.target = SYSTEM_OUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n

rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT

logger.config.name = org.apache.kafka.common.config.AbstractConfig
logger.config.level = WARN
logger.appinfo.name = org.apache.kafka.common.utils.AppInfoParser
logger.appinfo.level = WARN
EOF
}

# worker.properties for a worker on PORT, telling the group it answers on ADVERTISED, in group
# GROUP against BOOTSTRAP. With a 6th argument, the password of make_secure's stores, the REST API
# is the --secure one (make_secure's files).
write_properties() {
  local file=$1 bootstrap=$2 port=$3 advertised=$4 group=$5 store_password=${6:-} scheme=http dir
  dir=$(dirname "$file")
  [ -z "$store_password" ] || scheme=https
  cat >"$file" <<EOF
# Generated by scripts/connect-worker.sh; regenerated on every start.
bootstrap.servers=$bootstrap
group.id=$group
listeners=$scheme://127.0.0.1:$port
rest.advertised.host.name=127.0.0.1
rest.advertised.port=$advertised
rest.advertised.listener=$scheme

key.converter=org.apache.kafka.connect.json.JsonConverter
value.converter=org.apache.kafka.connect.json.JsonConverter
key.converter.schemas.enable=false
value.converter.schemas.enable=false

# Storage topics of this start only (see group-id): replication factor 1 for the single test node.
config.storage.topic=$group-configs
offset.storage.topic=$group-offsets
status.storage.topic=$group-status
config.storage.replication.factor=1
offset.storage.replication.factor=1
status.storage.replication.factor=1
offset.storage.partitions=1
status.storage.partitions=1

# Sinks commit and sources flush offsets every second, so tests see them soon.
offset.flush.interval.ms=1000
# One worker: a departed member's tasks are reassigned at once, not after 5 minutes.
scheduled.rebalance.max.delay.ms=0
# Source connectors may create their topics (they still need topic.creation.default.* of their own).
topic.creation.enable=true

# The connectors are on the classpath (connect-file); ServiceLoader finds them without a scan.
plugin.discovery=service_load
EOF
  [ -n "$store_password" ] || return 0
  chmod 600 "$file"
  cat >>"$file" <<EOF

# --secure: TLS on the only listener with tls/keystore.p12 (the server certificate, signed by
# ca.pem); the truststore serves the worker's own REST client (requests forwarded to a leader).
listeners.https.ssl.keystore.type=PKCS12
listeners.https.ssl.keystore.location=$dir/tls/keystore.p12
listeners.https.ssl.keystore.password=$store_password
listeners.https.ssl.key.password=$store_password
listeners.https.ssl.truststore.type=PKCS12
listeners.https.ssl.truststore.location=$dir/tls/truststore.p12
listeners.https.ssl.truststore.password=$store_password
listeners.https.ssl.client.auth=none
# HTTP basic auth against credentials.properties (the JAAS login context KafkaConnect of jaas.conf).
rest.extension.classes=org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension
EOF
}

# --secure's files in DIR (see the header), new on every start: a throw-away CA and a server
# certificate for 127.0.0.1/localhost in PKCS12 stores for Jetty (password STORE_PASSWORD), and the
# REST API's one account.
make_secure() {
  local dir=$1 store_password=$2 tls=$1/tls user=qafka password out
  mkdir -p "$tls"
  chmod 700 "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=Qafka Connect Test CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=localhost" \
    -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
  printf '%s\n' 'basicConstraints=CA:FALSE' 'keyUsage=critical,digitalSignature,keyEncipherment' \
    'extendedKeyUsage=serverAuth' 'subjectAltName=IP:127.0.0.1,DNS:localhost' >"$tls/server.ext"
  openssl x509 -req -sha256 -days 825 -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" \
    -set_serial "0x$(openssl rand -hex 16)" -extfile "$tls/server.ext" -out "$tls/server.pem" 2>/dev/null
  chmod 600 "$tls/ca.key" "$tls/server.key"
  openssl pkcs12 -export -name server -in "$tls/server.pem" -inkey "$tls/server.key" \
    -certfile "$tls/ca.pem" -out "$tls/keystore.p12" -passout "pass:$store_password"
  out=$(keytool -importcert -noprompt -alias qafka-connect-ca -file "$tls/ca.pem" -storetype PKCS12 \
    -keystore "$tls/truststore.p12" -storepass "$store_password" 2>&1) || die "keytool failed: $out"
  cp "$tls/ca.pem" "$dir/ca.pem"

  password=$(openssl rand -hex 16)
  (
    umask 077
    echo "$user" >"$dir/user"
    echo "$password" >"$dir/password"
    printf '# Generated by scripts/connect-worker.sh: the REST API account, user=password.\n%s=%s\n' \
      "$user" "$password" >"$dir/credentials.properties"
  )
  cat >"$dir/jaas.conf" <<EOF
// Generated by scripts/connect-worker.sh: the login context of BasicAuthSecurityRestExtension.
KafkaConnect {
  org.apache.kafka.connect.rest.basic.auth.extension.PropertyFileLoginModule required
  file="$dir/credentials.properties";
};
EOF
}

# EXIT trap while `start` waits: on failure or interruption, stop what was launched.
starting_dir=
on_start_exit() {
  local rc=$?
  trap - EXIT
  if ((rc != 0)) && [ -n "$starting_dir" ]; then
    cmd_stop "$starting_dir" || true
  fi
  exit "$rc"
}

cmd_start() {
  local dir bootstrap='' secure=0 libs port='' advertised='' join='' url group='' offset deadline
  local probe t0 pid f name store_password='' jvm_secure=()
  dir=$1
  shift
  while [ $# -gt 0 ]; do
    case $1 in
      --bootstrap)
        [ $# -ge 2 ] || die "--bootstrap needs a value"
        bootstrap=$2
        shift 2
        ;;
      --bootstrap=*)
        bootstrap=${1#--bootstrap=}
        shift
        ;;
      --kafka-dir)
        [ $# -ge 2 ] || die "--kafka-dir needs a value"
        [ -s "$2/bootstrap" ] || die "$2 holds no kafka-cluster.sh cluster (no bootstrap file)"
        bootstrap=$(head -n 1 "$2/bootstrap")
        shift 2
        ;;
      --secure)
        secure=1
        shift
        ;;
      --join)
        [ $# -ge 2 ] || die "--join needs a value"
        if [ ! -s "$2/group-id" ] || [ ! -s "$2/bootstrap" ]; then
          die "$2 holds no connect-worker.sh worker"
        fi
        join=$(abspath "$2")
        bootstrap=$(cat "$join/bootstrap")
        group=$(cat "$join/group-id")
        shift 2
        ;;
      --port | --advertise-port)
        if [ $# -lt 2 ] || [[ ! $2 =~ ^[0-9]+$ ]]; then die "$1 needs a port number"; fi
        if [ "$1" = --port ]; then port=$2; else advertised=$2; fi
        shift 2
        ;;
      *) die "unknown start option '$1'" ;;
    esac
  done
  [ -n "$bootstrap" ] || die "start needs --bootstrap HOST:PORT or --kafka-dir CLUSTER_DIR"
  command -v "$JAVA" >/dev/null || die "java not found (scripts/install-deps.sh installs openjdk-17-jre-headless)"
  command -v curl >/dev/null || die "curl is required (readiness check)"
  if ((secure)); then
    command -v openssl >/dev/null || die "--secure needs openssl (the CA and the certificate)"
    command -v keytool >/dev/null || die "--secure needs keytool (openjdk's; the truststore)"
  fi
  t0=$SECONDS

  mkdir -p "$dir"
  dir=$(abspath "$dir")
  # A DIR holding anything but the files listed above is not ours: refuse it, so a typo can
  # never clutter (or stop a process recorded in) an unrelated folder.
  for f in "$dir"/* "$dir"/.[!.]*; do
    [ -e "$f" ] || continue
    name=${f##*/}
    [[ " ${known_files[*]} " == *" $name "* || $name == hs_err_pid*.log ]] ||
      die "$dir holds '$name', which is no connect-worker.sh file; refusing to use it"
  done
  # jaas.conf quotes DIR, and java.util.Properties reads a backslash as an escape.
  ((!secure)) || [[ $dir != *[\"\\]* ]] || die "--secure needs a DIR path without '\"' or '\\'"
  cmd_stop "$dir"
  for f in "${owned_files[@]}"; do rm -rf "${dir:?}/$f"; done

  # Without a broker the worker would retry for minutes: say so at once. kcat is what the Kafka
  # fixture checks readiness with.
  if command -v kcat >/dev/null &&
    ! timeout 20 kcat -b "$bootstrap" -m 10 -L >/dev/null 2>&1; then
    die "no Kafka answers at $bootstrap"
  fi

  libs=$("$here/fetch-kafka.sh" --connect | tail -n 1)
  [ -f "$libs/.complete" ] || die "fetch-kafka.sh --connect did not print a jars folder (got '$libs')"
  [ -n "$port" ] || port=$(free_port)
  [ -n "$advertised" ] || advertised=$port
  url=http://127.0.0.1:$port
  if ((secure)); then
    url=https://127.0.0.1:$port
    store_password=$(openssl rand -hex 16)
    make_secure "$dir" "$store_password"
    jvm_secure=(-Djava.security.auth.login.config="$dir/jaas.conf")
  fi
  # Unique per start: a restart on the same broker gets new storage topics (unless it joins).
  [ -n "$group" ] || group=qafka-connect-$(date +%s%3N)-$port
  echo "$port" >"$dir/port"
  echo "$bootstrap" >"$dir/bootstrap"
  echo "$group" >"$dir/group-id"
  echo "$libs" >"$dir/libs"
  write_properties "$dir/worker.properties" "$bootstrap" "$port" "$advertised" "$group" \
    "$store_password"
  write_log4j "$dir/log4j2.properties"

  starting_dir=$dir
  trap on_start_exit EXIT
  trap 'exit 130' INT TERM

  # Detached like the Kafka nodes (setsid + nohup): the worker outlives the calling shell until
  # `stop`. The inner bash writes its own pid, then execs java, so the pid file holds the JVM's.
  # -Dqafka.connect.port only marks the command line for worker_pid. cwd is DIR, so an hs_err
  # file lands there.
  offset=$(stat -c %s "$dir/stdout.log" 2>/dev/null || echo 0)
  log "starting a Connect worker on $url (Kafka at $bootstrap, group $group)"
  # shellcheck disable=SC2086,SC2016 # CONNECT_WORKER_JVM_OPTS is a list; $$ is the inner bash's
  (cd "$dir" && exec setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$dir/pid" \
    "$JAVA" -Xms64m -Xmx384m -XX:+UseSerialGC ${CONNECT_WORKER_JVM_OPTS:-} \
    -Dqafka.connect.port="$port" -Dlog4j2.configurationFile="$dir/log4j2.properties" \
    "${jvm_secure[@]}" \
    -cp "$libs/*" org.apache.kafka.connect.cli.ConnectDistributed "$dir/worker.properties") \
    >>"$dir/stdout.log" 2>&1 </dev/null &

  deadline=$((SECONDS + start_timeout))
  while :; do
    probe=$(http_probe "$dir" "$url/connectors")
    [[ $probe == "200 application/json"* ]] && break
    # The pid file appears a moment after launch; only a missing process after that is fatal.
    if [ -f "$dir/pid" ] && ! worker_pid "$dir" >/dev/null; then
      tail -c +"$((offset + 1))" "$dir/stdout.log" | tail -n 40 >&2
      die "the worker exited during start-up (see $dir/stdout.log)"
    fi
    if ((SECONDS >= deadline)); then
      tail -c +"$((offset + 1))" "$dir/stdout.log" | tail -n 40 >&2
      die "timed out after ${start_timeout}s waiting for GET $url/connectors to answer 200 with JSON (last: '$probe')"
    fi
    sleep 0.3
  done
  pid=$(worker_pid "$dir") || die "the worker answers but its pid file is missing"
  trap - EXIT INT TERM
  echo "$url" >"$dir/url" # written last: tests take it as "the fixture is up"
  log "Connect worker up after $((SECONDS - t0))s (pid $pid): $url"
  echo "$url"
}

[ $# -ge 2 ] || usage
cmd=$1
case $cmd in
  start) cmd_start "${@:2}" ;;
  stop) cmd_stop "$2" ;;
  status) cmd_status "$2" ;;
  *) usage ;;
esac
