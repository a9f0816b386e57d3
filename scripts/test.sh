#!/usr/bin/env bash
# Runs every test Samanvay has: the Rust workspace (unit, store stories on SQLite and
# PostgreSQL, HTTP integration, CLI) and, when the web application is present, its browser
# tests against one real server. Needs PostgreSQL on 127.0.0.1:5432 (see scripts/setup.sh);
# set SAMANVAY_TEST_SKIP_POSTGRES=1 to run the SQLite half only.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test --workspace --all-targets

if [ -f web/package.json ]; then
  (cd web && npm run --silent test:e2e)
fi
