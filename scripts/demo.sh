#!/usr/bin/env bash
# Starts the Samanvay demo: builds the web application and the release binary, creates a fresh
# data directory with synthetic agencies, units, users and documents, and serves it.
# Extra arguments go to `samanvay demo` (e.g. --listen 0.0.0.0:8080).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-web.sh
exec cargo run --release -p samanvay-cli -- demo "$@"
