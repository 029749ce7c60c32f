#!/usr/bin/env bash
# The benchmark: figures printed and written to bench-results/, targets reported, never asserted.
#   bash scripts/bench.sh               set up, build the release into dist/, measure it
#   bash scripts/bench.sh --dist DIR    measure an already built dist (no setup of Rust, no build)
# Steps, each bounded in time, in headless Debian Chromium on 127.0.0.1 only:
#   1. bundle.json      every asset's raw/gzip/brotli bytes, first-load and first-visit brotli totals
#   2. lighthouse.json  Lighthouse (mobile, simulated throttling) on /, /guide, /diary/: median of 3
#   3. offline.json     offline repeat start of / and /diary/ from the service worker, 10 each
#   4. diary.json       diary with 5,000 entries: start, keystroke, save, export (median of 10), memory
#   5. bench.json       every figure with its target, "met" or "missed"
# Exits 0 when every measurement ran, whatever the figures; non-zero when a step failed.
set -euo pipefail
cd "$(dirname "$0")/.."

dist=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=${2:?--dist needs a directory}; shift 2 ;;
    --dist=*) dist=${1#--dist=}; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "bench: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done

t_start=$(date +%s)
if [ -z "$dist" ]; then
  bash scripts/setup.sh
  . scripts/env.sh
  bash scripts/build.sh
  dist=dist
else
  . scripts/env.sh
  [ -f "$dist/index.html" ] || { echo "bench: $dist/index.html not found: is $dist a release build?" >&2; exit 2; }
  # Only the node packages are needed to measure: install them from the lockfile as setup.sh does.
  lock_sum=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
  if [ ! -f tests/e2e/node_modules/.lock-sum ] || [ "$(cat tests/e2e/node_modules/.lock-sum)" != "$lock_sum" ]; then
    echo "bench: installing node packages"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_sum" > tests/e2e/node_modules/.lock-sum
  fi
fi
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || { echo "bench: no Chromium at ${CHROME_PATH:-/usr/bin/chromium}" >&2; exit 2; }
t_measure=$(date +%s)

rm -rf bench-results
mkdir -p bench-results
failed=""
step() { # step NAME SECONDS COMMAND...: run a measurement, bounded in time; note a failure, carry on.
  local name=$1 limit=$2
  shift 2
  echo
  echo "== $name"
  local t0; t0=$(date +%s)
  if timeout --kill-after=10 "$limit" "$@"; then
    echo "== $name: $(( $(date +%s) - t0 )) s"
  else
    echo "bench: step $name failed or timed out (limit ${limit} s)" >&2
    failed="$failed $name"
  fi
}

step bundle 60 node scripts/bundle-size.mjs "$dist"

# The release build served as a host serves precompressed files (brotli, compressed once), on a
# free loopback port; the server stops itself after 30 minutes whatever happens to this script.
timeout 1800 node scripts/static-server.mjs "$dist" 0 --brotli > bench-results/.server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM
url=""
for _ in $(seq 1 120); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' bench-results/.server.log || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.25
done
if [ -z "$url" ]; then
  echo "bench: the static server did not start:" >&2
  cat bench-results/.server.log >&2
  exit 1
fi
echo "bench: measuring $dist on $url"

step lighthouse 1200 node tests/e2e/bench-lighthouse.mjs "$url"
step offline 300 node tests/e2e/bench-offline.mjs "$url"
step diary 600 node tests/e2e/bench-diary.mjs "$url"
step evidence 900 node tests/e2e/bench-evidence.mjs "$url"

node scripts/bench-summary.mjs bench-results
t_end=$(date +%s)
echo "bench: measuring took $(( t_end - t_measure )) s ($(( t_end - t_start )) s in all)"
if [ -n "$failed" ]; then
  echo "bench: failed steps:$failed" >&2
  exit 1
fi
