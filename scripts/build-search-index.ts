/**
 * Builds the site search index after `next build` (npm run build runs both):
 * one Pagefind record per article, from the same gateway the pages read, so
 * the index matches what was built whichever store answered. Run with the
 * react-server condition, since the gateway is server-only:
 *   node --conditions=react-server --import tsx scripts/build-search-index.ts
 */
import { rmSync } from 'node:fs'
import * as pagefind from 'pagefind'
import { getSearchEntries } from '../lib/content'
import { searchIndexDir } from '../lib/search/index-location'
import { toSearchDocument } from '../lib/search/search-document'
import { SITE_LOCALE } from '../lib/site'

const started = performance.now()
const outputPath = searchIndexDir()
const entries = await getSearchEntries()
const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_LOCALE })
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
for (const entry of entries) {
  const { url, html } = toSearchDocument(entry)
  const added = await index.addHTMLFile({ url, content: html })
  if (added.errors.length > 0) throw new Error(`Search index: ${url}: ${added.errors.join('; ')}`)
}
rmSync(outputPath, { recursive: true, force: true })
const written = await index.writeFiles({ outputPath })
if (written.errors.length > 0) throw new Error(`Search index: ${written.errors.join('; ')}`)
await pagefind.close()
console.log(
  `search index: ${entries.length} articles in ${outputPath} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
)
