#!/usr/bin/env bash
# Regenerates contract artifacts and Go bindings into $1 (default: this folder):
#   $1/artifacts/<Contract>.abi|.bin   from compile.js (pinned solc, standard JSON)
#   $1/bindings/<package>/<package>.go  from go tool abigen --v2
# `make generate` runs it on this folder; the staleness test runs it on a temp folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "${1:-$here}" && cd "${1:-$here}" && pwd)
cd "$here"
[ -d node_modules/solc ] || npm ci --no-audit --no-fund --loglevel=error
node compile.js "$out/artifacts" >/dev/null
for name in IdentityRegistry CashToken Receivable TraceAnchor CopyrightRegistry ReentrancyAttacker; do
  pkg=$(echo "$name" | tr '[:upper:]' '[:lower:]')
  mkdir -p "$out/bindings/$pkg"
  go tool abigen --v2 --abi "$out/artifacts/$name.abi" --bin "$out/artifacts/$name.bin" \
    --pkg "$pkg" --type "$name" --out "$out/bindings/$pkg/$pkg.go"
done
