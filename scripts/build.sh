#!/usr/bin/env bash
# Build the release into dist/: three wasm bundles so that no first load passes the size
# budget (domain::route::Bundle): the guide (index.html), the diary (dist/diary/) and settings
# with backups (dist/settings/); then the service worker's precache list over everything.
# Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
trunk build --release
trunk build diary.html --release --dist dist/diary --public-url /diary/
trunk build settings.html --release --dist dist/settings --public-url /settings/
node scripts/post-build.mjs --service-worker dist
