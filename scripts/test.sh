#!/usr/bin/env bash
# Runs every test of Ostoja: unit and property tests, the end-to-end suite against the real
# `ostoja` binary on PostgreSQL, Redis and SQLite, the SDL check, and the Helm chart lint.
# Starts (or installs) PostgreSQL and Redis first when they are not answering.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/services.sh
source scripts/services.sh
ensure_postgres
ensure_redis
ensure_chromium
ensure_pdftotext
command -v cargo-nextest >/dev/null || cargo install cargo-nextest --locked
cargo nextest run --workspace --no-fail-fast
helm/lint.sh
