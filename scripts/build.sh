#!/usr/bin/env bash
# Build the release into dist/: one wasm bundle with every page. Trunk's post_build hook
# (scripts/post-build.mjs) adds the CSP and writes the service worker's precache list.
# Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
trunk build --release
