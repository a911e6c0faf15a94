#!/usr/bin/env bash
# Builds Apicurio Registry (in-memory storage), a real schema registry with a Confluent-compatible
# API, from Maven Central into a cache outside the repository and prints the runner jar's path on
# its last line. Quick when cached; the first build takes about two minutes and ~200 MB of Maven
# cache (shared with scripts/fetch-kafka.sh).
#   scripts/fetch-schema-registry.sh
# Environment: QAFKA_CACHE (default ${XDG_CACHE_HOME:-$HOME/.cache}/qafka), APICURIO_VERSION
# (default: the version pinned in scripts/schema-registry/pom.xml), MAVEN_OPTS (default -Xmx256m).
#
# The cache holds $cache/apicurio-registry-VERSION/{*-runner.jar,lib/,.complete} (.complete holds
# the POM's sha256, so a changed POM rebuilds). The Maven build itself runs in a scratch copy of
# the POM under the cache, so nothing lands in the repository.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
pom=$here/schema-registry/pom.xml
version=${APICURIO_VERSION:-$(sed -n 's:.*<apicurio.version>\(.*\)</apicurio.version>.*:\1:p' "$pom")}
cache=${QAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qafka}
dest=$cache/apicurio-registry-${version%.Final}

log() { echo "fetch-schema-registry: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

runner_jar() { find "$dest" -maxdepth 1 -name '*-runner.jar' -print -quit; }

# .complete holds the POM's checksum: a changed POM (a new pin or exclusion) rebuilds.
stamp=$(sha256sum "$pom" | cut -d' ' -f1)
if [ "$(cat "$dest/.complete" 2>/dev/null)" = "$stamp" ] && jar=$(runner_jar) && [ -n "$jar" ]; then
  echo "$jar"
  exit 0
fi

command -v mvn >/dev/null || die "mvn not found (scripts/install-deps.sh installs maven)"
log "building Apicurio Registry $version from Maven Central (once; about two minutes)"
t0=$SECONDS
mkdir -p "$cache"
work=$(mktemp -d "$cache/apicurio-build-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$pom" "$work/pom.xml"
# -DskipUiBuild: the registry's own build property for leaving out its web UI.
buildlog=$cache/apicurio-registry-build.log
if ! MAVEN_OPTS=${MAVEN_OPTS:--Xmx256m} mvn -B -ntp -f "$work/pom.xml" -Dmaven.repo.local="$cache/m2" \
  -Dapicurio.version="$version" -DskipUiBuild package >"$buildlog" 2>&1; then
  grep -E '^\[(ERROR|WARNING)\]' "$buildlog" | tail -n 40 >&2
  die "the Maven build failed (full log: $buildlog)"
fi
built=$(find "$work/target" -maxdepth 1 -name '*-runner.jar' -print -quit)
if [ -z "$built" ] || [ ! -d "$work/target/lib" ]; then
  die "the build made no target/*-runner.jar with target/lib (see $buildlog)"
fi

rm -rf "$dest"
mkdir -p "$dest"
cp "$built" "$dest/"
cp -r "$work/target/lib" "$dest/lib"
echo "$stamp" >"$dest/.complete"
log "built in $((SECONDS - t0))s: $dest"
runner_jar
