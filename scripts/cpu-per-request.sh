#!/usr/bin/env bash
# The server's own CPU time per request, which does not depend on how the load generator is
# scheduled: starts `<binary> serve --demo` on a fresh PostgreSQL database with Redis, sends
# 3,000 `viewer` and 3,000 `node` requests (8 clients, after a warm-up of 300) and reads the
# process's user+system time from /proc before and after.
#   scripts/cpu-per-request.sh target/release/ostoja [port] [database]
set -euo pipefail
BIN=$(realpath "$1")
PORT=${2:-18090}
DB=${3:-ostoja_cpu_per_request}
COUNT=3000
PGOPTIONS="-c client_min_messages=warning" psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB" -c "create database $DB" postgres >/dev/null
export OSTOJA_DATABASE__URL="postgres://postgres@127.0.0.1:5432/$DB"
export OSTOJA_REDIS__URL="redis://127.0.0.1:6379" OSTOJA_LOG__FILTER=error OSTOJA_RATE_LIMIT__ENABLED=false
dir=$(mktemp -d)
cd "$dir"
"$BIN" serve --demo --port "$PORT" >log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 240); do grep -q "listening on" log && break; sleep 0.5; done
grep -q "listening on" log || { cat log; exit 1; }
TOKEN=$("$BIN" dev-token --tenant zory --user pracownik | tail -1)
URL="http://127.0.0.1:$PORT/graphql"
cpu() { awk '{print $14+$15}' "/proc/$PID/stat"; }
ask() { curl -sf -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d "$1" "$URL"; }
send() { # body count
  seq "$2" | xargs -P 8 -n 50 sh -c 'for _ in "$@"; do curl -s -o /dev/null -H "Authorization: Bearer $0" -H "Content-Type: application/json" -d "$1" "$2"; done' "$TOKEN" "$1" "$URL" >/dev/null
}
per_request() { # body
  ask "$1" | grep -q '"errors"' && { echo "the request fails: $(ask "$1")" >&2; exit 1; }
  send "$1" 300
  local before after
  before=$(cpu)
  send "$1" "$COUNT"
  after=$(cpu)
  python3 -c "print(f'{($after - $before) * 1000 / $(getconf CLK_TCK) / $COUNT:.3f}')"
}
VIEWER='{"query":"{ viewer { login roles user { id displayName } municipality { name } } }"}'
USER_ID=$(ask '{"query":"{ viewer { user { id } } }"}' | python3 -c 'import sys, json; print(json.load(sys.stdin)["data"]["viewer"]["user"]["id"])')
NODE='{"query":"{ node(id: \"'"$USER_ID"'\") { id ... on User { displayName } } }"}'
echo "viewer: $(per_request "$VIEWER") ms of server CPU per request"
echo "node:   $(per_request "$NODE") ms of server CPU per request"
