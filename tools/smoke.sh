#!/usr/bin/env bash
# Starts the built Regie as a user would (embedded database, new data folder) and
# checks what issue #2 promises: /health answers 200, GraphQL answers, a second
# process on the same data folder is refused with a clear message, SIGTERM stops
# it cleanly. Prints the cold-start time and the RSS once ready.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
log=$(mktemp)
trap 'kill $pid 2>/dev/null || true; rm -rf "$data" "$log"' EXIT

t0=$(date +%s%N)
PORT=0 REGIE_DATA_DIR="$data" node dist/api/apps/api/src/main.js >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q 'listening on http://' "$log" && break
  kill -0 $pid 2>/dev/null || { cat "$log"; echo "smoke: the server exited during start"; exit 1; }
  sleep 0.1
done
url=$(grep -o 'listening on http://[^"]*' "$log" | head -1 | sed 's/listening on //')
[ -n "$url" ] || { cat "$log"; echo "smoke: no 'listening on' line"; exit 1; }
t1=$(date +%s%N)
rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
echo "smoke: listening on $url after $(( (t1 - t0) / 1000000 )) ms, RSS ${rss} MiB (embedded, new data folder)"

status=$(curl -s -o /dev/null -w '%{http_code}' "$url/health")
[ "$status" = 200 ] || { echo "smoke: /health answered $status"; exit 1; }
body=$(curl -s -X POST "$url/graphql" -H 'content-type: application/json' -d '{"query":"{ __typename }"}')
[ "$body" = '{"data":{"__typename":"Query"}}' ] || { echo "smoke: /graphql answered $body"; exit 1; }
index=$(curl -s "$url/")
case "$index" in *'<title>Regie</title>'*) ;; *) echo "smoke: / does not serve the admin app"; exit 1 ;; esac

set +e
second=$(PORT=0 REGIE_DATA_DIR="$data" node dist/api/apps/api/src/main.js 2>&1)
code=$?
set -e
[ $code -ne 0 ] || { echo "smoke: a second process on the same data folder started"; exit 1; }
case "$second" in *"is in use by another Regie process"*) ;; *) echo "smoke: unclear refusal: $second"; exit 1 ;; esac

set +e
bad=$(PORT=eighty node dist/api/apps/api/src/main.js 2>&1)
code=$?
set -e
[ $code -ne 0 ] && [ "$bad" = 'regie: invalid configuration: PORT: must be a whole number from 0 to 65535, got "eighty"' ] \
  || { echo "smoke: a bad PORT gave exit $code and: $bad"; exit 1; }

kill -TERM $pid
wait $pid && code=0 || code=$?
[ $code -eq 0 ] || { echo "smoke: exit code $code after SIGTERM"; exit 1; }
[ ! -e "$data/regie.lock" ] || { echo "smoke: the lock was left behind"; exit 1; }
echo "smoke: /health 200, { __typename }, admin at /, second start refused, bad config refused, clean SIGTERM"
