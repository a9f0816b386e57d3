#!/usr/bin/env bash
# Builds the web application into web/dist (embedded by the release binary). Installs the npm
# packages from the lockfile first when they are missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/../web"
[ -f package.json ] || exit 0

stamp=node_modules/.samanvay-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi
npm run --silent build
