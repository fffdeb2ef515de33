import { createClient } from 'next-sanity'
import type { HostedContentConfig } from '../env'
import type { ContentStore, FetchOptions, QueryParams } from './store'

/**
 * Reads the hosted Content Lake through next-sanity: the live API (no CDN, so a
 * build sees what was just published), published perspective only. Pages are
 * generated statically, so results go into Next's data cache under the
 * gateway's tags with no time-based revalidation: no request reaches Sanity on
 * a page view. Nothing revalidates those tags yet (see gateway.ts).
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
      client.fetch<T>(query, params, { next: { revalidate: false, tags: options.tags } }),
  }
}
