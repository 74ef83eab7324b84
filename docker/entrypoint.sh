#!/bin/sh
# Applies the database migrations, then replaces this shell with the server, so that the
# server is the process that receives the container's stop signal.
set -eu

cd "$(dirname "$0")/.."

node dist/api/apps/api/src/migrate.js
exec node dist/api/apps/api/src/main.js "$@"
