#!/usr/bin/env bash
# Rebuilds bundle.js (sigma.js + graphology + ForceAtlas2, minified, one IIFE) from the pinned
# versions of package.json, and LICENSES.txt from their licence files. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")"
[ -f package-lock.json ] && npm ci --no-audit --no-fund || npm install --no-audit --no-fund
npx esbuild entry.js --bundle --minify --format=iife --legal-comments=none --outfile=bundle.js
{
  echo "The HTML explorer inlines bundle.js, built from these packages (all MIT):"
  for p in sigma graphology graphology-layout-forceatlas2 graphology-utils events; do
    [ -d "node_modules/$p" ] || continue
    echo
    echo "==== $p $(node -p "require('./node_modules/$p/package.json').version") ===="
    cat node_modules/$p/LICENSE* 2>/dev/null || true
  done
} > LICENSES.txt
rm -rf node_modules
