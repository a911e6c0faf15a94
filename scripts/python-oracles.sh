#!/usr/bin/env bash
# Creates (once, then cached) a Python virtual environment with Confluent's own Kafka client and
# schema-registry serializers from PyPI, the oracle that Qafka's schema tests compare against
# (tests/support/sr_oracle.py), and prints the venv's python on its last line.
#   scripts/python-oracles.sh [--output FILE]
#     --output FILE: also write the python path into FILE (the CTest fixture's
#     BUILD/schema-registry/python, which tests/support/schemaregistrytestserver.cpp reads)
# Environment: QAFKA_CACHE (default ${XDG_CACHE_HOME:-$HOME/.cache}/qafka), PYTHON (the python
# that creates the venv; default python3).
#
# The pins are the versions pip resolved on Debian 12 with Python 3.11 (2026-12). The venv's
# name carries confluent-kafka's version; changing any pin below means a new name.
set -euo pipefail

confluent_kafka_version=2.16.1
pins=(
  "confluent-kafka[avro,protobuf,json,schemaregistry]==$confluent_kafka_version"
  fastavro==1.13.1
  protobuf==7.36.2
)
cache=${QAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qafka}
venv=$cache/venv-oracles-$confluent_kafka_version
PYTHON=${PYTHON:-python3}

log() { echo "python-oracles: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

output=
case "${1:-}" in
  --output)
    [ $# -eq 2 ] || die "--output needs a file"
    output=$2
    ;;
  "") ;;
  *) die "unknown option '$1' (usage: python-oracles.sh [--output FILE])" ;;
esac

# Prints the python path, and writes it into --output's file.
report() {
  if [ -n "$output" ]; then
    mkdir -p "$(dirname "$output")"
    echo "$1" >"$output"
  fi
  echo "$1"
}

if [ -f "$venv/.complete" ] && [ -x "$venv/bin/python" ]; then
  report "$venv/bin/python"
  exit 0
fi

command -v "$PYTHON" >/dev/null || die "$PYTHON not found"
log "creating $venv (confluent-kafka $confluent_kafka_version from PyPI, once)"
rm -rf "$venv"
mkdir -p "$cache"
"$PYTHON" -m venv "$venv" >&2 || die "could not create a venv (Debian: apt-get install python3-venv)"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${pins[@]}" >&2 ||
  die "pip could not install ${pins[*]}"
# A quick self-check: the serializers import, and protoc is there for Protobuf schemas.
"$venv/bin/python" -c 'import confluent_kafka.schema_registry.avro, confluent_kafka.schema_registry.protobuf, confluent_kafka.schema_registry.json_schema, fastavro' >&2 ||
  die "the oracle's modules do not import"
command -v protoc >/dev/null || log "warning: protoc not found; Protobuf oracles need it (apt-get install protobuf-compiler)"
touch "$venv/.complete"
report "$venv/bin/python"
