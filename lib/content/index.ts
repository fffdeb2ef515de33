import 'server-only'
import { createHash } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { getEnv, type HostedContentConfig } from '../env'
import { createEmbeddedStore } from '../embedded-groq/embedded-store'
import { draftAware } from './draft-aware-store'
import { createGateway } from './gateway'
import { createHostedStore } from './hosted-store'
import { localLakeContent } from './local-lake'
import { failingClearlyWhenUnreachable } from './unreachable'
import type { ContentStore } from './store'

/**
 * The data gateway pages call. The content store is chosen from the
 * environment once per process; getters go through React's `cache` so
 * generateMetadata and the page share one query per render.
 *
 * On the embedded default with the local Content Lake running
 * (CONTENT_LAKE_URL, which `npm start` sets at run time), pages regenerated
 * after a publish read the lake's published documents through the hosted
 * store; the build, with no lake, reads the committed NDJSON the lake's
 * working copy starts from.
 */

let store: ContentStore | undefined

function hostedStore(config: HostedContentConfig): ContentStore {
  return failingClearlyWhenUnreachable(createHostedStore(config), config.apiHost ?? `https://${config.projectId}.api.sanity.io`)
}

function contentStore(): ContentStore {
  if (!store) {
    const { content } = getEnv()
    if (content.kind === 'hosted') store = hostedStore(content)
    else if (content.contentLakeUrl) store = hostedStore(localLakeContent(content.contentLakeUrl))
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

// Next accepts at most this many tags per cache entry (NEXT_CACHE_TAG_MAX_ITEMS) and drops the rest.
const MAX_TAGS_PER_ENTRY = 128

/**
 * Tags the page being rendered. Next 16 without `cacheComponents` has no
 * `cacheTag`; an `unstable_cache` call adds its tags to the page's own, which
 * is what is used here: a no-op function keyed by its tags, so the entries are
 * tiny and pages with the same dependencies share one.
 */
async function tagPage(tags: string[]): Promise<void> {
  for (let start = 0; start < tags.length; start += MAX_TAGS_PER_ENTRY) {
    const chunk = tags.slice(start, start + MAX_TAGS_PER_ENTRY)
    const key = createHash('sha256').update(chunk.join('\n')).digest('base64url')
    await unstable_cache(async () => true, ['page-tags', key], { tags: chunk })()
  }
}

// In draft mode the same getters read drafts (draft-aware-store.ts).
const gateway = createGateway(draftAware(contentStore), { tagPage })

export const getArticleSlugs = cache(gateway.getArticleSlugs)
export const getRecentArticleSlugs = cache(gateway.getRecentArticleSlugs)
export const getArticle = cache(gateway.getArticle)
export const getRegionsWithArticles = cache(gateway.getRegionsWithArticles)
export const getRecentlyReviewed = cache(gateway.getRecentlyReviewed)
export const getRegionSlugs = cache(gateway.getRegionSlugs)
export const getRegionLinks = cache(gateway.getRegionLinks)
export const getRegion = cache(gateway.getRegion)
export const getSitemapContent = cache(gateway.getSitemapContent)
export const getSearchEntries = cache(gateway.getSearchEntries)
export const getEntitySlugs = cache(gateway.getEntitySlugs)
export const getEntityHub = cache(gateway.getEntityHub)
export const getEntityIndex = cache(gateway.getEntityIndex)
/** For /api/revalidate: not cached, since it asks about a document that has just changed. */
export const getPublishedReferences = gateway.getPublishedReferences

export type * from './types'
