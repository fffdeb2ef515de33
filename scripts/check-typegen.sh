#!/usr/bin/env bash
# Fails when sanity/types.generated.ts or sanity/extract.json no longer
# match the schema and queries: regenerates both and compares.
set -euo pipefail
cd "$(dirname "$0")/.."
files=(sanity/types.generated.ts sanity/extract.json)
backup=$(mktemp -d)
for f in "${files[@]}"; do cp "$f" "$backup/$(basename "$f")"; done
restore() { for f in "${files[@]}"; do cp "$backup/$(basename "$f")" "$f"; done; }
npm run --silent typegen >/dev/null
stale=0
for f in "${files[@]}"; do
  if ! cmp -s "$f" "$backup/$(basename "$f")"; then
    echo "$f is stale: run \`npm run typegen\` and commit the result." >&2
    diff -u "$backup/$(basename "$f")" "$f" | head -40 >&2 || true
    stale=1
  fi
done
restore
exit $stale
