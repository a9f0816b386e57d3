#!/usr/bin/env bash
# Runs every test Samanvay has: the Rust workspace (unit, store stories on SQLite and
# PostgreSQL, HTTP integration, CLI) and, when the web application is present, its browser
# tests against one real server. Sets the machine up first (scripts/setup.sh: PostgreSQL on
# 127.0.0.1:5432, chromium, the web build); SAMANVAY_TEST_SKIP_POSTGRES=1 runs the SQLite
# half only.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

cargo test --workspace --all-targets

if [ -f web/package.json ]; then
  (cd web && npm run --silent test:e2e)
fi
