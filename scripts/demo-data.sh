#!/usr/bin/env bash
# Prints demo messages for the sandbox: demo-data.sh orders|logs|binary|customers COUNT
# orders and customers print "key|value" lines (kcat -K '|'); binary prints records separated by
# the ASCII record separator 0x1e (kcat -D '\x1e').
set -euo pipefail
kind=$1
count=$2
case "$kind" in
  orders)
    awk -v n="$count" -v seed="$RANDOM" 'BEGIN {
      srand(seed); split("EUR USD KRW GBP", cur, " "); split("new paid shipped cancelled", st, " ")
      for (i = 0; i < n; i++) {
        id = int(rand() * 1000000); c = int(rand() * 500)
        printf "customer-%d|{\"orderId\":%d,\"customer\":{\"id\":%d,\"tier\":\"%s\"},\"amount\":%.2f,\"currency\":\"%s\",\"status\":\"%s\",\"items\":[{\"sku\":\"SKU-%d\",\"qty\":%d}]}\n",
          c, id, c, (c % 5 ? "standard" : "gold"), rand() * 300, cur[1 + int(rand() * 4)], st[1 + int(rand() * 4)],
          int(rand() * 9000) + 1000, 1 + int(rand() * 4)
      } }'
    ;;
  logs)
    awk -v n="$count" -v seed="$RANDOM" 'BEGIN {
      srand(seed); split("INFO INFO INFO WARN ERROR DEBUG", lv, " ")
      split("checkout payment inventory gateway auth", svc, " ")
      for (i = 0; i < n; i++)
        printf "2026-11-21T10:%02d:%02d.%03dZ %-5s [%s] request %d handled in %d ms\n",
          int(i / 60) % 60, i % 60, int(rand() * 1000), lv[1 + int(rand() * 6)], svc[1 + int(rand() * 5)],
          int(rand() * 100000), int(rand() * 900)
    }'
    ;;
  binary)
    # Arbitrary bytes (no 0x1e inside): not valid UTF-8, to exercise hex display.
    for ((i = 0; i < count; i++)); do
      head -c 48 /dev/urandom | tr '\036' '\037'
      printf '\036'
    done
    ;;
  customers)
    for ((i = 0; i < count; i++)); do
      printf 'customer-%d|{"id":%d,"name":"Customer %d","country":"%s"}\n' $((i % 150)) $((i % 150)) $((i % 150)) \
        "$(printf 'KR\nDE\nUS\nFR\nBR' | sed -n "$((i % 5 + 1))p")"
    done
    ;;
  *) echo "demo-data.sh: unknown kind $kind" >&2; exit 2 ;;
esac
