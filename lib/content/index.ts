import 'server-only'
import { appendFileSync } from 'node:fs'
import { cache } from 'react'
import { getEnv } from '../env'
import { createEmbeddedSource } from './embedded-source'
import { createGateway } from './gateway'
import { createHostedSource } from './hosted-source'
import type { ContentSource } from './source'

/**
 * The data gateway pages call. The content store is chosen from the
 * environment once per process; getters go through React's `cache` so
 * generateMetadata and the page share one query per render.
 */

let source: ContentSource | undefined

function contentSource(): ContentSource {
  if (!source) {
    const { content } = getEnv()
    if (content.kind === 'hosted') source = createHostedSource(content)
    else {
      const timings = content.queryTimingsFile
      source = createEmbeddedSource(content.datasetPath, {
        ...(timings
          ? { onQueryTimed: (query, ms) => appendFileSync(timings, `${JSON.stringify({ query, ms, pid: process.pid })}\n`) }
          : {}),
      })
    }
  }
  return source
}

const gateway = createGateway(contentSource)

export const getArticleSlugs = cache(gateway.getArticleSlugs)
export const getArticle = cache(gateway.getArticle)
export const getRegionsWithArticles = cache(gateway.getRegionsWithArticles)
export const getRecentlyReviewed = cache(gateway.getRecentlyReviewed)
export const getRegionSlugs = cache(gateway.getRegionSlugs)
export const getRegion = cache(gateway.getRegion)
export const getSitemapEntries = cache(gateway.getSitemapEntries)
export const getSearchEntries = cache(gateway.getSearchEntries)

export type * from './types'
