#!/usr/bin/env bash
# Build the release into dist/: three wasm bundles so that no first load passes the size
# budget (domain::route::Bundle): the guide (index.html), the diary (dist/diary/) and settings
# with backups (dist/settings/); then the service worker's precache list over everything.
# Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
trunk build --release
# The diary and settings pages are index.html with the bundle's cargo feature and without the
# files only the guide build copies (manifest, service worker, icons): one static first view.
for bundle in diary settings; do
  sed -e '/data-trunk rel="copy-/d' \
      -e "s|data-wasm-opt=\"z\">|data-wasm-opt=\"z\" data-cargo-features=\"$bundle\">|" \
      index.html > "$bundle.html"
  grep -q "data-cargo-features=\"$bundle\"" "$bundle.html"
  trunk build "$bundle.html" --release --dist "dist/$bundle" --public-url "/$bundle/"
done
node scripts/post-build.mjs --service-worker dist
