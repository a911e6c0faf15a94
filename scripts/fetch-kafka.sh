#!/usr/bin/env bash
# Resolves Apache Kafka's official jars from Maven Central into a cache outside the repository and
# prints the libs folder on its last line. KAFKA_VERSION overrides the pinned version: 4.x from
# scripts/kafka/pom.xml, 2.5 to 3.9 from scripts/kafka/pom-legacy.xml (log4j 1 / reload4j).
#   scripts/fetch-kafka.sh             the broker and CLI tool jars: $cache/kafka-VERSION/libs
#   scripts/fetch-kafka.sh --connect   a Kafka Connect worker's jars of the same version
#                                      (scripts/kafka/connect-pom.xml): $cache/kafka-VERSION/connect-libs
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
version=${KAFKA_VERSION:-$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/kafka/pom.xml")}
cache=${QAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qafka}
libs=$cache/kafka-$version/libs

# The Connect worker's jars: a folder of their own (62 jars, 35 MB), so the worker's classpath is
# exactly what connect-runtime needs. Its .complete holds connect-pom.xml's checksum, so a changed
# POM resolves again. Resolved into a scratch folder first: an interrupted run leaves nothing half.
fetch_connect() {
  local pom=$here/kafka/connect-pom.xml dest=$cache/kafka-$version/connect-libs log4j stamp work
  stamp=$(sha256sum "$pom" | cut -d' ' -f1)
  if [ "$(cat "$dest/.complete" 2>/dev/null)" = "$stamp" ]; then
    echo "$dest"
    return 0
  fi
  log4j=$(sed -n 's:.*<log4j.version>\(.*\)</log4j.version>.*:\1:p' "$here/kafka/pom.xml")
  echo "fetch-kafka: resolving Kafka Connect $version from Maven Central" >&2
  mkdir -p "$cache/kafka-$version"
  work=$(mktemp -d "$cache/kafka-$version/connect-libs.XXXXXX")
  # shellcheck disable=SC2064 # expand $work now: it is local
  trap "rm -rf '$work'" EXIT
  mvn -B -q -f "$pom" -Dmaven.repo.local="$cache/m2" -Dkafka.version="$version" \
    -Dlog4j.version="$log4j" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$work" >&2
  ls "$work"/connect-runtime-"$version".jar "$work"/connect-file-"$version".jar \
    "$work"/log4j-core-"$log4j".jar >/dev/null
  echo "$stamp" >"$work/.complete"
  rm -rf "$dest"
  mv "$work" "$dest"
  trap - EXIT
  echo "$dest"
}

case ${1:-} in
  --connect)
    fetch_connect
    exit 0
    ;;
  "") ;;
  *)
    echo "usage: fetch-kafka.sh [--connect]" >&2
    exit 2
    ;;
esac

if [ -f "$libs/.complete" ]; then
  echo "$libs"
  exit 0
fi
echo "fetch-kafka: resolving Apache Kafka $version from Maven Central" >&2
pom=(-f "$here/kafka/pom.xml")
expected=("$libs/kafka_2.13-$version.jar" "$libs/kafka-tools-$version.jar")
case $version in
  2.*)
    pom=(-f "$here/kafka/pom-legacy.xml" -Dlegacy.family=2)
    expected=("$libs/kafka_2.13-$version.jar" "$libs/log4j-1.2.17.jar")
    ;;
  3.*) pom=(-f "$here/kafka/pom-legacy.xml" -Dlegacy.family=3) ;;
esac
mkdir -p "$libs"
mvn -B -q "${pom[@]}" -Dmaven.repo.local="$cache/m2" -Dkafka.version="$version" \
  dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs" >&2
ls "${expected[@]}" >/dev/null
touch "$libs/.complete"
echo "$libs"
