#!/usr/bin/env bash
# Where a request's time goes, on the 2-core machine where the server, PostgreSQL and the load
# generator share the CPU: for the Blue Card list (50 cards with persons, group and deadlines, as
# the social worker) and for `node(id:)` of a user, 50 wrk clients for $T seconds while
# `perf record -a` samples every process; prints each process's share of the CPU and the server's
# hottest functions, grouped by crate, and the requests per second.
# Run after ../shared/perf/ostoja-up.sh has started the release binary with its 10,000 cards:
#   scripts/profile-requests.sh [seconds]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
T=${1:-10}
PEERS=${PEERS:-$HOME/.cache/ostoja-perf}
url=http://127.0.0.1:${OPORT:-5060}
post=${POST_LUA:-$here/../../shared/perf/post.lua}
pid=$(cat "$PEERS/ostoja.pid")
command -v perf >/dev/null || { apt-get update -qq && apt-get install -y -qq linux-perf; } >/dev/null
uid=$(curl -s -H "authorization: Bearer $(cat "$PEERS/ostoja.tok")" -H 'content-type: application/json' \
  --data '{"query":"{ viewer { user { id } } }"}' "$url/graphql" |
  python3 -c "import json,sys; print(json.load(sys.stdin)['data']['viewer']['user']['id'])")
printf '{"query":"query($id: ID!) { node(id: $id) { id ... on User { login displayName } } }","variables":{"id":"%s"}}' "$uid" > "$PEERS/node-self.json"
for case in list node; do
  body=$PEERS/ostoja-list.json; [ "$case" = node ] && body=$PEERS/node-self.json
  data=$PEERS/perf-$case.data
  perf record -q -a -g -F 499 -o "$data" -- \
    env BODY_FILE="$body" TOKEN_FILE="$PEERS/ostoja.tok" wrk -t2 -c50 -d"${T}s" -s "$post" "$url/graphql" \
    > "$PEERS/wrk-$case.txt" 2>/dev/null
  echo "== $case: $(grep -oP 'Requests/sec:\s+\K[0-9.]+' "$PEERS/wrk-$case.txt") requests/s"
  echo "-- CPU by process"
  perf report -i "$data" --no-children --sort comm --stdio 2>/dev/null | grep -E '^\s+[0-9.]+%' | head -8
  echo "-- the server's CPU by crate (self time)"
  perf report -i "$data" --no-children --pid "$pid" --percentage relative --sort sym --stdio -g none 2>/dev/null |
    grep -E '^\s+[0-9.]+%' |
    awk '{ pct=$1; sub("%","",pct); $1=""; $2=""; name=$0;
           crate="other";
           if (name ~ /\[k\]/) crate="kernel (system calls, network)";
           else if (match(name, /[a-z_0-9]+::/)) crate=substr(name, RSTART, RLENGTH-2);
           total[crate]+=pct }
         END { for (c in total) printf "  %6.2f%%  %s\n", total[c], c }' | sort -rn | head -14
done
