/**
 * Builds the site search index after `next build` (npm run build runs both)
 * from the same gateway the pages read, so the index matches what was built
 * whichever store answered. Run with the react-server condition, since the
 * gateway is server-only:
 *   node --conditions=react-server --import tsx scripts/build-search-index.ts
 */
import { getSearchEntries } from '../lib/content'
import { searchIndexDir } from '../lib/search/index-location'
import { writeSearchIndex } from '../lib/search/write-search-index'

const started = performance.now()
const outputPath = searchIndexDir()
const entries = await getSearchEntries()
await writeSearchIndex(entries, outputPath)
console.log(
  `search index: ${entries.length} articles in ${outputPath} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
)
