#!/bin/sh
# The publishable key comes from the environment, or from the file the backend's setup wrote
# into the shared volume (so nobody copies it by hand).
set -e
if [ -z "$MEDUSA_PUBLISHABLE_KEY" ] && [ -n "$PUBLISHABLE_KEY_FILE" ]; then
  while [ ! -s "$PUBLISHABLE_KEY_FILE" ]; do
    echo "waiting for the backend to write $PUBLISHABLE_KEY_FILE"
    sleep 2
  done
  MEDUSA_PUBLISHABLE_KEY=$(cat "$PUBLISHABLE_KEY_FILE")
  export MEDUSA_PUBLISHABLE_KEY
fi
# Next.js with the page cache in front (server.mjs).
exec node /app/storefront/server.mjs -p "${PORT:-8000}"
