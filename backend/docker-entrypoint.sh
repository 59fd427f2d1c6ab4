#!/bin/sh
# The server process migrates, seeds an empty store and creates the first staff account before it
# serves; the worker waits for the server (compose's depends_on) and only starts.
set -e
medusa() { node /app/node_modules/@medusajs/cli/cli.js "$@"; }
if [ "${MEDUSA_WORKER_MODE:-shared}" != "worker" ]; then
  medusa db:migrate
  medusa exec ./src/scripts/setup.js
fi
exec node /app/node_modules/@medusajs/cli/cli.js start
