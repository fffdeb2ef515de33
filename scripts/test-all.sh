#!/usr/bin/env bash
# The one gate: lint (zero warnings) -> typecheck -> freshness checks -> unit
# tests -> production build -> end-to-end and accessibility tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 SANITY_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

step() { printf '\n== %s\n' "$1"; }
step "runtime"
node scripts/check-runtime.mjs
bash scripts/ensure-chromium.sh

# The committed dataset has a handful of articles per region; paged listings
# need a region of more than 24, so the browser tests also run on a
# synthetic dataset (playwright.config.ts serves both builds).
export LARGE_DATASET="$PWD/.next-large-dataset.ndjson"

step "lint (zero warnings; package.json declares exactly what the code imports)"
npx eslint . --max-warnings=0
npx knip --dependencies
step "installed versions are at or above their minimum safe versions"
node scripts/check-advisories.mjs
step "typecheck"
npx tsc --noEmit
step "embedded dataset is fresh"
npx tsx scripts/build-dataset.ts --check
step "generated query types are fresh"
bash scripts/check-typegen.sh
step "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step "standalone Studio builds"
npx sanity build studio-dist -y
step "build"
npm run --silent build
step "partial prebuild on a generated 700-article dataset (paged listings; the rest render on first request)"
npx tsx scripts/generate-dataset.ts 700 "$LARGE_DATASET"
NEXT_DIST_DIR=.next-large EMBEDDED_DATASET_PATH="$LARGE_DATASET" PRERENDER_ARTICLES=400 PRERENDER_LISTING_PAGES=2 \
  npm run --silent build
step "end-to-end and accessibility tests"
npx playwright test
step "a publish while the Content Lake is down keeps the last good page"
node scripts/publish-outage-check.ts
step "hosted Content Lake build matches the embedded build"
npx tsx scripts/hosted-transport-build-check.ts
step "summary"
node scripts/summarize-tests.mjs
