# Sourced by the scripts: the pinned tools first on PATH, and trunk kept offline and quiet.
export PATH="$HOME/.cargo/bin:$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/e2e/node_modules/.bin:$PATH"
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_PATH=/usr/bin/chromium
