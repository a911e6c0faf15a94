#!/usr/bin/env bash
# Resolves Apache Kafka's official jars from Maven Central into a cache outside the repository and
# prints the libs folder on its last line. KAFKA_VERSION overrides the pinned version.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
version=${KAFKA_VERSION:-$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/kafka/pom.xml")}
cache=${QAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qafka}
libs=$cache/kafka-$version/libs

if [ -f "$libs/.complete" ]; then
  echo "$libs"
  exit 0
fi
echo "fetch-kafka: resolving Apache Kafka $version from Maven Central" >&2
mkdir -p "$libs"
mvn -B -q -f "$here/kafka/pom.xml" -Dmaven.repo.local="$cache/m2" -Dkafka.version="$version" \
  dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs" >&2
ls "$libs"/kafka_2.13-"$version".jar "$libs"/kafka-tools-"$version".jar >/dev/null
touch "$libs/.complete"
echo "$libs"
