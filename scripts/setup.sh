#!/usr/bin/env bash
# Install every tool Stand Safe needs, pinned, skipping each one already present at the right
# version. Safe to run again and again; the test and serve commands call it first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

TRUNK_VERSION=0.22.1
BINARYEN_VERSION=132.0.0
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

export PATH="$HOME/.cargo/bin:$root/tests/e2e/node_modules/.bin:$PATH"
say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Rust toolchain from rust-toolchain.toml (channel, wasm32 target, rustfmt, clippy).
channel=$(awk -F'"' '/^channel/ { print $2 }' rust-toolchain.toml)
if rustup run "$channel" rustc --version >/dev/null 2>&1 \
  && rustup target list --installed --toolchain "$channel" 2>/dev/null | grep -qx wasm32-unknown-unknown \
  && rustup component list --installed --toolchain "$channel" 2>/dev/null | grep -q '^clippy' \
  && rustup component list --installed --toolchain "$channel" 2>/dev/null | grep -q '^rustfmt'; then
  say "rust $channel with wasm32, rustfmt, clippy: present"
else
  say "installing rust $channel (about a minute)"
  rustup toolchain install "$channel" --profile minimal -c rustfmt -c clippy -t wasm32-unknown-unknown
fi

# 2. Debian packages: Chromium and its driver for browser tests, poppler for reading PDFs, brotli for sizes.
debs="chromium chromium-driver poppler-utils brotli"
missing=""
for p in $debs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -z "$missing" ]; then
  say "debian packages ($debs): present"
else
  say "installing debian packages:$missing"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

# 3. trunk (never lets trunk fetch its own tools: Trunk.toml sets offline = true).
if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "installing trunk $TRUNK_VERSION (6-8 minutes on 2 cores)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# 4. wasm-bindgen-cli at exactly the Cargo.lock version (without --locked: its lockfile wants a
#    crate version this registry lacks). Also gives wasm-bindgen-test-runner.
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

# 5. Node packages (Playwright, axe, binaryen's wasm-opt) from the lockfile, only when it changed.
lock_sum=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
if [ -f tests/e2e/node_modules/.lock-sum ] && [ "$(cat tests/e2e/node_modules/.lock-sum)" = "$lock_sum" ]; then
  say "node packages: present"
else
  say "installing node packages"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > tests/e2e/node_modules/.lock-sum
fi
case "$(wasm-opt --version 2>/dev/null)" in
  *"version ${BINARYEN_VERSION%%.*}"*) say "wasm-opt ${BINARYEN_VERSION%%.*} (npm binaryen): present" ;;
  *) echo "setup: wasm-opt ${BINARYEN_VERSION%%.*} from npm binaryen is missing" >&2; exit 1 ;;
esac

# 6. Crates, so trunk's offline build finds them.
cargo fetch --quiet
say "done"
