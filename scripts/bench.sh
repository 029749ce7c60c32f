#!/usr/bin/env bash
# Build the release and print each asset's raw, gzip and brotli bytes and the first-load total;
# writes bench-results/bundle.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
bash scripts/build.sh
node scripts/bundle-size.mjs dist
node scripts/static-server.mjs dist 4174 > /dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
node tests/e2e/bench-diary.mjs http://127.0.0.1:4174
