#!/usr/bin/env bash
# Runs a real schema registry on 127.0.0.1 for Qafka's tests and manual checks: Apicurio Registry
# with in-memory storage (no Kafka needed), built by scripts/fetch-schema-registry.sh. Clients talk
# to its Confluent-compatible API, the one Qafka speaks.
#
# Usage:
#   schema-registry.sh start DIR    start a fresh registry on a free port; the url on the last line
#   schema-registry.sh stop DIR     stop it (idempotent: SIGTERM, a grace period, then SIGKILL)
#   schema-registry.sh status DIR   "up URL pid=PID" or "down"
#
# Everything lives in DIR (nothing is written into the repository at run time):
#   url          the Confluent-compatible base URL, http://127.0.0.1:PORT/apis/ccompat/v7
#   root-url     http://127.0.0.1:PORT (the server root, without the /apis/ccompat/v7 prefix a
#                client must add: tests use it to check that a missing prefix gets a clear error)
#   port, jar    the port and the runner jar used
#   pid          the JVM's pid while it runs
#   stdout.log   the registry's output (appended to on every start)
# DIR may also hold `python` (see scripts/python-oracles.sh --output); start refuses a DIR holding
# anything else.
# Quirks of this registry (Apicurio 2.4): schema ids are content ids (the same schema under two
# subjects shares one id); the default compatibility is NONE; Protobuf schemas registered by
# confluent-kafka's Python serializer are stored as a base64 FileDescriptorProto; GET /subjects
# lists at most registry.ccompat.max-subjects subjects (1000 by default; raised here to 100000);
# a subject whose newest version is soft-deleted is listed only with ?deleted=true; a subject
# without a compatibility level of its own reports NONE rather than 40408.
#
# Environment: JAVA (default: java), SCHEMA_REGISTRY_JVM_OPTS (extra JVM options),
# QAFKA_CACHE / APICURIO_VERSION (passed through to fetch-schema-registry.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAVA=${JAVA:-java}

start_timeout=90 # JVM + Quarkus start: 4–7 s alone, much longer on two busy cores
stop_grace=15
ccompat_path=/apis/ccompat/v7

# Files `start` owns in DIR; it removes exactly these when it reuses a DIR (stdout.log is kept).
owned_files=(url root-url port jar pid)
# What else may be in a DIR that start reuses: its log, and the python path that the CTest
# fixture's python_oracles_setup writes there (scripts/python-oracles.sh --output DIR/python).
known_files=("${owned_files[@]}" stdout.log python)

log() { echo "schema-registry: $*" >&2; }
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

# Prints the registry's pid if that process is alive *and* is our JVM (its command line names the
# port recorded in DIR), so a recycled pid is never signalled. A stale pid file is removed.
registry_pid() {
  local dir=$1 pid port
  [ -f "$dir/pid" ] || return 1
  pid=$(cat "$dir/pid" 2>/dev/null || true)
  port=$(cat "$dir/port" 2>/dev/null || true)
  if [[ $pid =~ ^[0-9]+$ ]] && [ -n "$port" ] && [ -r "/proc/$pid/cmdline" ] &&
    grep -qxF -- "-Dquarkus.http.port=$port" < <(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null); then
    echo "$pid"
    return 0
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

# HTTP status of GET URL, or 000 when nothing answers.
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

cmd_status() {
  local dir pid
  dir=$(abspath "$1")
  if pid=$(registry_pid "$dir"); then
    echo "up $(cat "$dir/url") pid=$pid"
  else
    echo "down"
  fi
}

cmd_stop() {
  local dir pid deadline
  dir=$(abspath "$1")
  [ -d "$dir" ] || return 0
  pid=$(registry_pid "$dir") || return 0
  log "stopping the registry in $dir (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + stop_grace))
  while ((SECONDS < deadline)) && ! gone "$pid"; do
    sleep 0.2
  done
  if ! gone "$pid"; then
    log "the registry ignored SIGTERM for ${stop_grace}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
      gone "$pid" && break
      sleep 0.1
    done
  fi
  rm -f "$dir/pid"
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
  local dir jar port url root offset deadline status t0 pid f
  dir=$1
  command -v "$JAVA" >/dev/null || die "java not found (scripts/install-deps.sh installs openjdk-17-jre-headless)"
  command -v curl >/dev/null || die "curl is required (readiness check)"
  t0=$SECONDS

  mkdir -p "$dir"
  dir=$(abspath "$dir")
  # A DIR holding anything but the files listed above is not ours: refuse it, so a typo can
  # never clutter (or stop a process recorded in) an unrelated folder.
  for f in "$dir"/* "$dir"/.[!.]*; do
    [ -e "$f" ] || continue
    [[ " ${known_files[*]} " == *" ${f##*/} "* ]] ||
      die "$dir holds '${f##*/}', which is no schema-registry.sh file; refusing to use it"
  done
  cmd_stop "$dir"
  for f in "${owned_files[@]}"; do rm -f "$dir/$f"; done

  jar=$("$here/fetch-schema-registry.sh" | tail -n 1)
  [ -f "$jar" ] || die "fetch-schema-registry.sh did not print a runner jar (got '$jar')"
  port=$(free_port)
  root=http://127.0.0.1:$port
  url=$root$ccompat_path
  echo "$port" >"$dir/port"
  echo "$jar" >"$dir/jar"

  starting_dir=$dir
  trap on_start_exit EXIT
  trap 'exit 130' INT TERM

  # Detached like the Kafka nodes (setsid + nohup): the registry outlives the calling shell until
  # `stop`. The inner bash writes its own pid, then execs java, so the pid file holds the JVM's.
  offset=$(stat -c %s "$dir/stdout.log" 2>/dev/null || echo 0)
  log "starting Apicurio Registry on $root"
  # shellcheck disable=SC2086,SC2016 # SCHEMA_REGISTRY_JVM_OPTS is a list; $$ is the inner bash's
  (cd "$dir" && exec setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$dir/pid" \
    "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${SCHEMA_REGISTRY_JVM_OPTS:-} \
    -Dregistry.ccompat.max-subjects=100000 \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$jar") \
    >>"$dir/stdout.log" 2>&1 </dev/null &

  deadline=$((SECONDS + start_timeout))
  while :; do
    status=$(http_status "$url/subjects")
    [ "$status" = 200 ] && break
    # The pid file appears a moment after launch; only a missing process after that is fatal.
    if [ -f "$dir/pid" ] && ! registry_pid "$dir" >/dev/null; then
      tail -c +"$((offset + 1))" "$dir/stdout.log" | tail -n 40 >&2
      die "the registry exited during start-up (see $dir/stdout.log)"
    fi
    if ((SECONDS >= deadline)); then
      tail -c +"$((offset + 1))" "$dir/stdout.log" | tail -n 40 >&2
      die "timed out after ${start_timeout}s waiting for GET $url/subjects to answer 200 (last status: $status)"
    fi
    sleep 0.3
  done
  pid=$(registry_pid "$dir") || die "the registry answers but its pid file is missing"
  trap - EXIT INT TERM
  echo "$root" >"$dir/root-url"
  echo "$url" >"$dir/url" # written last: tests take it as "the fixture is up"
  log "registry up after $((SECONDS - t0))s (pid $pid): $url"
  echo "$url"
}

[ $# -ge 2 ] || usage
cmd=$1
case $cmd in
  start) cmd_start "$2" ;;
  stop) cmd_stop "$2" ;;
  status) cmd_status "$2" ;;
  *) usage ;;
esac
