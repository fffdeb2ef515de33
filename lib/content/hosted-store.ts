import { createClient } from 'next-sanity'
import type { HostedContentConfig } from '../env'
import type { ContentStore, FetchOptions, QueryParams } from './store'

/**
 * Reads the hosted Content Lake through next-sanity: the live API (no CDN, so a
 * regeneration sees what was just published), published perspective only.
 * Pages are generated statically and the page is the cache: no request reaches
 * Sanity on a page view. Results are deliberately not kept in Next's data
 * cache (no `revalidate`, no `cache` option: Next caches them between build
 * workers only): a data-cache entry carries the query's type tags, not the ids
 * /api/revalidate expires, so a regenerated page would render the old result.
 */
export function createHostedStore(config: HostedContentConfig): ContentStore {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: false,
    perspective: 'published',
    ...(config.token ? { token: config.token } : {}),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return {
    fetch: <T>(query: string, params: QueryParams, options: FetchOptions) =>
      client.fetch<T>(query, params, { next: { tags: options.tags } }),
  }
}
