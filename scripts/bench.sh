#!/usr/bin/env bash
# Build the release and print each asset's raw, gzip and brotli bytes and the first-load total;
# writes bench-results/bundle.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
bash scripts/build.sh
node scripts/bundle-size.mjs dist
