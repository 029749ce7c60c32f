#!/usr/bin/env bash
# Build the release and serve it on http://127.0.0.1:${1:-8080}, installing what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8080}
bash scripts/setup.sh
. scripts/env.sh
bash scripts/build.sh
echo "Stand Safe: http://127.0.0.1:$port"
exec node scripts/static-server.mjs dist "$port"
