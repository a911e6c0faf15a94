#!/usr/bin/env bash
# The "try it" command: installs what is missing, builds Qafka, starts a local 3-node Kafka
# sandbox with demo data and live traffic and a Schema Registry with demo subjects, and opens
# Qafka on both. Everything stops when Qafka quits.
#   scripts/sandbox.sh [--no-app]     (--no-app: leave the sandbox running and print its address)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cache=${QAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qafka}
dir=$cache/sandbox
registry_dir=$cache/sandbox-registry
open_app=1
[ "${1:-}" = "--no-app" ] && open_app=0

build_dir=$("$root/scripts/build.sh" | tail -n1)
"$root/scripts/fetch-kafka.sh" >/dev/null
bootstrap=$("$root/scripts/kafka-cluster.sh" start "$dir" --nodes 3 | tail -n1)
echo "sandbox: Kafka at $bootstrap (state in $dir)" >&2

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  "$root/scripts/kafka-cluster.sh" stop "$dir" >/dev/null 2>&1 || true
  "$root/scripts/schema-registry.sh" stop "$registry_dir" >/dev/null 2>&1 || true
}
topics() { "$root/scripts/kafka-cluster.sh" topics "$dir" --bootstrap-server "$bootstrap" "$@"; }

topics --create --topic orders --partitions 6 >/dev/null
topics --create --topic app-logs --partitions 3 >/dev/null
topics --create --topic sensor-readings --partitions 2 >/dev/null
topics --create --topic customers --partitions 3 --config cleanup.policy=compact >/dev/null

# JSON orders with keys and a header, plain-text log lines, binary readings.
"$root/scripts/demo-data.sh" orders 2000 | kcat -P -b "$bootstrap" -t orders -K '|' -H source=sandbox -z lz4
"$root/scripts/demo-data.sh" logs 1000 | kcat -P -b "$bootstrap" -t app-logs
"$root/scripts/demo-data.sh" binary 200 | kcat -P -b "$bootstrap" -t sensor-readings -D '\x1e'
"$root/scripts/demo-data.sh" customers 300 | kcat -P -b "$bootstrap" -t customers -K '|'

# A Schema Registry (Apicurio, in memory) with two versions of orders-value, a Protobuf subject
# that imports another, and a JSON Schema subject: what the Schemas pane shows.
"$root/scripts/fetch-schema-registry.sh" >/dev/null
"$root/scripts/schema-registry.sh" stop "$registry_dir" >/dev/null 2>&1 || true
rm -rf "$registry_dir"
registry=$("$root/scripts/schema-registry.sh" start "$registry_dir" | tail -n1)
register() { # SUBJECT JSON-BODY
  curl -sf -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' -d "$2" \
    "$registry/subjects/$1/versions" >/dev/null
}
register orders-value '{"schema":"{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"demo\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"customer\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"}]}"}'
order_v2='{"schema":"{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"demo\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"customer\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"},{\"name\":\"coupon\",\"type\":[\"null\",\"string\"],\"default\":null}]}"}'
register orders-value "$order_v2"
register money '{"schemaType":"PROTOBUF","schema":"syntax = \"proto3\";\npackage demo;\nmessage Money {\n  int64 cents = 1;\n  string currency = 2;\n}\n"}'
register payments-value '{"schemaType":"PROTOBUF","schema":"syntax = \"proto3\";\npackage demo;\nimport \"money.proto\";\nmessage Payment {\n  string id = 1;\n  demo.Money amount = 2;\n}\n","references":[{"name":"money.proto","subject":"money","version":1}]}'
register customers-value '{"schemaType":"JSON","schema":"{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"title\":\"Customer\",\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"},\"name\":{\"type\":\"string\"}}}"}'
curl -sf -X PUT -H 'Content-Type: application/vnd.schemaregistry.v1+json' \
  -d '{"compatibility":"BACKWARD"}' "$registry/config/orders-value" >/dev/null
# Avro orders in Confluent's wire format on orders-avro, which the Messages pane decodes.
order_id=$(curl -sf -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' \
  -d "$order_v2" "$registry/subjects/orders-avro-value/versions" | sed 's/.*"id":\([0-9]*\).*/\1/')
topics --create --topic orders-avro --partitions 3 >/dev/null
avro_dir=$(mktemp -d)
python3 "$root/scripts/demo-avro.py" "$order_id" 500 "$avro_dir"
kcat -P -b "$bootstrap" -t orders-avro "$avro_dir"/*.avro
rm -rf "$avro_dir"
echo "sandbox: Schema Registry at $registry (state in $registry_dir)" >&2

if [ "$open_app" = 1 ]; then
  trap cleanup EXIT
fi
# A producer that keeps writing (about 20 orders a second) ...
( while true; do "$root/scripts/demo-data.sh" orders 20 | kcat -P -b "$bootstrap" -t orders -K '|' 2>/dev/null; sleep 1; done ) &
pids+=($!)
# ... a consumer group that keeps up ...
( while true; do kcat -b "$bootstrap" -G demo-keeps-up orders -o beginning -q >/dev/null 2>&1; sleep 1; done ) &
pids+=($!)
# ... and one that falls behind: six members, one per partition of orders, each reading about
# 1.7 messages a second of the 3.3 written to it: its output is read slowly and unbuffered (-u),
# so kcat takes the next message only when the last one was read, and its offsets move evenly.
for member in 1 2 3 4 5 6; do
  ( while true; do kcat -b "$bootstrap" -G demo-falls-behind orders -o beginning -q -u \
      -X client.id="slow-$member" 2>/dev/null | while IFS= read -r _; do sleep 0.6; done
    sleep 1; done ) &
  pids+=($!)
done

if [ "$open_app" = 0 ]; then
  echo "sandbox: running; stop with: $root/scripts/kafka-cluster.sh stop $dir; $root/scripts/schema-registry.sh stop $registry_dir; kill ${pids[*]}" >&2
  echo "$bootstrap"
  exit 0
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "sandbox: no display (DISPLAY/WAYLAND_DISPLAY unset); run Qafka yourself:" >&2
  echo "  $build_dir/app/qafka --bootstrap $bootstrap --schema-registry $registry" >&2
  echo "sandbox: press Ctrl+C to stop the sandbox" >&2
  wait
fi
"$build_dir/app/qafka" --bootstrap "$bootstrap" --schema-registry "$registry"
