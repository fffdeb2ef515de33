import { rm } from 'node:fs/promises'
import * as pagefind from 'pagefind'
import type { SearchEntry } from '../content/types'
import { SITE_LOCALE } from '../site'
import { toSearchDocument } from './search-document'

/**
 * Writes the Pagefind index of `entries` to `outputPath`, replacing what was
 * there: one record per article (lib/search/search-document.ts). The search
 * API answers from it (lib/search/search-engine.ts). `npm run build` writes
 * the site's through scripts/build-search-index.ts, and the running server
 * writes it again after a publish (lib/search/search-index-refresh.ts).
 */
export async function writeSearchIndex(entries: SearchEntry[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_LOCALE })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    for (const entry of entries) {
      const { url, html } = toSearchDocument(entry)
      const added = await index.addHTMLFile({ url, content: html })
      if (added.errors.length > 0) throw new Error(`Search index: ${url}: ${added.errors.join('; ')}`)
    }
    // Not rmSync: the server writes indexes too, and a folder of 10 000 files would hold up its requests.
    await rm(outputPath, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(`Search index: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
}
