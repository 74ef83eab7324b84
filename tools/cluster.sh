#!/usr/bin/env bash
# The production shape on one machine, without containers (docker/compose.yml is the same
# with containers): 3 API processes from the build on one database of the local PostgreSQL
# server, their files in an S3-speaking server (s3rver, as in the tests), and a round-robin
# reverse proxy in front (tools/round-robin-proxy.ts). Ctrl-C stops everything.
#
#   tools/cluster.sh              # builds first (npm run build)
#   REGIE_CLUSTER_NO_BUILD=1 tools/cluster.sh
#
# Settings (environment):
#   REGIE_CLUSTER_PORT   the proxy's port (3000); the processes take the next three
#   REGIE_CLUSTER_DB     the database, created when missing (regie_cluster)
#   PGURL                the server (postgres://postgres@127.0.0.1:5432)
#   REGIE_SMTP_*, REGIE_MAIL_FROM, REGIE_PUBLIC_URL, JWT_SECRET: passed on to every process
#     (without SMTP the e-mails are written to the log; without JWT_SECRET the processes
#     share the secret the first one keeps in the database).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${REGIE_CLUSTER_PORT:-3000}
dbname=${REGIE_CLUSTER_DB:-regie_cluster}
pgurl=${PGURL:-postgres://postgres@127.0.0.1:5432}
work=$(mktemp -d -t regie-cluster-XXXXXX)
pids=()

stop() {
  trap - EXIT INT TERM
  echo "cluster: stopping"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop EXIT INT TERM

if [ -z "${REGIE_CLUSTER_NO_BUILD:-}" ]; then npm run build; fi
[ -f dist/api/apps/api/src/main.js ] || { echo "cluster: no build in dist/: run npm run build"; exit 1; }

pg_isready -d "$pgurl/postgres" -q || { echo "cluster: no PostgreSQL server at $pgurl"; exit 1; }
if [ "$(psql "$pgurl/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$dbname'")" != 1 ]; then
  psql "$pgurl/postgres" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $dbname"
  echo "cluster: created the database $dbname"
fi

# The S3 server: s3rver over a folder of its own, one bucket; it prints its port.
mkdir -p "$work/s3"
mkfifo "$work/s3.out" "$work/s3.in"
# s3rver-main.ts stops when its stdin closes: this shell keeps the pipe open while it runs.
exec 3<>"$work/s3.in"
NODE_OPTIONS='' node --openssl-legacy-provider -r @swc-node/register test/support/s3rver-main.ts \
  "$work/s3" regie-files >"$work/s3.out" <&3 &
pids+=($!)
read -r s3line <"$work/s3.out"
s3port=$(echo "$s3line" | sed -E 's/.*"port":([0-9]+).*/\1/')
cat "$work/s3.out" >/dev/null &
echo "cluster: S3 server (s3rver) at http://127.0.0.1:$s3port, bucket regie-files"

export DATABASE_URL="$pgurl/$dbname"
export REGIE_S3_ENDPOINT="http://127.0.0.1:$s3port" REGIE_S3_BUCKET=regie-files
export REGIE_S3_ACCESS_KEY_ID=S3RVER REGIE_S3_SECRET_ACCESS_KEY=S3RVER REGIE_S3_FORCE_PATH_STYLE=1
export REGIE_PUBLIC_URL=${REGIE_PUBLIC_URL:-http://localhost:$port}
export REGIE_TRUST_PROXY=${REGIE_TRUST_PROXY:-loopback}
export NODE_ENV=${NODE_ENV:-production}

targets=()
for i in 1 2 3; do
  p=$((port + i))
  mkdir -p "$work/api-$i"
  PORT=$p REGIE_DATA_DIR="$work/api-$i" node dist/api/apps/api/src/main.js >"$work/api-$i.log" 2>&1 &
  pids+=($!)
  targets+=("http://127.0.0.1:$p")
done
for i in 1 2 3; do
  for _ in $(seq 1 600); do
    grep -q 'Regie is running at' "$work/api-$i.log" && break
    kill -0 "${pids[$i]}" 2>/dev/null || { cat "$work/api-$i.log"; echo "cluster: api-$i exited"; exit 1; }
    sleep 0.2
  done
  echo "cluster: api-$i at ${targets[$((i - 1))]} (log $work/api-$i.log)"
done

node -r @swc-node/register tools/round-robin-proxy.ts "$port" "${targets[@]}" &
pids+=($!)
sleep 1
for _ in $(seq 1 20); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ] && break
  sleep 0.5
done
echo "cluster: Regie at http://127.0.0.1:$port/ (3 processes, database $dbname). Ctrl-C stops."
grep -h 'Demo accounts' -A40 "$work"/api-*.log | grep -E '^\s+\S+@' | head -5 || true
wait -n "${pids[@]}"
echo "cluster: a process exited"
