import 'server-only'
import { appendFileSync } from 'node:fs'
import { cache } from 'react'
import { getEnv } from '../env'
import { createEmbeddedStore } from '../embedded-groq/embedded-store'
import { draftAware } from './draft-aware-store'
import { createGateway } from './gateway'
import { createHostedStore } from './hosted-store'
import type { ContentStore } from './store'

/**
 * The data gateway pages call. The content store is chosen from the
 * environment once per process; getters go through React's `cache` so
 * generateMetadata and the page share one query per render.
 */

let store: ContentStore | undefined

function contentStore(): ContentStore {
  if (!store) {
    const { content } = getEnv()
    if (content.kind === 'hosted') store = createHostedStore(content)
    else {
      const timings = content.queryTimingsFile
      store = createEmbeddedStore(content.datasetPath, {
        ...(timings
          ? { onQueryTimed: (query, ms) => appendFileSync(timings, `${JSON.stringify({ query, ms, pid: process.pid })}\n`) }
          : {}),
      })
    }
  }
  return store
}

// In draft mode the same getters read drafts (draft-aware-store.ts).
const gateway = createGateway(draftAware(contentStore))

export const getArticleSlugs = cache(gateway.getArticleSlugs)
export const getArticle = cache(gateway.getArticle)
export const getRegionsWithArticles = cache(gateway.getRegionsWithArticles)
export const getRecentlyReviewed = cache(gateway.getRecentlyReviewed)
export const getRegionSlugs = cache(gateway.getRegionSlugs)
export const getRegion = cache(gateway.getRegion)
export const getSitemapContent = cache(gateway.getSitemapContent)
export const getSearchEntries = cache(gateway.getSearchEntries)
export const getEntitySlugs = cache(gateway.getEntitySlugs)
export const getEntityHub = cache(gateway.getEntityHub)
export const getEntityIndex = cache(gateway.getEntityIndex)

export type * from './types'
