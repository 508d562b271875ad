#!/usr/bin/env bash
# Regenerates contract artifacts and Go bindings into $1 (default: this folder):
#   $1/artifacts/<Contract>.abi|.bin   from compile.js (pinned solc, standard JSON)
#   $1/bindings/<package>/<package>.go  from go tool abigen --v2
# and the same for test-only contracts (src/test/) under $1/internal/, which only
# code in contracts/ may import.
# `make generate` runs it on this folder; the staleness test runs it on a temp folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "${1:-$here}" && cd "${1:-$here}" && pwd)
cd "$here"
[ -d node_modules/solc ] || npm ci --no-audit --no-fund --loglevel=error
node compile.js "$out/artifacts" "$out/internal/artifacts" >/dev/null
# bind <folder> <Contract>: the binding of <folder>/artifacts/<Contract> into <folder>/bindings.
bind() {
  local pkg
  pkg=$(echo "$2" | tr '[:upper:]' '[:lower:]')
  mkdir -p "$1/bindings/$pkg"
  go tool abigen --v2 --abi "$1/artifacts/$2.abi" --bin "$1/artifacts/$2.bin" \
    --pkg "$pkg" --type "$2" --out "$1/bindings/$pkg/$pkg.go"
}
for name in IdentityRegistry CashToken Receivable TraceAnchor CopyrightRegistry; do
  bind "$out" "$name"
done
for name in ReentrancyAttacker; do
  bind "$out/internal" "$name"
done
