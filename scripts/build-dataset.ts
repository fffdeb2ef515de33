/**
 * Writes the embedded dataset (sanity/seed/production.ndjson) from the seed
 * content. `--check` fails instead of writing when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { compileSeeds, toNdjson } from '../sanity/seed/compile'
import { seedBundle } from '../sanity/seed/content'

const target = fileURLToPath(new URL('../sanity/seed/production.ndjson', import.meta.url))
const next = toNdjson(compileSeeds(seedBundle))

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8')
  if (current !== next) {
    console.error('sanity/seed/production.ndjson is stale: run `npm run dataset:build` and commit it.')
    process.exit(1)
  }
  console.log('embedded dataset is up to date')
} else {
  writeFileSync(target, next)
  console.log(`wrote ${next.trimEnd().split('\n').length} documents to sanity/seed/production.ndjson`)
}
