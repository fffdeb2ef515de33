#!/usr/bin/env bash
# The one gate: lint (zero warnings) -> typecheck -> freshness checks -> unit
# tests -> production build -> end-to-end and accessibility tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 SANITY_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh

step() { printf '\n== %s\n' "$1"; }

step "lint"
npx eslint . --max-warnings=0
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
npx next build
step "end-to-end and accessibility tests"
npx playwright test
step "hosted Content Lake build matches the embedded build"
npx tsx scripts/hosted-build-check.ts
step "summary"
node scripts/summarize-tests.mjs
