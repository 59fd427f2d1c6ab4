#!/bin/sh
# The server process migrates, seeds an empty store and creates the first staff account before it
# serves; the worker waits for the server (compose's depends_on) and only starts.
set -e
medusa() { node /app/node_modules/@medusajs/cli/cli.js "$@"; }
if [ "${MEDUSA_WORKER_MODE:-shared}" != "worker" ]; then
  medusa db:migrate
  medusa exec ./src/scripts/setup.js
fi
# The server runs in Medusa's cluster mode, one HTTP process per CPU (or BACKEND_SERVERS), restarted
# as a whole when one of them dies (scripts/cluster-start.mjs); the worker runs alone.
if [ "${MEDUSA_WORKER_MODE:-shared}" = "server" ] && [ "${BACKEND_SERVERS:-auto}" != "1" ]; then
  servers="${BACKEND_SERVERS:-$(node -p 'require("os").availableParallelism()')}"
  exec node /app/scripts/cluster-start.mjs "$servers" /app/node_modules/@medusajs/cli/cli.js
fi
exec node /app/node_modules/@medusajs/cli/cli.js start
